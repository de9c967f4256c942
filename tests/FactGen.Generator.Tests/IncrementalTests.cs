using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Generator.Tests;

/// <summary>The generator does no repeated work: proven through the driver's step tracking.</summary>
public class IncrementalTests
{
    /// <summary>Every step the generator names, read from <see cref="TrackingNames"/>: a new step is checked without being listed here.</summary>
    private static readonly string[] TrackedSteps = typeof(TrackingNames).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).ToArray();

    [Fact]
    public void Every_tracking_name_is_a_step_the_generator_runs()
    {
        Assert.True(TrackedSteps.Length >= 19, string.Join(", ", TrackedSteps));
        var steps = GeneratorHarness.Run(Fixtures.Files()).Run.Results.Single().TrackedSteps;
        Assert.All(TrackedSteps, name => Assert.True(steps.ContainsKey(name), $"step {name} was not tracked"));
    }

    [Fact]
    public void A_second_run_with_nothing_changed_is_all_cached()
    {
        var first = GeneratorHarness.Run(Fixtures.Files());
        var second = GeneratorHarness.Run(first.Driver, GeneratorHarness.Compilation());

        var steps = second.Run.Results.Single().TrackedSteps;
        foreach (var name in TrackedSteps)
        {
            Assert.True(steps.ContainsKey(name), $"step {name} was not tracked");
            Assert.All(steps[name].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{name}: {o.Reason}"));
        }
        Assert.All(second.Run.Results.Single().TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs),
            o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
    }

    [Fact]
    public void Editing_one_file_of_a_hundred_reparses_only_that_file()
    {
        var files = Fixtures.Files().ToList();
        for (var i = 0; i < 96; i++)
        {
            files.Add(new InMemoryAdditionalText($"{Fixtures.Root}more/people{i:D3}.yaml",
                $"kind: Person\nfacts:\n  - id: person-{i}\n    name: P{i}\n    citations: [{{ source: article, paragraph: 1, quote: q }}]\n"));
        }
        Assert.Equal(101, files.Count);
        var first = GeneratorHarness.Run(files);
        var old = files.First(f => f.Path.EndsWith("people050.yaml"));
        var edited = new InMemoryAdditionalText(old.Path, "kind: Person\nfacts:\n  - id: person-50\n    name: Renamed\n    citations: [{ source: article, paragraph: 1, quote: q }]\n");

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(old, edited), GeneratorHarness.Compilation());

        var parse = second.Run.Results.Single().TrackedSteps[TrackingNames.Parse].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(101, parse.Count);
        Assert.Equal(1, parse.Count(o => o.Reason == IncrementalStepRunReason.Modified));
        Assert.Equal(100, parse.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        // ... and re-binds only that file: the other 99 data files keep their cached bindings.
        var bindings = second.Run.Results.Single().TrackedSteps[TrackingNames.BindFile].SelectMany(s => s.Outputs).ToList();
        Assert.Equal(100, bindings.Count);
        var rebound = Assert.Single(bindings, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(old.Path, ((FactGen.Core.Binding.FileBinding)rebound.Value).Path);
        Assert.Equal(99, bindings.Count(o => o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged));
        Assert.Equal(IncrementalStepRunReason.Modified, Reason(second, TrackingNames.Model));

        // Only the chunk holding the edited fact is emitted again: the kinds' own files follow their
        // schemas and counts, the id tables their ids, the group tables what facts point at.
        var chunks = Outputs(second, TrackingNames.Chunks);
        Assert.True(chunks.Count > 1, $"{chunks.Count} chunks");
        var modified = Assert.Single(chunks, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal("Person", ((FactGen.Generator.Emit.ChunkUnit)modified.Value).Kind.Name);
        Assert.All(chunks.Where(o => o != modified), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.All(Outputs(second, TrackingNames.Kinds), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        // The other kinds' id tables are not even worked out again; Person's ids did not change either.
        Assert.All(Outputs(second, TrackingNames.IdTables), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.All(Outputs(second, TrackingNames.Groups), o => Assert.Contains(o.Reason, new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged }));
        Assert.Contains(Reason(second, TrackingNames.KindIds), new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        Assert.Contains(Reason(second, TrackingNames.Shape), new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        var emitted = second.Run.Results.Single().TrackedOutputSteps["SourceOutput"].SelectMany(s => s.Outputs).ToList();
        Assert.Single(emitted, o => o.Reason == IncrementalStepRunReason.Modified);
        var renamed = second.Run.Results.Single().GeneratedSources.Single(s => s.HintName == "FactGen.Person.Facts.0.g.cs").SourceText.ToString();
        Assert.Contains("7:Renamed|", renamed);
    }

    [Fact]
    public void A_comment_edit_leaves_the_model_unchanged_and_emits_nothing_again()
    {
        var files = Fixtures.Files();
        var first = GeneratorHarness.Run(files);
        var old = files.First(f => f.Path.EndsWith("people.yaml"));
        var edited = new InMemoryAdditionalText(old.Path, "# a new comment line shifts every position\n" + Fixtures.People);

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(old, edited), GeneratorHarness.Compilation());

        Assert.Equal(IncrementalStepRunReason.Modified, Reason(second, TrackingNames.Parse, old.Path));
        // The bind result compares equal (no fact changed, no diagnostic moved), so the model is not even re-derived.
        Assert.Contains(Reason(second, TrackingNames.Model), new[] { IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged });
        var emitted = second.Run.Results.Single().TrackedOutputSteps["SourceOutput"].SelectMany(s => s.Outputs).ToList();
        Assert.All(emitted, o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, o.Reason.ToString()));
        Assert.Equal(second.Run.Results.Single().GeneratedSources.Length, first.Run.Results.Single().GeneratedSources.Length);
    }

    [Fact]
    public void A_csharp_edit_does_no_generator_work()
    {
        var first = GeneratorHarness.Run(Fixtures.Files(), "class A {}");
        var changed = GeneratorHarness.Compilation("class A { int x; }");

        var second = GeneratorHarness.Run(first.Driver, changed);

        foreach (var name in TrackedSteps)
        {
            Assert.All(second.Run.Results.Single().TrackedSteps[name].SelectMany(s => s.Outputs),
                o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        }
    }

    [Fact]
    public void Cached_values_hold_no_roslyn_objects()
    {
        var run = GeneratorHarness.Run(Fixtures.Files()).Run.Results.Single();

        foreach (var name in TrackedSteps)
        {
            foreach (var output in run.TrackedSteps[name].SelectMany(s => s.Outputs))
            {
                AssertNoRoslynObjects(output.Value, name, new HashSet<object>(ReferenceEqualityComparer.Instance));
            }
        }
    }

    [Fact]
    public void Editing_one_fact_of_a_kind_of_a_thousand_re_emits_one_chunk_of_256()
    {
        var people = string.Concat(Enumerable.Range(0, 1_000).Select(i => $"  - id: person-{i}\n    name: P{i}\n    citations: [{{ source: article, paragraph: 1, quote: q }}]\n"));
        var files = Fixtures.Files().ToList();
        var old = new InMemoryAdditionalText($"{Fixtures.Root}many/people.yaml", "kind: Person\nfacts:\n" + people);
        files.Add(old);
        var first = GeneratorHarness.Run(files);
        Assert.DoesNotContain(first.Run.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var edited = new InMemoryAdditionalText(old.Path, old.GetText()!.ToString().Replace("name: P600\n", "name: Renamed\n"));

        var second = GeneratorHarness.Run(first.Driver.ReplaceAdditionalText(old, edited), GeneratorHarness.Compilation());

        var personChunks = Outputs(second, TrackingNames.Chunks).Where(o => ((FactGen.Generator.Emit.ChunkUnit)o.Value).Kind.Name == "Person").ToList();
        Assert.Equal(4, personChunks.Count);
        var modified = Assert.Single(personChunks, o => o.Reason == IncrementalStepRunReason.Modified);
        var chunk = (FactGen.Generator.Emit.ChunkUnit)modified.Value;
        Assert.Contains(chunk.Facts, f => f.Id == "person-600");
        var emitted = second.Run.Results.Single().TrackedOutputSteps["SourceOutput"].SelectMany(s => s.Outputs).ToList();
        Assert.Single(emitted, o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Contains("7:Renamed|", second.Run.Results.Single().GeneratedSources.Single(s => s.HintName == $"FactGen.Person.Facts.{chunk.Chunk}.g.cs").SourceText.ToString());
    }

    private static List<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorHarness.Result result, string step) =>
        result.Run.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs).ToList();

    private static IncrementalStepRunReason Reason(GeneratorHarness.Result result, string step, string? path = null)
    {
        var outputs = result.Run.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs);
        if (path is not null) outputs = outputs.Where(o => o.Value is FactGen.Core.Reading.ParsedFile f && f.Path == path);
        return outputs.Single().Reason;
    }

    private static readonly Type[] Forbidden = [typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(Location), typeof(AdditionalText), typeof(SyntaxTree), typeof(Diagnostic)];

    /// <summary>Walks an object graph (fields, collections) and fails on any Roslyn object.</summary>
    private static void AssertNoRoslynObjects(object? value, string path, HashSet<object> seen)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value is decimal || value is Enum) return;
        var type = value.GetType();
        Assert.False(Forbidden.Any(f => f.IsAssignableFrom(type)), $"{path} holds a {type.Name}");
        Assert.False(type.Namespace?.StartsWith("Microsoft.CodeAnalysis", StringComparison.Ordinal) == true && !type.IsValueType, $"{path} holds a Roslyn {type.FullName}");
        if (!type.IsValueType && !seen.Add(value)) return;
        if (value is IEnumerable items)
        {
            var index = 0;
            foreach (var item in items) AssertNoRoslynObjects(item, $"{path}[{index++}]", seen);
            if (type.IsArray) return;
        }
        foreach (var field in type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertNoRoslynObjects(field.GetValue(value), $"{path}.{field.Name}", seen);
        }
    }
}
