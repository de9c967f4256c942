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
/// RootNamespace), FactGenVisibility (public or internal) and the limits.
/// </summary>
public sealed record GeneratorSettings(EmitOptions Emit, ReadLimits Limits, EquatableArray<FactDiagnostic> Diagnostics)
{
    public static GeneratorSettings From(AnalyzerConfigOptions options)
    {
        var read = FactGenOptions.Read(name => options.TryGetValue("build_property." + name, out var value) ? value : null);
        return new GeneratorSettings(new EmitOptions(read.Namespace, read.IsPublic, ThisAssembly.Version), read.Limits, read.Diagnostics);
    }
}

internal static class ThisAssembly
{
    public static string Version => typeof(ThisAssembly).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
}
