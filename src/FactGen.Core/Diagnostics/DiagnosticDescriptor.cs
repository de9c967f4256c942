namespace FactGen.Core.Diagnostics;

/// <summary>A catalog entry: stable ID, default severity, title, message format and help page.</summary>
public sealed record DiagnosticDescriptor(string Id, FactDiagnosticSeverity Severity, string Category, string Title, string MessageFormat)
{
    public const string HelpLinkBase = "https://github.com/factgen/factgen/blob/main/docs/diagnostics/";

    public string HelpLink => HelpLinkBase + Id + ".md";
}
