using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
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
        return $"{TextConventions.Count(errors, "error")}, {TextConventions.Count(warnings, "warning")} in {TextConventions.Count(fileCount, "file")}";
    }

    /// <summary>Writes one JSON document (see <see cref="TextConventions.JsonText"/>) and a line end.</summary>
    protected static void WriteJson(TextWriter writer, System.Action<Utf8JsonWriter> write)
    {
        writer.WriteLine(TextConventions.JsonText(write));
    }

    /// <summary>
    /// Keeps a message or path on one line and free of terminal control sequences: a field name
    /// or id quoted from a fact file may hold a line break or an escape character, which would
    /// split an MSBuild line in two or recolour the terminal.
    /// </summary>
    protected static string OneLine(string value)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => null,
                _ when IsControl(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => null,
            };
            if (escape is null)
            {
                builder?.Append(c);
                continue;
            }
            builder ??= new StringBuilder(value, 0, i, value.Length + 16);
            builder.Append(escape);
        }
        return builder?.ToString() ?? value;
    }

    /// <summary>C0 and C1 controls, DEL, and the Unicode line and paragraph separators.</summary>
    protected static bool IsControl(char c) => c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u2028' or '\u2029';
}

/// <summary><c>path(line,col): error FG0001: message</c>, the form editors and problem matchers read.</summary>
internal sealed class MsBuildFormatter : DiagnosticFormatter
{
    public override void Write(TextWriter writer, IReadOnlyList<FactDiagnostic> diagnostics, int fileCount)
    {
        // FactDiagnostic.ToString() is this form, but a message can quote a key with a line break in it.
        foreach (var d in diagnostics)
        {
            writer.WriteLine($"{OneLine(d.Span.Path)}({d.Span.Line},{d.Span.Column}): {FactDiagnostic.SeverityText(d.Severity)} {d.Id}: {OneLine(d.Message)}");
        }
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
