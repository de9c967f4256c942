using System.Globalization;
using FactGen.Core.Reading;
using FactGen.Generator.Emit;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Generator;

/// <summary>
/// The consuming project's choices, read from MSBuild properties made visible to the compiler
/// (see build/FactGen.props): FactGenNamespace (default: RootNamespace), FactGenVisibility
/// (public or internal) and the limits.
/// </summary>
public sealed record GeneratorSettings(EmitOptions Emit, ReadLimits Limits)
{
    public static GeneratorSettings From(AnalyzerConfigOptions options)
    {
        var ns = Property(options, "FactGenNamespace") ?? Property(options, "RootNamespace") ?? "Facts";
        var visibility = Property(options, "FactGenVisibility");
        var defaults = ReadLimits.Default;
        var limits = new ReadLimits(
            Number(options, "FactGenMaxFileSize", defaults.MaxFileSize),
            Number(options, "FactGenMaxDepth", defaults.MaxDepth),
            Number(options, "FactGenMaxNodes", (int)defaults.MaxNodes),
            Number(options, "FactGenMaxFacts", defaults.MaxFacts));
        var isPublic = !string.Equals(visibility, "internal", System.StringComparison.OrdinalIgnoreCase);
        return new GeneratorSettings(new EmitOptions(ns.Trim(), isPublic, ThisAssembly.Version), limits);
    }

    private static string? Property(AnalyzerConfigOptions options, string name) =>
        options.TryGetValue("build_property." + name, out var value) && !string.IsNullOrWhiteSpace(value) ? value : null;

    private static int Number(AnalyzerConfigOptions options, string name, int fallback) =>
        int.TryParse(Property(options, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : fallback;
}

internal static class ThisAssembly
{
    public static string Version => typeof(ThisAssembly).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
