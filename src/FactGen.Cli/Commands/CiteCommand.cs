using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Reading;
using FactGen.LanguageServer.Passages;

namespace FactGen.Cli.Commands;

/// <summary>
/// <c>factgen cite "words" [--sources DIR] [DIR=facts]</c>: finds the paragraph holding the words,
/// with the quote check's normalization, and prints a citation ready to paste (issue 28). Words in
/// no paragraph, or in more than one, are an error (exit 1) that lists the candidates.
/// </summary>
internal static class CiteCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var words = new Argument<string>("words") { Description = "The words to cite, as the article prints them (quotes and dashes may be straight or curly)." };
        var directory = CommandInputs.FactsDirectory();
        var sources = new Option<string?>("--sources") { Description = "The directory of source articles (default: $FACTGEN_SOURCES)." };
        var command = new Command("cite", "Find the paragraph that holds some words and print a ready citation.") { words, directory, sources };
        command.SetAction(result =>
        {
            var sourcesDir = result.GetValue(sources) ?? Environment.GetEnvironmentVariable("FACTGEN_SOURCES");
            if (sourcesDir is null)
            {
                error.WriteLine("factgen: cite needs the articles: give --sources DIR (or set FACTGEN_SOURCES)");
                return Program.UsageError;
            }
            var dir = result.GetValue(directory)!;
            if (!CommandInputs.DirectoriesExist(Directory.Exists(dir) ? dir : sourcesDir, sourcesDir, error)) return Program.UsageError;
            var articles = Articles(sourcesDir, Directory.Exists(dir) ? dir : null, error);
            var text = result.GetValue(words)!;
            var found = PassageFinder.Find(articles, text);
            if (found.Count == 1)
            {
                Write(output, found[0]);
                return Program.Success;
            }
            if (found.Count == 0)
            {
                error.WriteLine($"factgen: no paragraph holds \"{TextNormalizer.Normalize(text)}\"; the closest passages:");
                foreach (var candidate in PassageFinder.Candidates(articles, text)) error.WriteLine("  " + Describe(candidate));
                return Program.FactErrors;
            }
            error.WriteLine($"factgen: {found.Count.ToString(CultureInfo.InvariantCulture)} paragraphs hold \"{found[0].Quote}\"; quote more words to pick one:");
            foreach (var candidate in found) error.WriteLine("  " + Describe(candidate) + ": " + candidate.Article.FirstWords(candidate.Paragraph, 16));
            return Program.FactErrors;
        });
        return command;
    }

    private static void Write(TextWriter output, Passage passage)
    {
        output.WriteLine($"- source: {passage.SourceId}");
        output.WriteLine($"  paragraph: {passage.Paragraph.ToString(CultureInfo.InvariantCulture)}");
        output.WriteLine($"  quote: {PassageFinder.YamlQuoted(passage.Quote)}");
    }

    private static string Describe(Passage passage) =>
        $"{passage.SourceId} ¶{passage.Paragraph.ToString(CultureInfo.InvariantCulture)}: \"{passage.Quote}\"";

    /// <summary>The articles by the id of the source fact that names each (its <c>file:</c>); by file name when no fact does.</summary>
    private static List<(string SourceId, Article Article)> Articles(string sourcesDir, string? factsDir, TextWriter error)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        if (factsDir is not null)
        {
            var corpus = CorpusReader.Read(factsDir, null, ReadLimits.Default);
            foreach (var kind in corpus.Bound.Model.Kinds.Where(k => k.Schema.IsSource))
            {
                var file = kind.Schema.IndexOfField("file");
                foreach (var fact in kind.Facts)
                {
                    if (file >= 0 && fact.Values[file] is StringValue { Value: var name }) ids[name] = fact.Id;
                }
            }
        }
        var articles = new List<(string, Article)>();
        foreach (var path in Directory.EnumerateFiles(sourcesDir, "*.txt").OrderBy(p => p, StringComparer.Ordinal))
        {
            var article = Article.Read(path);
            if (!ids.TryGetValue(article.FileName, out var id))
            {
                id = Path.GetFileNameWithoutExtension(path);
                error.WriteLine($"factgen: no source fact names {article.FileName}; its citations say '{id}'");
            }
            articles.Add((id, article));
        }
        return articles;
    }
}
