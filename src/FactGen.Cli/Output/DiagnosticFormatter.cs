using System.Collections.Generic;
using System.IO;
using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Output;

/// <summary>Writes the diagnostics of one run in one of the CI formats.</summary>
internal abstract class DiagnosticFormatter
{
    public static readonly string[] Names = ["text", "msbuild", "github", "sarif", "json"];

    public abstract void Write(TextWriter writer, IReadOnlyList<FactDiagnostic> diagnostics, int fileCount);

    public static DiagnosticFormatter Create(string name) => name switch
    {
        "msbuild" => new MsBuildFormatter(),
        "github" => new GitHubFormatter(),
        "sarif" => new SarifFormatter(),
        "json" => new JsonFormatter(),
        _ => new TextFormatter(),
    };

    protected static string Summary(IReadOnlyList<FactDiagnostic> diagnostics, int fileCount)
    {
        int errors = 0, warnings = 0;
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == FactDiagnosticSeverity.Error) errors++;
            else if (diagnostic.Severity == FactDiagnosticSeverity.Warning) warnings++;
        }
        return $"{Count(errors, "error")}, {Count(warnings, "warning")} in {Count(fileCount, "file")}";
    }

    private static string Count(int count, string noun) => $"{count} {noun}{(count == 1 ? string.Empty : "s")}";
}

/// <summary><c>path(line,col): error FG0001: message</c>, the form editors and problem matchers read.</summary>
internal sealed class MsBuildFormatter : DiagnosticFormatter
{
    public override void Write(TextWriter writer, IReadOnlyList<FactDiagnostic> diagnostics, int fileCount)
    {
        foreach (var diagnostic in diagnostics) writer.WriteLine(diagnostic.ToString());
    }
}

/// <summary>GitHub Actions workflow commands, so each problem shows on its line in a pull request.</summary>
internal sealed class GitHubFormatter : DiagnosticFormatter
{
    public override void Write(TextWriter writer, IReadOnlyList<FactDiagnostic> diagnostics, int fileCount)
    {
        foreach (var d in diagnostics)
        {
            var command = d.Severity switch
            {
                FactDiagnosticSeverity.Error => "error",
                FactDiagnosticSeverity.Warning => "warning",
                _ => "notice",
            };
            writer.WriteLine($"::{command} file={Property(d.Span.Path)},line={d.Span.Line},col={d.Span.Column},endLine={d.Span.EndLine},endColumn={d.Span.EndColumn},title={Property(d.Id)}::{Data(d.Message)}");
        }
    }

    // Escaping as the Actions toolkit does: % first, then line breaks, and in properties also : and ,.
    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Data(value).Replace(":", "%3A").Replace(",", "%2C");
}
