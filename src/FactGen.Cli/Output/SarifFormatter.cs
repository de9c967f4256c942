using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Output;

/// <summary>SARIF 2.1.0 for code scanning: every rule of the catalog with its description and help from its docs page, and each result's region.</summary>
internal sealed class SarifFormatter : DiagnosticFormatter
{
    public override void Write(TextWriter writer, IReadOnlyList<FactDiagnostic> diagnostics, int fileCount)
    {
        WriteJson(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "factgen");
            json.WriteString("version", typeof(SarifFormatter).Assembly.GetName().Version?.ToString(3) ?? "0.0.0");
            json.WriteString("informationUri", DiagnosticDescriptor.RepositoryUrl);
            json.WriteStartArray("rules");
            var ruleIndex = new Dictionary<string, int>();
            foreach (var rule in DiagnosticCatalog.All)
            {
                ruleIndex[rule.Id] = ruleIndex.Count;
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                if (DiagnosticPages.Of(rule) is { } page)
                {
                    json.WriteStartObject("fullDescription");
                    json.WriteString("text", page.FullDescription);
                    json.WriteEndObject();
                    json.WriteStartObject("help");
                    json.WriteString("text", page.HelpText);
                    json.WriteString("markdown", page.HelpMarkdown);
                    json.WriteEndObject();
                }
                json.WriteString("helpUri", rule.HelpLink);
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.Severity));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("results");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Id);
                json.WriteNumber("ruleIndex", ruleIndex[d.Id]);
                json.WriteString("level", Level(d.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", d.Message);
                json.WriteEndObject();
                json.WriteStartArray("locations");
                json.WriteStartObject();
                json.WriteStartObject("physicalLocation");
                json.WriteStartObject("artifactLocation");
                json.WriteString("uri", ArtifactUri(d.Span.Path));
                json.WriteEndObject();
                json.WriteStartObject("region");
                json.WriteNumber("startLine", d.Span.Line);
                json.WriteNumber("startColumn", d.Span.Column);
                json.WriteNumber("endLine", d.Span.EndLine);
                json.WriteNumber("endColumn", d.Span.EndColumn);
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    /// <summary>
    /// SARIF wants a URI, not a path: a relative path (what code scanning resolves against the
    /// checkout) with each segment percent-encoded, or a file: URI for a path outside the current
    /// directory. "facts/my people.yaml" is not a valid URI reference; "facts/my%20people.yaml" is.
    /// </summary>
    internal static string ArtifactUri(string path)
    {
        if (Path.IsPathRooted(path)) return new Uri(Path.GetFullPath(path)).AbsoluteUri;
        return string.Join("/", path.Replace('\\', '/').Split('/').Select(Uri.EscapeDataString));
    }

    private static string Level(FactDiagnosticSeverity severity) => severity switch
    {
        FactDiagnosticSeverity.Error => "error",
        FactDiagnosticSeverity.Warning => "warning",
        _ => "note",
    };
}
