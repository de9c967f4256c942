using System.Linq;
using System.Reflection;

namespace FactGen.Core.Diagnostics;

/// <summary>A catalog entry: stable ID, default severity, title, message format and help page.</summary>
public sealed record DiagnosticDescriptor(string Id, FactDiagnosticSeverity Severity, string Category, string Title, string MessageFormat)
{
    /// <summary>
    /// The repository's address, from the one <c>RepositoryUrl</c> property in Directory.Build.props
    /// (compiled into this assembly as <c>AssemblyMetadata</c>), without a trailing slash.
    /// </summary>
    public static readonly string RepositoryUrl = Metadata("RepositoryUrl", string.Empty).TrimEnd('/');

    /// <summary>
    /// Where the docs/diagnostics pages are read on the web: the one <c>FactGenHelpUrl</c> property of
    /// Directory.Build.props (by default the repository's default branch), ending in '/'.
    /// </summary>
    public static readonly string HelpLinkBase = WithSlash(Metadata("FactGenHelpUrl", RepositoryUrl + "/blob/" + Metadata("RepositoryBranch", "main") + "/docs/diagnostics/"));

    public string HelpLink => HelpLinkBase + Id + ".md";

    private static string WithSlash(string url) => url.EndsWith("/", System.StringComparison.Ordinal) ? url : url + "/";

    private static string Metadata(string key, string fallback) =>
        typeof(DiagnosticDescriptor).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == key && !string.IsNullOrWhiteSpace(a.Value))?.Value ?? fallback;
}
