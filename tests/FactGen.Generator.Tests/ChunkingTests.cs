using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Threading;
using FactGen.Generator.Emit;
using FactGen.Generator.Emit.Tables;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactGen.Generator.Tests;

/// <summary>
/// Fact values are data, not code: a file per <see cref="KindDataEmitter.ChunkSize"/> facts, each with
/// one UTF-8 literal, read by methods whose size does not depend on the corpus, so a large corpus makes
/// neither a giant method nor a full string heap. Nothing is built at start-up: each fact is made from
/// its data when first asked for, once, whatever the threads; and the model compiles, loads and answers.
/// A corpus of a few thousand facts in the shipped schema keeps this fast; the 100k-fact proof is
/// the benchmarks' scale check (benchmarks/FactGen.Benchmarks, section scale), which takes minutes.
/// </summary>
public class ChunkingTests
{
    private const int People = 1_100;   // 4 full chunks and a partial one
    private const int Statements = 600;
    private const int Countries = 12;

    // One generator run for all tests: the corpus is the same and compiling it is the slow part.
    private static readonly Lazy<GeneratorHarness.Result> Generated = new(() => GeneratorHarness.Run(Corpus()));
    private static readonly Lazy<byte[]> Image = new(() =>
    {
        using var image = new MemoryStream();
        var emit = Generated.Value.Output.Emit(image);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        return image.ToArray();
    });

    [Fact]
    public void Fact_data_is_split_into_files_of_at_most_ChunkSize_facts_and_no_method_grows_with_the_corpus()
    {
        var result = Generated.Value;
        Assert.Empty(result.Run.Diagnostics);
        var sources = result.Run.Results.Single().GeneratedSources;

        foreach (var (kind, plural, count) in new[] { ("Person", "People", People), ("Statement", "Statements", Statements), ("Country", "Countries", Countries) })
        {
            var expected = (count + KindDataEmitter.ChunkSize - 1) / KindDataEmitter.ChunkSize;
            var chunks = sources.Where(s => s.HintName.StartsWith($"FactGen.{kind}.Facts.", StringComparison.Ordinal)).ToList();
            Assert.Equal(Enumerable.Range(0, expected).Select(n => $"FactGen.{kind}.Facts.{n}.g.cs"), chunks.Select(c => c.HintName).OrderBy(h => h.Length).ThenBy(h => h, StringComparer.Ordinal));
            // One u8 literal per fact, folded by the compiler into one blob per chunk, and one property per fact.
            var facts = chunks.Select(c => c.SyntaxTree.GetRoot().DescendantNodes().OfType<PropertyDeclarationSyntax>()
                .Single(p => IsChunk(p.Identifier.Text, Core.GeneratedNames.FactDataMembers.Data(plural, 0).TrimEnd('0'))).DescendantTokens().Count(t => t.IsKind(SyntaxKind.Utf8StringLiteralToken) && t.ValueText.Trim().Length > 0)).ToList();
            Assert.All(facts, n => Assert.InRange(n, 1, KindDataEmitter.ChunkSize));
            Assert.Equal(count, facts.Sum());
            var properties = chunks.SelectMany(c => c.SyntaxTree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().Where(k => k.Identifier.Text == plural))
                .SelectMany(k => k.Members.OfType<PropertyDeclarationSyntax>()).Count();
            Assert.Equal(count, properties);
        }

        // The code that reads facts is the same for 12 facts or 1,100: no method holds facts.
        var methods = sources.SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>()).ToList();
        Assert.All(methods, m => Assert.InRange(m.DescendantNodes().OfType<StatementSyntax>().Count(), 0, 40));

