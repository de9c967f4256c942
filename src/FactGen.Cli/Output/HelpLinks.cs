using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Output;

/// <summary>
/// Where the tool sends a reader for more about a diagnostic. Every link comes from Core's one help
/// address (<see cref="DiagnosticDescriptor.HelpLinkBase"/>, set by <c>FactGenHelpUrl</c> in
/// Directory.Build.props), so a fork or a team hosting the pages elsewhere changes one property;
/// <c>factgen explain</c> prints the same page with no network at all.
/// </summary>
internal static class HelpLinks
{
    /// <summary>The page listing every diagnostic.</summary>
    public static string Index => DiagnosticDescriptor.HelpLinkBase + "README.md";

    public static string Of(DiagnosticDescriptor descriptor) => descriptor.HelpLink;
}
