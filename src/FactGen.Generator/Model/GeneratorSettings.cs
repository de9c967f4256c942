using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Options;
using FactGen.Core.Reading;
using FactGen.Generator.Emit;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Generator;

/// <summary>
/// The consuming project's choices, read from MSBuild properties made visible to the compiler
/// (see build/FactGen.props) and checked by <see cref="FactGenOptions"/>: FactGenNamespace (default:
/// RootNamespace), FactGenVisibility (public or internal), the limits, and the target framework (for FG0036).
/// </summary>
public sealed record GeneratorSettings(EmitOptions Emit, ReadLimits Limits, TargetFramework Framework, EquatableArray<FactDiagnostic> Diagnostics, ProjectFolders Folders)
{
    public static GeneratorSettings From(AnalyzerConfigOptions options)
    {
        string? Property(string name) => options.TryGetValue("build_property." + name, out var value) ? value : null;
        var read = FactGenOptions.Read(Property);
        var framework = TargetFramework.From(Property("TargetFrameworkIdentifier"), Property("TargetFrameworkVersion"));
        var folders = new ProjectFolders(Property("FactGenFactsDirectory"), Property("FactGenSourcesDirectory"));
        return new GeneratorSettings(new EmitOptions(read.Namespace, read.IsPublic, ThisAssembly.Version), read.Limits, framework, read.Diagnostics, folders);
    }
}

/// <summary>The folders the project names (FactGenFactsDirectory, FactGenSourcesDirectory), as written, for FG0050 and FG0051.</summary>
public sealed record ProjectFolders(string? Facts, string? Sources);

/// <summary>
/// Item metadata the project sets on AdditionalFiles and FactGen.props makes visible
/// (CompilerVisibleItemMetadata): FactGenFact marks a fact file, FactGenSource an article.
/// </summary>
internal static class ItemMetadata
{
    public const string Fact = "FactGenFact";
    public const string Source = "FactGenSource";

    public static bool IsMarked(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_metadata.AdditionalFiles." + name, out var flag)
        && string.Equals(flag?.Trim(), "true", System.StringComparison.OrdinalIgnoreCase);
}

internal static class ThisAssembly
{
    public static string Version => typeof(ThisAssembly).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