        // No type initializer does the model's work: FactData has no static constructor and no static
        // fields; its holder classes' fields only create empty caches and lazy lists.
        var factData = sources.SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>()).Where(c => c.Identifier.Text == "FactData").ToList();
        Assert.DoesNotContain(factData.SelectMany(c => c.Members.OfType<ConstructorDeclarationSyntax>()), c => c.Modifiers.Any(SyntaxKind.StaticKeyword));
        Assert.DoesNotContain(factData.SelectMany(c => c.Members.OfType<FieldDeclarationSyntax>()), f => !f.Modifiers.Any(SyntaxKind.ConstKeyword));
        // The caches are in holder classes, each created when first used: only a touched kind pays.
        var holders = factData.SelectMany(c => c.Members.OfType<ClassDeclarationSyntax>()).Where(c => c.Modifiers.Any(SyntaxKind.StaticKeyword)).ToList();
        var fields = holders.SelectMany(c => c.Members.OfType<FieldDeclarationSyntax>()).ToList();
        Assert.NotEmpty(fields);
        Assert.All(fields, f =>
        {
            Assert.Contains(f.Modifiers, m => m.IsKind(SyntaxKind.ReadOnlyKeyword));
            Assert.Matches(@"^(new\(count: \d+\)|new Fact_List<\w+>\(count: \d+, fact: \w+\))$", f.Declaration.Variables.Single().Initializer!.Value.ToString());
        });
    }

    [Fact]
    public void The_chunked_model_compiles_loads_and_answers_a_lookup()
    {
        var result = Generated.Value;
        Assert.Empty(result.Run.Diagnostics);
        Assert.Empty(result.CompileDiagnostics);

        var context = new AssemblyLoadContext(nameof(ChunkingTests), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(Image.Value));
            var people = assembly.GetType("Consumer.People", throwOnError: true)!;
            var last = Id("person", People - 1);
            var person = people.GetMethod("Get", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [last])!;
            Assert.Equal($"Person {People - 1:D5}", person.GetType().GetProperty("Name")!.GetValue(person));
            Assert.Equal(Id("country", (People - 1) % Countries), Id(person.GetType().GetProperty("Country")!.GetValue(person)!));

            // Statement i is spoken by person i % People: the groups the generator wrote find exactly its statements.
            var bySpeaker = assembly.GetType("Consumer.Statements", throwOnError: true)!.GetMethod("BySpeaker", BindingFlags.Public | BindingFlags.Static)!;
            var first = people.GetMethod("Get")!.Invoke(null, [Id("person", 0)])!;
            var spoken = (System.Collections.ICollection)bySpeaker.Invoke(null, [first])!;
            Assert.Equal(Enumerable.Range(0, Statements).Count(i => i % People == 0), spoken.Count);
            Assert.Same(spoken, bySpeaker.Invoke(null, [first]));
            var all = (System.Collections.ICollection)people.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(People, all.Count);

            // Blobs are padded to a few sizes: the runtime loads a struct type per size the first time
            // any blob is read, which would otherwise grow with the number of chunks and tables.
            var blobs = assembly.GetType("<PrivateImplementationDetails>", throwOnError: true)!;
            var fields = blobs.GetFields(BindingFlags.NonPublic | BindingFlags.Static);
            Assert.True(fields.Length > 20, $"{fields.Length} blobs");
            // Each size is a padded one (a u8 literal has a zero byte more), so the sizes stay few.
            var sizes = fields.Select(f => int.Parse(f.FieldType.Name.Split('=')[1], CultureInfo.InvariantCulture)).Distinct().ToList();
            Assert.All(sizes, size => Assert.True(ByteTable.PaddedSize(size) == size || ByteTable.PaddedSize(size - 1) == size - 1, $"blob of {size} bytes"));
            Assert.True(sizes.Count < fields.Length / 2, $"{fields.Length} blobs of {sizes.Count} sizes");

            // Every id finds its own fact, and ids that are not there find none (in the perfect hash,
            // an id that is not there still lands on some position: the stored id must be compared).
            var tryGet = people.GetMethod("TryGet", BindingFlags.Public | BindingFlags.Static)!;
            for (var n = 0; n < People; n++)
            {
                var arguments = new object?[] { Id("person", n), null };
                Assert.True((bool)tryGet.Invoke(null, arguments)!, Id("person", n));
                Assert.Equal(Id("person", n), Id(arguments[1]!));
            }
            for (var n = People; n < 4 * People; n++) Assert.False((bool)tryGet.Invoke(null, [Id("person", n), null])!, Id("person", n));
            Assert.False((bool)tryGet.Invoke(null, [Id("country", 0), null])!);
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Lookups_and_inverses_answer_for_facts_beyond_the_first_chunk()
    {
        // A group's number is its target's slot: people past slot 255 are in later chunks and their
        // groups later in each table. Statement n is spoken by person n (n < 600); later people speak none.
        var context = new AssemblyLoadContext(nameof(Lookups_and_inverses_answer_for_facts_beyond_the_first_chunk), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(new MemoryStream(Image.Value));
            var get = assembly.GetType("Consumer.People", throwOnError: true)!.GetMethod("Get", BindingFlags.Public | BindingFlags.Static)!;
            var bySpeaker = assembly.GetType("Consumer.Statements", throwOnError: true)!.GetMethod("BySpeaker", BindingFlags.Public | BindingFlags.Static)!;
            foreach (var n in new[] { 255, 256, 300, 511, 512, 599, 600, 700, People - 1 })
            {
                var person = get.Invoke(null, [Id("person", n)])!;
                string[] expected = n < Statements ? [Id("statement", n)] : [];
                var spoken = ((System.Collections.IEnumerable)bySpeaker.Invoke(null, [person])!).Cast<object>().Select(Id);
                Assert.Equal(expected, spoken);
                var statements = ((System.Collections.IEnumerable)person.GetType().GetProperty("Statements")!.GetValue(person)!).Cast<object>().Select(Id);
                Assert.Equal(expected, statements);
            }
        }
        finally
        {
            context.Unload();
        }
    }

    [Fact]
    public void Touching_one_fact_makes_that_fact_only_and_every_thread_gets_the_same_instance()
    {
        for (var round = 0; round < 8; round++)
        {
            // A fresh load context each round: nothing made yet, every thread races to make it first.
            var context = new AssemblyLoadContext(nameof(ChunkingTests) + round, isCollectible: true);
            try
            {
                var assembly = context.LoadFromStream(new MemoryStream(Image.Value));
                var get = assembly.GetType("Consumer.People", throwOnError: true)!.GetMethod("Get", BindingFlags.Public | BindingFlags.Static)!;
                var id = Id("person", 700 + round);
                using var start = new Barrier(4);
                var found = new object[4];
                var threads = Enumerable.Range(0, 4).Select(t => new Thread(() =>
                {
                    start.SignalAndWait();
                    found[t] = get.Invoke(null, [id])!;
                })).ToList();
                threads.ForEach(t => t.Start());
                threads.ForEach(t => t.Join());
                Assert.All(found, f => Assert.Same(found[0], f));

                // Only that fact's chunk of the cache exists, and in it only that fact.
                var factData = assembly.GetType("Consumer.FactData", throwOnError: true)!;
                var made = MadeSlots(factData, "Made_People", "Facts");
                Assert.Equal([700 + round], made);
                Assert.Empty(MadeSlots(factData, "Made_Countries", "Facts"));
                Assert.Empty(MadeSlots(factData, "Made_People", "Links"));

                // Its country is made when asked for, and only then.
                var country = found[0].GetType().GetProperty("Country")!.GetValue(found[0])!;
                Assert.Equal([(700 + round) % Countries], MadeSlots(factData, "Made_Countries", "Facts"));
                Assert.Equal([700 + round], MadeSlots(factData, "Made_People", "Links"));
                Assert.Same(country, found[0].GetType().GetProperty("Country")!.GetValue(found[0]));
            }
            finally
            {
                context.Unload();
            }
        }
    }

    /// <summary>The slots a FactData cache holds a made value for.</summary>
    private static List<int> MadeSlots(Type factData, string holder, string cache)
    {
        var value = factData.GetNestedType(holder, BindingFlags.NonPublic | BindingFlags.Public)!.GetField(cache, BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!;
        var chunks = (Array)value.GetType().GetField("_chunks", BindingFlags.NonPublic | BindingFlags.Instance)!.GetValue(value)!;
        var made = new List<int>();
        for (var c = 0; c < chunks.Length; c++)
        {
            if (chunks.GetValue(c) is not Array chunk) continue;
            for (var i = 0; i < chunk.Length; i++)
            {
                if (chunk.GetValue(i) is not null) made.Add(c * KindDataEmitter.ChunkSize + i);
            }
        }
        return made;
    }

    private static string Id(object fact) => (string)fact.GetType().GetProperty("Id")!.GetValue(fact)!;

    private static bool IsChunk(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) && name.Length > prefix.Length && name[prefix.Length..].All(char.IsAsciiDigit);

    private static string Id(string kind, int n) => kind + "-" + n.ToString("D5", CultureInfo.InvariantCulture);

    /// <summary>The shipped schema with sources, countries, people and statements that reference them.</summary>
    private static List<AdditionalText> Corpus()
    {
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText(Fixtures.Root + "schema.yaml", File.ReadAllText(Path.Combine(SharedFolder.FactsDirectory, "schema.yaml"))),
            FactFile("sources.yaml", "Source", 2, (w, n) => w.Append($"    file: source-{n}.txt\n    headline: Article {n}\n")),
            FactFile("countries.yaml", "Country", Countries, (w, n) => w.Append($"    name: Country {n:D5}\n    category: state\n    aliases: [Alias {n}]\n")),
        };
        // People over several files, as a real corpus would be.
        for (var part = 0; part < 4; part++)
        {
            var start = part * People / 4;
            var end = (part + 1) * People / 4;
            files.Add(FactFile($"people-{part}.yaml", "Person", end - start,
                (w, n) => w.Append($"    name: Person {n:D5}\n    title: Official\n    country: {Id("country", n % Countries)}\n"), start));
        }
        files.Add(FactFile("statements.yaml", "Statement", Statements,
            (w, n) => w.Append($"    speaker: {Id("person", n % People)}\n    form: quote\n    wordings: [\"Words {n}\"]\n")));
        return files;
    }

    private static InMemoryAdditionalText FactFile(string name, string kind, int count, Action<StringBuilder, int> fields, int start = 0)
    {
        var text = new StringBuilder($"kind: {kind}\nfacts:\n");
        for (var n = start; n < start + count; n++)
        {
            text.Append($"  - id: {Id(kind.ToLowerInvariant(), n)}\n");
            fields(text, n);
            if (kind != "Source") text.Append($"    citations:\n      - source: {Id("source", n % 2)}\n        paragraph: 1\n        quote: \"Quote {n}\"\n");
        }
        return new InMemoryAdditionalText(Fixtures.Root + name, text.ToString());
    }
}
