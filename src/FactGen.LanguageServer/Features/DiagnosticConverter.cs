using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactGen.Core.Diagnostics;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Workspace;

namespace FactGen.LanguageServer.Features;

/// <summary>Core's diagnostics as LSP's: the same ID, message, place and severity the build reports, with the ID's help page.</summary>
internal static class DiagnosticConverter
{
    public const string Source = "factgen";

    public static Diagnostic[] Convert(IEnumerable<FactDiagnostic> diagnostics) =>
        diagnostics.Select(d => new Diagnostic(DocumentText.RangeOf(d.Span), SeverityOf(d.Severity), d.Id, Source, d.Message, new CodeDescription(d.Descriptor.HelpLink))).ToArray();

    public static int SeverityOf(FactDiagnosticSeverity severity) => severity switch
    {
        FactDiagnosticSeverity.Error => 1,
        FactDiagnosticSeverity.Warning => 2,
        _ => 3,
    };

    /// <summary>A string equal for equal lists, to publish a file's diagnostics only when they changed; empty for none.</summary>
    public static string Fingerprint(Diagnostic[] diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var d in diagnostics)
        {
            builder.Append(d.Range.Start.Line).Append(':').Append(d.Range.Start.Character).Append('-')
                .Append(d.Range.End.Line).Append(':').Append(d.Range.End.Character).Append(' ')
                .Append(d.Severity).Append(d.Code).Append(' ').Append(d.Message).Append('\n');
        }
        return builder.ToString();
    }
}
