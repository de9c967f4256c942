using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Cli.Docs;
using FactGen.Cli.Output;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;

namespace FactGen.Cli.Commands;

/// <summary><c>factgen docs [DIR=facts] [--output FILE=docs/facts.md]</c>: the corpus as a Markdown catalog.</summary>
internal static class DocsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = CommandInputs.FactsDirectory();
        var outputFile = new Option<string>("--output", "-o") { Description = "The Markdown file to write; '-' for standard output.", DefaultValueFactory = _ => "docs/facts.md" };
        var sources = new Option<string?>("--sources") { Description = "The articles' folder: with it, each fact lists how its references are grounded (by name or by a shared citation)." };

        var command = new Command("docs", "Write a Markdown catalog of the facts: kinds, fields, facts with citations, and Mermaid diagrams of the schema and of the references between facts.")
        {
            directory, outputFile, sources,
        };
        command.SetAction(result =>
        {
            var dir = result.GetValue(directory)!;
            var path = result.GetValue(outputFile)!;
            var articles = result.GetValue(sources);
            if (!CommandInputs.DirectoriesExist(dir, articles, error)) return Program.UsageError;

            var corpus = CorpusReader.Read(dir, articles, ReadLimits.Default);
            foreach (var diagnostic in corpus.Bound.Diagnostics) error.WriteLine(diagnostic.ToString());
            if (corpus.Bound.Diagnostics.Any(d => d.Severity == FactDiagnosticSeverity.Error))
            {
                // A catalog of a broken corpus would silently leave facts out: fix them first.
                error.WriteLine("factgen: no catalog written; the facts have errors");
                return Program.FactErrors;
            }

            var markdown = CatalogWriter.Write(corpus.Bound.Model, "Facts", corpus.Bound.Grounding);
            if (path == "-")
            {
                output.Write(markdown);
                return Program.Success;
            }
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
            File.WriteAllText(path, markdown, TextConventions.Utf8NoBom);
            output.WriteLine($"factgen: wrote {CorpusReader.DisplayPath(path)}");
            return Program.Success;
        });
        return command;
    }
}
