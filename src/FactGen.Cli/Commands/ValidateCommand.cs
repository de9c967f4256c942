using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactGen.Cli.Output;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;

namespace FactGen.Cli.Commands;

/// <summary><c>factgen validate [DIR=facts] [--sources DIR] [--format ...] [--output FILE]</c>.</summary>
internal static class ValidateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = CommandInputs.FactsDirectory();
        var sources = new Option<string?>("--sources") { Description = "The directory of source articles: check every quote and that every paragraph is cited." };
        var format = new Option<string>("--format") { Description = "text, msbuild, github, sarif or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(DiagnosticFormatter.Names);
        var outputFile = new Option<string?>("--output") { Description = "Write the report to this file instead of standard output." };
        var maxFileSize = new Option<int>("--max-file-size") { Description = "Largest fact file, in characters.", DefaultValueFactory = _ => ReadLimits.Default.MaxFileSize };
        var maxDepth = new Option<int>("--max-depth") { Description = "Deepest YAML nesting.", DefaultValueFactory = _ => ReadLimits.Default.MaxDepth };
        var maxNodes = new Option<int>("--max-nodes") { Description = "Most YAML nodes in a file, aliases expanded.", DefaultValueFactory = _ => (int)ReadLimits.Default.MaxNodes };
        var maxFacts = new Option<int>("--max-facts") { Description = "Most facts in the corpus.", DefaultValueFactory = _ => ReadLimits.Default.MaxFacts };

        var command = new Command("validate", "Check fact files with the same checks as the build.")
        {
            directory, sources, format, outputFile, maxFileSize, maxDepth, maxNodes, maxFacts,
        };
        command.SetAction(result =>
        {
            var dir = result.GetValue(directory)!;
            var sourcesDir = result.GetValue(sources);
            if (!CommandInputs.DirectoriesExist(dir, sourcesDir, error)) return Program.UsageError;
            var limits = new ReadLimits(result.GetValue(maxFileSize), result.GetValue(maxDepth), result.GetValue(maxNodes), result.GetValue(maxFacts));
            try
            {
                var corpus = CorpusReader.Read(dir, sourcesDir, limits);
                var diagnostics = corpus.Bound.Diagnostics.ToList();
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
