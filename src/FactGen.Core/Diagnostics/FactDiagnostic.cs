using System.Globalization;

namespace FactGen.Core.Diagnostics;

/// <summary>
/// One problem found in the facts: the catalog entry, the formatted message and where it is.
/// It stays data until the generator or the CLI reports it.
/// </summary>
public sealed record FactDiagnostic(DiagnosticDescriptor Descriptor, string Message, SourceSpan Span)
{
    public string Id => Descriptor.Id;

    public FactDiagnosticSeverity Severity => Descriptor.Severity;

    public static FactDiagnostic Create(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
        new(descriptor, string.Format(CultureInfo.InvariantCulture, descriptor.MessageFormat, args), span);

    /// <summary>The canonical MSBuild form: <c>path(line,col): error FG0001: message</c>.</summary>
    public override string ToString() =>
        $"{Span.Path}({Span.Line},{Span.Column}): {SeverityText(Severity)} {Id}: {Message}";

    public static string SeverityText(FactDiagnosticSeverity severity) => severity switch
    {
        FactDiagnosticSeverity.Error => "error",
        FactDiagnosticSeverity.Warning => "warning",
        _ => "info",
    };
}
