using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactGen.Cli.Output;
using FactGen.Cli.Report;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;

namespace FactGen.Cli.Commands;

/// <summary><c>factgen report [DIR=facts] --sources DIR [--output FILE=report.html]</c>: the articles and facts as one HTML page.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = CommandInputs.FactsDirectory();
        var sources = new Option<string?>("--sources") { Description = "The directory of source articles (*.txt); without it the page has no articles to show." };
        var outputFile = new Option<string>("--output", "-o") { Description = "The HTML file to write; '-' for standard output.", DefaultValueFactory = _ => "report.html" };

        var command = new Command("report", "Write one self-contained HTML page: each article with the words facts cite highlighted, sentences no fact cites, coverage, a fact index and a diagram of the kinds.")
        {
            directory, sources, outputFile,
        };
        command.SetAction(result =>
        {
            var dir = result.GetValue(directory)!;
            var sourcesDir = result.GetValue(sources);
            var path = result.GetValue(outputFile)!;
            if (!CommandInputs.DirectoriesExist(dir, sourcesDir, error)) return Program.UsageError;
            try
            {
                var corpus = CorpusReader.Read(dir, sourcesDir, ReadLimits.Default);
                var diagnostics = corpus.Bound.Diagnostics.ToList();
                var articles = sourcesDir is null
                    ? []
                    : Directory.EnumerateFiles(sourcesDir, "*.txt").OrderBy(p => p, StringComparer.Ordinal)
                        .Select(p => Article.Parse(Path.GetFileName(p), File.ReadAllText(p))).ToList();
                var coverage = CoverageModel.Build(corpus.Bound.Model, articles);
                var html = ReportWriter.Write(corpus.Bound.Model, coverage, diagnostics, new FactLocator().Group(diagnostics));
                if (path == "-")
                {
                    output.Write(html);
                }
                else
                {
                    var folder = Path.GetDirectoryName(Path.GetFullPath(path));
                    if (folder is not null) Directory.CreateDirectory(folder);
                    File.WriteAllText(path, html, TextConventions.Utf8NoBom);
                    output.WriteLine($"factgen: wrote {CorpusReader.DisplayPath(path)}");
                }
                // The page shows a broken corpus too (that is when it helps most), but the exit code says so.
                var errors = diagnostics.Count(d => d.Severity == FactDiagnosticSeverity.Error);
                if (errors > 0) error.WriteLine($"factgen: the facts have {errors} error(s); they are listed in the report");
                return errors > 0 ? Program.FactErrors : Program.Success;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"factgen: {exception.Message}");
                return Program.UsageError;
            }
        });
        return command;
    }
}
