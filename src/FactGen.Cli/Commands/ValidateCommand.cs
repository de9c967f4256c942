using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactGen.Cli.Output;
using FactGen.Core.Diagnostics;
using FactGen.Core.Options;
using FactGen.Core.Reading;

namespace FactGen.Cli.Commands;

/// <summary><c>factgen validate [DIR=facts] [--sources DIR] [--format ...] [--output FILE]</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = CommandInputs.FactsDirectory();
        var sources = new Option<string?>("--sources") { Description = "The directory of source articles: check every quote and that every paragraph is cited." };
        var project = new Option<string?>("--project") { Description = "Read the facts folder, the sources folder, the limits and the namespace from this project file, as the build does (DIR and --sources, when given, win)." };
        var format = new Option<string>("--format") { Description = "text, msbuild, github, sarif or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(DiagnosticFormatter.Names);
        var outputFile = new Option<string?>("--output") { Description = "Write the report to this file instead of standard output." };
        var warningsAsErrors = new Option<bool>("--warnaserror") { Description = "Report every warning as an error (and so exit 1), as MSBuild's TreatWarningsAsErrors does." };
        var maxFileSize = new Option<int>("--max-file-size") { Description = "Largest fact file, in characters.", DefaultValueFactory = _ => ReadLimits.Default.MaxFileSize };
        var maxDepth = new Option<int>("--max-depth") { Description = "Deepest YAML nesting.", DefaultValueFactory = _ => ReadLimits.Default.MaxDepth };
        var maxNodes = new Option<int>("--max-nodes") { Description = "Most YAML nodes in a file, aliases expanded.", DefaultValueFactory = _ => (int)ReadLimits.Default.MaxNodes };
        var watch = new Option<bool>("--watch") { Description = "Validate again whenever a fact file or an article changes, printing only the problems that appeared or went away (Ctrl+C stops)." };
        var maxFacts = new Option<int>("--max-facts") { Description = "Most facts in the corpus.", DefaultValueFactory = _ => ReadLimits.Default.MaxFacts };

        var command = new Command("validate", "Check fact files with the same checks as the build.")
        {
            directory, sources, project, format, outputFile, warningsAsErrors, maxFileSize, maxDepth, maxNodes, maxFacts, watch,
        };
        command.SetAction(result =>
        {
            var limits = new ReadLimits(result.GetValue(maxFileSize), result.GetValue(maxDepth), result.GetValue(maxNodes), result.GetValue(maxFacts));
            if (!CommandInputs.TryReadProject(result, project, error, out var settings)) return Program.UsageError;
            var (dir, sourcesDir) = CommandInputs.Folders(result, directory, sources, settings);
            if (settings is not null)
            {
                // The project's limits, unless an option on the command line says otherwise.
                var fromProject = settings.Options.Limits;
                limits = new ReadLimits(
                    Explicit(maxFileSize) ? limits.MaxFileSize : fromProject.MaxFileSize,
                    Explicit(maxDepth) ? limits.MaxDepth : fromProject.MaxDepth,
                    Explicit(maxNodes) ? limits.MaxNodes : fromProject.MaxNodes,
                    Explicit(maxFacts) ? limits.MaxFacts : fromProject.MaxFacts);
            }
            bool Explicit(Option<int> option) => result.GetResult(option) is { Implicit: false };
            if (!CommandInputs.DirectoriesExist(dir, sourcesDir, error)) return Program.UsageError;
            if (result.GetValue(watch)) return ValidateWatch.Run(dir, sourcesDir, limits, output, ValidateWatch.UntilCtrlC());
            try
            {
                var corpus = settings?.ReadCorpus(dir, sourcesDir, limits) ?? CorpusReader.Read(dir, sourcesDir, limits);
                var diagnostics = corpus.Bound.Diagnostics.ToList();
                if (settings is not null) diagnostics = settings.AsTheBuildReports(corpus, sourcesDir, diagnostics);
                if (result.GetValue(warningsAsErrors))
                {
                    diagnostics = diagnostics.Select(d => d.Severity == FactDiagnosticSeverity.Warning ? d with { Descriptor = d.Descriptor with { Severity = FactDiagnosticSeverity.Error } } : d).ToList();
                }
                var text = result.GetValue(format) == "text";
                var path = result.GetValue(outputFile);
                if (path is null)
                {
                    Write(output, result.GetValue(format)!, diagnostics, corpus, text, sourcesDir);
                }
                else
                {
                    // As schema, docs and report do: the report's folder is created (issue 18).
                    if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
                    using var file = new StreamWriter(path);
                    Write(file, result.GetValue(format)!, diagnostics, corpus, text, sourcesDir);
                }
                return diagnostics.Any(d => d.Severity == FactDiagnosticSeverity.Error) ? Program.FactErrors : Program.Success;
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // An unreadable fact file or an unwritable report is an I/O problem (exit 2), not a crash.
                error.WriteLine($"factgen: {exception.Message}");
                return Program.UsageError;
            }
        });
        return command;
    }

    /// <summary>
    /// The report in its format. Text also gets the grounding figures and, without articles, one line
    /// naming the checks skipped (issue 27: a silent skip read as a pass); the other formats are
    /// read by machines that expect only their own document.
    /// </summary>
    private static void Write(TextWriter writer, string format, IReadOnlyList<FactDiagnostic> diagnostics, CorpusReader.Result corpus, bool text, string? sourcesDir)
    {
        // First, so the summary stays the last line (or the grounding figures after it, with articles).
        if (text && sourcesDir is null && corpus.FileCount > 0) writer.WriteLine(SkippedChecks);
        DiagnosticFormatter.Create(format).Write(writer, diagnostics, corpus.FileCount);
        if (text && corpus.Bound.Grounding is { } grounding) writer.WriteLine(GroundingText.Line(grounding));
    }

    /// <summary>The one line <c>validate</c> prints in text when no articles were given.</summary>
    public const string SkippedChecks =
        "skipped: no --sources (or FactGenSourcesDirectory) given, so no quote (FG0018), paragraph number (FG0017), article file (FG0031), paragraph coverage (FG0028) or grounding (FG0040) was checked";
}
