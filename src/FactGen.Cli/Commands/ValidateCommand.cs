using System;
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
            var dir = result.GetValue(directory)!;
            var sourcesDir = result.GetValue(sources);
            var limits = new ReadLimits(result.GetValue(maxFileSize), result.GetValue(maxDepth), result.GetValue(maxNodes), result.GetValue(maxFacts));
            ProjectSettings? settings = null;
            if (result.GetValue(project) is { } projectFile)
            {
                settings = ProjectSettings.Read(projectFile, error);
                if (settings is null) return Program.UsageError;
                if (result.GetResult(directory) is null or { Implicit: true }) dir = settings.FactsDirectory;
                sourcesDir ??= settings.SourcesDirectory;
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
                var corpus = CorpusReader.Read(dir, sourcesDir, limits);
                var diagnostics = corpus.Bound.Diagnostics.ToList();
                if (settings is not null)
                {
                    // What the build reports about the project itself (FG0035, FG0050 to FG0052), located at the project file.
                    var articles = sourcesDir is null ? 0 : Directory.EnumerateFiles(sourcesDir, "*.txt").Count();
                    var projectDiagnostics = settings.Options.Diagnostics
                        .Concat(ProjectInputCheck.CheckInputs(corpus.FileCount, articles, settings.FactsDirectory, sourcesDir))
                        .Concat(ProjectInputCheck.CheckNamespace(settings.Options.Namespace, corpus.Schema));
                    diagnostics = projectDiagnostics.Select(d => d with { Span = SourceSpan.StartOf(CorpusReader.DisplayPath(settings.ProjectFile)) }).Concat(diagnostics).ToList();
                }
                if (result.GetValue(warningsAsErrors))
                {
                    diagnostics = diagnostics.Select(d => d.Severity == FactDiagnosticSeverity.Warning ? d with { Descriptor = d.Descriptor with { Severity = FactDiagnosticSeverity.Error } } : d).ToList();
                }
                var formatter = DiagnosticFormatter.Create(result.GetValue(format)!);
                var path = result.GetValue(outputFile);
                // The other formats are read by machines that expect only their own document.
                var grounding = result.GetValue(format) == "text" ? corpus.Bound.Grounding : null;
                if (path is null)
                {
                    formatter.Write(output, diagnostics, corpus.FileCount);
                    if (grounding is not null) output.WriteLine(GroundingText.Line(grounding));
                }
                else
                {
                    // As schema, docs and report do: the report's folder is created (issue 18).
                    if (Path.GetDirectoryName(Path.GetFullPath(path)) is { } folder) Directory.CreateDirectory(folder);
                    using var file = new StreamWriter(path);
                    formatter.Write(file, diagnostics, corpus.FileCount);
                    if (grounding is not null) file.WriteLine(GroundingText.Line(grounding));
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
}
