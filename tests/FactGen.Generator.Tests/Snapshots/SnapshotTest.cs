using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using FactGen.Core;
using FactGen.Core.Binding;
using FactGen.Generator.Emit;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace FactGen.Generator.Tests.Snapshots;

/// <summary>
/// Base of every snapshot test class: its snapshots are named <c>{GetType().Name}.{TestMethod}</c>,
/// and <see cref="SnapshotFileTests"/> finds the test methods of these classes by reflection to
/// catch verified files that no test produces any more.
/// </summary>
public abstract class SnapshotTest
{
    /// <summary>
    /// The files of constant code (<see cref="GeneratedNames.SupportHint"/>, <see cref="GeneratedNames.DataReaderHint"/>):
    /// pinned once, by <see cref="ModelSnapshots"/>, where the options that change them vary; every
    /// other snapshot leaves them out, so a change to the templates changes those few files only.
    /// </summary>
    public static bool IsTemplate(string hint) => hint is GeneratedNames.SupportHint or GeneratedNames.DataReaderHint;

    /// <summary>Every generated file but the templates.</summary>
    public static readonly Func<string, bool> ModelSources = hint => !IsTemplate(hint);

    /// <summary>
    /// What a focused snapshot pins: the kind under test's files. The source kind's files and the shared
    /// FactData (fields and passes per kind, near the same in every fixture) are pinned by the
    /// whole-model snapshots (Verify's IgnoreGeneratedResult), so one change there changes a few
    /// files, not every fixture's. The JSON converters (one file for every kind) likewise, and by
    /// the fixture of values by source and unions, whose JSON has every shape.
    /// </summary>
    public static readonly Func<string, bool> FocusedSources = hint => !IsTemplate(hint) && hint != GeneratedNames.DataHint && hint != GeneratedNames.JsonHint && !hint.StartsWith("FactGen.Source.", StringComparison.Ordinal);

    public static readonly Func<string, bool> AllSources = _ => true;

    public static readonly Func<string, bool> NoSources = _ => false;

    public const string SourceFacts = """
        kind: Source
        facts:
          - id: article
            file: article.txt
          - id: report
            file: report.txt
        """;

    /// <summary>A fixture: the source kind plus <paramref name="kinds"/> as schema.yaml, sources.yaml, and the fact files.</summary>
    public static List<AdditionalText> Corpus(string kinds, params (string Name, string Text)[] factFiles)
    {
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText(Fixtures.Root + "schema.yaml", FactGen.Tests.SchemaPreamble.SourceKind + kinds),
            new InMemoryAdditionalText(Fixtures.Root + "sources.yaml", SourceFacts),
        };
        files.AddRange(factFiles.Select(f => (AdditionalText)new InMemoryAdditionalText(Fixtures.Root + f.Name, f.Text)));
        return files;
    }

    public static TestOptionsProvider Options(string? ns = null, string? visibility = null, string rootNamespace = "Consumer")
    {
        var values = new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace };
        if (ns is not null) values["build_property.FactGenNamespace"] = ns;
        if (visibility is not null) values["build_property.FactGenVisibility"] = visibility;
        return new TestOptionsProvider(values);
    }

    /// <summary>
    /// Runs the generator through the driver; checks the output compiles with no error or warning
    /// (so a snapshot never pins broken code) and that it is the same with the files in reverse
    /// order under another culture; then compares sources and diagnostics with the snapshots.
    /// </summary>
    protected GeneratorHarness.Result VerifyGenerator(
        IReadOnlyList<AdditionalText> files,
        AnalyzerConfigOptionsProvider? options = null,
        Func<string, bool>? include = null,
        bool expectDiagnostics = false,
        [CallerMemberName] string method = "",
        [CallerFilePath] string file = "")
    {
        var result = GeneratorHarness.Run(files, options: options);
        var run = result.Run.Results.Single();
        Assert.True(run.Exception is null, $"the generator threw: {run.Exception}");
        var sources = run.GeneratedSources.Select(s => new GeneratedSource(s.HintName, s.SourceText.ToString())).ToList();
        var diagnostics = result.Run.Diagnostics;

        AssertNoProblems("the driver's compilation of the generated code", result.CompileDiagnostics);
        AssertCompiles(sources);
        if (expectDiagnostics) Assert.NotEmpty(diagnostics);
        else AssertNoProblems("the generator", diagnostics);

        var again = UnderCulture("tr-TR", () => GeneratorHarness.Run(files.Reverse().ToList(), options: options));
        var againSources = again.Run.Results.Single().GeneratedSources.Select(s => new GeneratedSource(s.HintName, s.SourceText.ToString())).ToList();
        AssertSameOutput(sources, againSources, "with the additional files in reverse order and the culture tr-TR");
        Assert.Equal(Snapshot.Describe(diagnostics), Snapshot.Describe(again.Run.Diagnostics));

        var name = GetType().Name + "." + method;
        include ??= AllSources;
        Snapshot.Verify(Snapshot.DirectoryOf(file), name, Snapshot.Targets(name, sources.Where(s => include(s.HintName)), diagnostics), Snapshot.AcceptFromEnvironment);
        return result;
    }

    /// <summary>Runs the pure emitter on a model, without Roslyn's driver; checks it compiles and is culture-independent; compares with the snapshots.</summary>
    protected IReadOnlyList<GeneratedSource> VerifyEmitter(
        FactModel model,
        EmitOptions options,
        Func<string, bool>? include = null,
        [CallerMemberName] string method = "",
        [CallerFilePath] string file = "")
    {
        var sources = ModelEmitter.Emit(model, options);
        AssertCompiles(sources);
        AssertSameOutput(sources, UnderCulture("tr-TR", () => ModelEmitter.Emit(model, options)), "under the culture tr-TR");
        AssertSameOutput(sources, UnderCulture("ar-SA", () => ModelEmitter.Emit(model, options)), "under the culture ar-SA");

        var name = GetType().Name + "." + method;
        include ??= AllSources;
        Snapshot.Verify(Snapshot.DirectoryOf(file), name, Snapshot.Targets(name, sources.Where(s => include(s.HintName)), Array.Empty<Diagnostic>()), Snapshot.AcceptFromEnvironment);
        return sources;
    }

    /// <summary>
    /// Compiles the generated sources alone, with documentation comments diagnosed as a build with
    /// GenerateDocumentationFile does: no error and no warning (malformed XML docs included).
    /// </summary>
    public static void AssertCompiles(IEnumerable<GeneratedSource> sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, path: s.HintName)).ToList();
        if (trees.Count == 0) return;
        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(trees);
        AssertNoProblems("compiling the generated code with documentation diagnosed", compilation.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning));
    }

    public static void AssertNoProblems(string what, IEnumerable<Diagnostic> diagnostics)
    {
        var found = diagnostics.ToList();
        Assert.True(found.Count == 0, $"{what} reported {found.Count} diagnostic(s):\n" + string.Join("\n", found.Take(20).Select(d => d.ToString())));
    }

    public static void AssertSameOutput(IReadOnlyList<GeneratedSource> expected, IReadOnlyList<GeneratedSource> actual, string how)
    {
        Assert.Equal(expected.Select(s => s.HintName), actual.Select(s => s.HintName));
        for (var i = 0; i < expected.Count; i++)
        {
            if (expected[i].Text == actual[i].Text) continue;
            Assert.Fail($"{expected[i].HintName} differs {how}:\n" + Snapshot.UnifiedDiff("first run", "second run", expected[i].Text, actual[i].Text));
        }
    }

    public static T UnderCulture<T>(string name, Func<T> work)
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(name);
            return work();
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }
}
