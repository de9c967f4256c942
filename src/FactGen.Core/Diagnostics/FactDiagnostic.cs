using System.Globalization;

namespace FactGen.Core.Diagnostics;

/// <summary>
/// One problem found in the facts: the catalog entry, the formatted message and where it is.
/// It stays data until the generator or the CLI reports it. A diagnostic about one fact also says
/// which (<see cref="FactId"/>) and, when it concerns one of its entries, which (<see cref="Field"/>),
/// so the report and the language server file it under its fact without reading the YAML again.
/// </summary>
public sealed record FactDiagnostic(DiagnosticDescriptor Descriptor, string Message, SourceSpan Span)
{
    public string Id => Descriptor.Id;

    /// <summary>The id of the fact the problem is in; null for a problem of a file, the schema or the options.</summary>
    public string? FactId { get; init; }

    /// <summary>The entry of the fact it concerns, as the schema or the built-ins name it (<c>role</c>, <c>citations</c>); null for the fact as a whole.</summary>
    public string? Field { get; init; }

    /// <summary>This diagnostic, said of a fact and one of its entries.</summary>
    public FactDiagnostic About(string factId, string? field) => this with { FactId = factId, Field = field };

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
