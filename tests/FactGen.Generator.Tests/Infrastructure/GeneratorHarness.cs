using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generator.Tests.Infrastructure;

/// <summary>Runs <see cref="FactGenerator"/> through <see cref="CSharpGeneratorDriver"/> and compiles what it makes.</summary>
public static class GeneratorHarness
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(System.IO.Path.PathSeparator)
            .Where(p => System.IO.Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || System.IO.Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static CSharpCompilation Compilation(string code = "", string name = "Consumer") =>
        CSharpCompilation.Create(
            name,
            string.IsNullOrEmpty(code) ? Array.Empty<SyntaxTree>() : new[] { CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: "Consumer.cs") },
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, AnalyzerConfigOptionsProvider? options = null, LanguageVersion language = LanguageVersion.Latest) =>
        CSharpGeneratorDriver.Create(
            new[] { new FactGenerator().AsSourceGenerator() },
            files,
            new CSharpParseOptions(language),
            options ?? new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public sealed record Result(GeneratorDriver Driver, GeneratorDriverRunResult Run, Compilation Output, ImmutableArray<Diagnostic> CompileDiagnostics);

    public static Result Run(IEnumerable<AdditionalText> files, string code = "", AnalyzerConfigOptionsProvider? options = null)
    {
        var driver = Driver(files, options);
        return Run(driver, Compilation(code));
    }

    public static Result Run(GeneratorDriver driver, Compilation compilation)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var diagnostics = output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();
        return new Result(driver, driver.GetRunResult(), output, diagnostics);
    }

    /// <summary>The shipped facts/ folder as additional texts.</summary>
    public static IReadOnlyList<AdditionalText> ShippedFacts() =>
        Directory.EnumerateFiles(FactGen.Tests.SharedFolder.FactsDirectory, "*.yaml")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p)))
            .ToList();
}
