using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactGen.Cli.Output;
using FactGen.Cli.Report;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;

namespace FactGen.Cli.Commands;

/// <summary><c>factgen report [DIR=facts] [--sources DIR] [--project FILE] [--output FILE=report.html]</c>: the articles and facts as one HTML page.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = CommandInputs.FactsDirectory();
        var sources = new Option<string?>("--sources") { Description = "The directory of source articles (*.txt); without it the page has no articles to show." };
        var project = new Option<string?>("--project") { Description = "Read the facts folder, the articles, the limits and the severities from this project file, as the build does (DIR and --sources, when given, win)." };
        var outputFile = new Option<string>("--output", "-o") { Description = "The HTML file to write; '-' for standard output.", DefaultValueFactory = _ => "report.html" };

        var command = new Command("report", "Write one self-contained HTML page: each article with the words facts cite highlighted, sentences no fact cites, coverage, a fact index with every problem the checks found, and a diagram of the kinds.")
        {
            directory, sources, project, outputFile,
        };
        command.SetAction(result =>
        {
            var path = result.GetValue(outputFile)!;
            if (!CommandInputs.TryReadProject(result, project, error, out var settings)) return Program.UsageError;
            var (dir, sourcesDir) = CommandInputs.Folders(result, directory, sources, settings);
            var limits = settings?.Options.Limits ?? ReadLimits.Default;
            if (!CommandInputs.DirectoriesExist(dir, sourcesDir, error)) return Program.UsageError;
            try
            {
                var corpus = settings?.ReadCorpus(dir, sourcesDir, limits) ?? CorpusReader.Read(dir, sourcesDir, limits);
                var diagnostics = settings?.AsTheBuildReports(corpus, sourcesDir, corpus.Bound.Diagnostics) ?? corpus.Bound.Diagnostics.ToList();
                var query = corpus.Query;
                var coverage = CoverageModel.Build(corpus.Bound.Model, query, corpus.Sources);
                var placement = new DiagnosticPlacement(diagnostics, coverage.Graph.Facts.Select(f => f.Id).ToHashSet(StringComparer.Ordinal));
                var html = ReportWriter.Write(corpus.Bound.Model, coverage, placement);
                Write(html, path, output);
                // The page shows a broken corpus too (that is when it helps most), but the exit code says so.
                var errors = placement.Count(FactDiagnosticSeverity.Error);
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

    private static void Write(string html, string path, TextWriter output)
    {
        if (path == "-")
        {
            output.Write(html);
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        File.WriteAllText(path, html, TextConventions.Utf8NoBom);
        output.WriteLine($"factgen: wrote {CorpusReader.DisplayPath(path)}");
    }
}
