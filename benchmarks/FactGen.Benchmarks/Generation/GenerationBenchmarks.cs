using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FactGen.Benchmarks.Corpora;
using FactGen.Generator;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactGen.Benchmarks.Generation;

/// <summary>
/// The generator as the compiler runs it, over a synthetic corpus in 100 files.
/// <list type="bullet">
/// <item><see cref="FullRun"/>: a new driver each invocation (nothing cached), warmed by BenchmarkDotNet.</item>
/// <item><see cref="IncrementalFactEdit"/>: one fact's name changed in one file of 100, run on the
/// driver that already ran over the corpus (ReplaceAdditionalText, then RunGenerators). Drivers are
/// immutable, so every invocation starts from the same warm state and redoes the same edit.</item>
/// <item><see cref="IncrementalCommentEdit"/>: a comment added to one file: the model compares equal,
/// so nothing is emitted again.</item>
/// </list>
/// Each on two corpus shapes (<see cref="CorpusShape"/>): mixed kinds, and 97 % Person, where a
/// one-fact edit in a person re-emits whatever unit holds that person (issue 17).
/// </summary>
[MemoryDiagnoser]
public class GenerationBenchmarks
{
    public static int[] Sizes { get; set; } = [1_000, 10_000, 100_000];

    public static IEnumerable<int> SizeValues => Sizes;

    [ParamsSource(nameof(SizeValues))]
    public int Facts { get; set; }

    public static CorpusShape[] Shapes { get; set; } = [CorpusShape.Mixed, CorpusShape.OneKind];

    public static IEnumerable<CorpusShape> ShapeValues => Shapes;

    [ParamsSource(nameof(ShapeValues))]
    public CorpusShape Shape { get; set; }

    private List<AdditionalText> _texts = null!;
    private Compilation _compilation = null!;
    private GeneratorDriver _warm = null!;
    private AdditionalText _original = null!;
    private AdditionalText _factEdit = null!;
    private AdditionalText _commentEdit = null!;

    [GlobalSetup]
    public void Setup()
    {
        var corpus = SyntheticCorpus.Create(Facts, shape: Shape);
        _texts = Driving.Texts(corpus);
        _compilation = Driving.EmptyCompilation();
        _warm = Driving.Check(Driving.Driver(_texts).RunGenerators(_compilation));

        // The person in the middle of the corpus: its file is one of the 100.
        var (name, edited) = corpus.EditOneFact("Person", corpus.CountOf("Person") / 2, " (edited)");
        _original = _texts.Single(t => t.Path == Driving.RootPath + name);
        _factEdit = new InMemoryAdditionalText(_original.Path, edited);
        _commentEdit = new InMemoryAdditionalText(_original.Path, "# a comment line moves every position below it\n" + _original.GetText()!.ToString());
        VerifyIncrementalWork(corpus);
    }

    [Benchmark(Description = "full run (new driver)")]
    public GeneratorDriver FullRun() => Driving.Driver(_texts).RunGenerators(_compilation);

    [Benchmark(Description = "incremental: one fact edited in 1 of 100 files")]
    public GeneratorDriver IncrementalFactEdit() => _warm.ReplaceAdditionalText(_original, _factEdit).RunGenerators(_compilation);

    [Benchmark(Description = "incremental: comment added in 1 of 100 files")]
    public GeneratorDriver IncrementalCommentEdit() => _warm.ReplaceAdditionalText(_original, _commentEdit).RunGenerators(_compilation);

    /// <summary>
    /// Checks, once, with step tracking on, that the incremental runs do what they claim: one file
    /// re-parsed; the fact edit re-emits, the comment edit does not. Otherwise the numbers would lie.
    /// </summary>
    private void VerifyIncrementalWork(SyntheticCorpus corpus)
    {
        var tracked = Driving.Driver(_texts, track: true).RunGenerators(_compilation);
        foreach (var (edit, expectModel) in new[] { (_factEdit, IncrementalStepRunReason.Modified), (_commentEdit, IncrementalStepRunReason.Unchanged) })
        {
            var run = tracked.ReplaceAdditionalText(_original, edit).RunGenerators(_compilation).GetRunResult().Results.Single();
            var parsed = run.TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).ToList();
            var reparsed = parsed.Count(o => o.Reason == IncrementalStepRunReason.Modified);
            if (parsed.Count != corpus.Files.Count + 1 || reparsed != 1)
            {
                throw new InvalidOperationException($"expected 1 of {corpus.Files.Count + 1} files re-parsed, saw {reparsed} of {parsed.Count}");
            }
            var model = run.TrackedSteps[TrackingNames.Model].SelectMany(s => s.Outputs).Single().Reason;
            var modelChanged = model == IncrementalStepRunReason.Modified;
            if (modelChanged != (expectModel == IncrementalStepRunReason.Modified))
            {
                throw new InvalidOperationException($"expected the model step to be {expectModel}, saw {model}");
            }
        }
    }
}
