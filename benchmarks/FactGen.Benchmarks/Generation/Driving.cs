using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Threading;
using FactGen.Benchmarks.Corpora;
using FactGen.Generator;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Benchmarks.Generation;

/// <summary>The generator through <see cref="CSharpGeneratorDriver"/>, as the compiler runs it.</summary>
public static class Driving
{
    public const string RootPath = "/bench/facts/";

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(() =>
        ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(p => Path.GetFileName(p).StartsWith("System.", StringComparison.Ordinal) || Path.GetFileName(p) is "netstandard.dll" or "mscorlib.dll")
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray());

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static ImmutableArray<MetadataReference> FrameworkReferences => References.Value;

    public static CSharpCompilation EmptyCompilation(string name = "Bench") =>
        CSharpCompilation.Create(name, [], References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, optimizationLevel: OptimizationLevel.Release));

    /// <summary>The corpus as additional texts: schema.yaml first, then the data files, under one folder.</summary>
    public static List<AdditionalText> Texts(SyntheticCorpus corpus)
    {
        var texts = new List<AdditionalText> { new InMemoryAdditionalText(RootPath + "schema.yaml", corpus.SchemaText) };
        texts.AddRange(corpus.Files.Select(f => (AdditionalText)new InMemoryAdditionalText(RootPath + f.Name, f.Text)));
        return texts;
    }

    /// <summary>The shipped facts/ folder as additional texts.</summary>
    public static List<AdditionalText> ShippedTexts() =>
        Directory.EnumerateFiles(Repository.FactsDirectory, "*.yaml")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (AdditionalText)new InMemoryAdditionalText(p, File.ReadAllText(p)))
            .ToList();

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, string rootNamespace = "Bench", bool track = false, CSharpParseOptions? parseOptions = null) =>
        CSharpGeneratorDriver.Create(
            [new FactGenerator().AsSourceGenerator()],
            texts,
            parseOptions ?? ParseOptions,
            new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    /// <summary>Throws when the run reported an error or emitted nothing: a benchmark must not time a failure.</summary>
    public static GeneratorDriver Check(GeneratorDriver driver)
    {
        var run = driver.GetRunResult();
        var errors = run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (errors.Count > 0) throw new InvalidOperationException("the generator reported errors: " + string.Join("; ", errors.Take(5)));
        if (run.Results.Single().Exception is { } exception) throw new InvalidOperationException("the generator threw", exception);
        if (run.GeneratedTrees.Length == 0) throw new InvalidOperationException("the generator emitted nothing");
        return driver;
    }
}
