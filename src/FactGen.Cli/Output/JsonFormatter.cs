using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json;
using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Output;

/// <summary>
/// A shape for scripts, documented in docs/cli.md:
/// <c>{ "files": n, "errors": n, "warnings": n, "diagnostics": [ { "id", "severity", "title", "message", "file", "line", "column", "endLine", "endColumn", "helpUri" } ] }</c>.
/// </summary>
internal sealed class JsonFormatter : DiagnosticFormatter
{
    public override void Write(TextWriter writer, IReadOnlyList<FactDiagnostic> diagnostics, int fileCount)
    {
        WriteJson(writer, json =>
        {
            int errors = 0, warnings = 0;
            foreach (var d in diagnostics)
            {
                if (d.Severity == FactDiagnosticSeverity.Error) errors++;
                if (d.Severity == FactDiagnosticSeverity.Warning) warnings++;
            }
            json.WriteStartObject();
            json.WriteNumber("files", fileCount);
            json.WriteNumber("errors", errors);
            json.WriteNumber("warnings", warnings);
            json.WriteStartArray("diagnostics");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("id", d.Id);
                json.WriteString("severity", FactDiagnostic.SeverityText(d.Severity));
                json.WriteString("title", d.Descriptor.Title);
                json.WriteString("message", d.Message);
                json.WriteString("file", d.Span.Path);
                json.WriteNumber("line", d.Span.Line);
                json.WriteNumber("column", d.Span.Column);
                json.WriteNumber("endLine", d.Span.EndLine);
                json.WriteNumber("endColumn", d.Span.EndColumn);
                json.WriteString("helpUri", d.Descriptor.HelpLink);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }
}
