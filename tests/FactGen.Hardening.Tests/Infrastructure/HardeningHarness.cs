using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Hardening.Tests.Infrastructure;

/// <summary>
/// Helpers over <see cref="GeneratorHarness"/>: a driver that also checks XML docs (so a doc
/// comment broken by hostile text is a warning), a way to load what was compiled, and the CLI.
/// </summary>
public static class HardeningHarness
{
    public const string Root = "/hardening/facts/";

    /// <summary>Parse options with XML doc diagnostics on: a malformed &lt;summary&gt; is CS1570.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    public static AdditionalText File(string name, string text) => new InMemoryAdditionalText(Root + name, text);

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, bool track = false) =>
        CSharpGeneratorDriver.Create(
            new[] { new FactGen.Generator.FactGenerator().AsSourceGenerator() },
            files,
            ParseOptions,
            new TestOptionsProvider(new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" }),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: track));

    public sealed record Outcome(GeneratorDriver Driver, GeneratorRunResult Result, ImmutableArray<Diagnostic> GeneratorDiagnostics, Compilation Output, ImmutableArray<Diagnostic> CompileDiagnostics)
    {
        public IEnumerable<string> Ids => GeneratorDiagnostics.Select(d => d.Id);

        public string GeneratedText => string.Concat(Result.GeneratedSources.Select(s => "// " + s.HintName + "\n" + s.SourceText));
    }

    private static readonly Lazy<Compilation> EmptyCompilation = new(() =>
        GeneratorHarness.Compilation().WithOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable, deterministic: true)));

    /// <summary>Runs the generator over the files; compile diagnostics are warnings and errors of the output.</summary>
    public static Outcome Run(IEnumerable<AdditionalText> files) => Run(Driver(files));

    public static Outcome Run(GeneratorDriver driver, bool compile = true)
    {
        driver = driver.RunGeneratorsAndUpdateCompilation(EmptyCompilation.Value, out var output, out var driverDiagnostics);
        var run = driver.GetRunResult();
        var result = run.Results.Single();
        var compileDiagnostics = compile ? CompileDiagnostics(output, result) : ImmutableArray<Diagnostic>.Empty;
        return new Outcome(driver, result, run.Diagnostics.AddRange(driverDiagnostics).Distinct().ToImmutableArray(), output, compileDiagnostics);
    }

    /// <summary>
    /// What compiling the generator's output gave before, by the generated code (hint names and
    /// text) and the options it was parsed with. Every outcome here compiles that code alone on
    /// <see cref="EmptyCompilation"/>, so the same code has the same diagnostics: the YAML test
    /// suite and the random texts, whose cases mostly generate the same code (no fact was made),
    /// compile it once instead of once a case (issue 19, test time).
    /// </summary>
    private static readonly ConcurrentDictionary<(string Code, ParseOptions? Options), ImmutableArray<Diagnostic>> Compiled = new();

    private static ImmutableArray<Diagnostic> CompileDiagnostics(Compilation output, GeneratorRunResult result)
    {
        var generated = string.Concat(result.GeneratedSources.Select(s => "// " + s.HintName + "\n" + s.SourceText));
        var key = (generated, output.SyntaxTrees.FirstOrDefault()?.Options);
        return Compiled.TryGetValue(key, out var known) ? known : Compiled.GetOrAdd(key, CompileDiagnostics(output));
    }

    /// <summary>The warnings and errors of compiling <paramref name="output"/> (the generator's output with its input).</summary>
    public static ImmutableArray<Diagnostic> CompileDiagnostics(Compilation output) =>
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    /// <summary>
    /// Emits the compiled model and loads it into a collectible context; the callback reflects on it.
    /// The context is unloaded after, so ten thousand runs do not keep ten thousand assemblies.
    /// </summary>
    public static T Load<T>(Compilation output, Func<Assembly, T> inspect)
    {
        using var stream = new MemoryStream();
        var emitted = output.Emit(stream);
        if (!emitted.Success)
        {
            throw new InvalidOperationException("Emit failed: " + string.Join("\n", emitted.Diagnostics));
        }
        stream.Position = 0;
        var context = new AssemblyLoadContext("hardening-" + Guid.NewGuid().ToString("N"), isCollectible: true);
        try
        {
            return inspect(context.LoadFromStream(stream));
        }
        finally
        {
            context.Unload();
        }
    }

    /// <summary>The static property <paramref name="member"/> of <paramref name="type"/> in the loaded model.</summary>
    public static object? Static(Assembly assembly, string type, string member) =>
        (assembly.GetType("Consumer." + type) ?? throw new InvalidOperationException("No type Consumer." + type))
            .GetProperty(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null);

    public static object? Member(object instance, string member) =>
        instance.GetType().GetProperty(member, BindingFlags.Public | BindingFlags.Instance)!.GetValue(instance);

    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));

    /// <summary>Runs <c>factgen</c> in-process: the exit code, standard output and standard error.</summary>
    public static (int Exit, string Output, string Error) Cli(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = FactGen.Cli.Program.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public static string TemporaryDirectory(string name) => DotNet.TemporaryDirectory("hardening-" + name);

    /// <summary>A string shown with every character outside printable ASCII as \uXXXX, for messages.</summary>
    public static string Show(string value)
    {
        var builder = new StringBuilder();
        foreach (var c in value.Length > 400 ? value.Substring(0, 400) : value)
        {
            if (c >= ' ' && c <= '~' && c != '\\') builder.Append(c);
            else builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }
        if (value.Length > 400) builder.Append("…(").Append(value.Length).Append(" chars)");
        return builder.ToString();
    }
}
