using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using RoslynDescriptor = Microsoft.CodeAnalysis.DiagnosticDescriptor;

namespace FactGen.Generator;

/// <summary>
/// Turns FactGen's diagnostics, data until now, into Roslyn diagnostics located in the YAML file,
/// so <c>dotnet build</c> prints <c>facts/people.yaml(12,5): error FG0007: ...</c>.
/// </summary>
internal static class DiagnosticReporter
{
    private static readonly Dictionary<string, RoslynDescriptor> Descriptors = DiagnosticCatalog.All.ToDictionary(
        d => d.Id,
        d => new RoslynDescriptor(d.Id, d.Title, "{0}", d.Category, ToRoslyn(d.Severity), isEnabledByDefault: true, helpLinkUri: d.HelpLink));

    public static Diagnostic ToRoslyn(FactDiagnostic diagnostic)
    {
        var span = diagnostic.Span;
        var location = span.Path.Length == 0
            ? Location.None
            : Location.Create(
                span.Path,
                new TextSpan(span.Offset, span.Length),
                new LinePositionSpan(new LinePosition(span.Line - 1, span.Column - 1), new LinePosition(span.EndLine - 1, span.EndColumn - 1)));
        return Diagnostic.Create(Descriptors[diagnostic.Id], location, diagnostic.Message);
    }

    private static DiagnosticSeverity ToRoslyn(FactDiagnosticSeverity severity) => severity switch
    {
        FactDiagnosticSeverity.Error => DiagnosticSeverity.Error,
        FactDiagnosticSeverity.Warning => DiagnosticSeverity.Warning,
        _ => DiagnosticSeverity.Info,
    };
}
