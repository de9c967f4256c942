using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using FactGen.Generator.Emit;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FactGen.Generator.Tests;

/// <summary>
/// Fact values are data, not code: UTF-8 literals of at most <see cref="KindDataEmitter.ChunkSize"/> facts
/// each, read by methods whose size does not depend on the corpus, so a large corpus makes neither a
/// giant method nor a full string heap; and the model compiles, loads and answers.
/// A corpus of a few thousand facts in the shipped schema keeps this fast; the 100k-fact proof is
/// the benchmarks' scale check (benchmarks/FactGen.Benchmarks, section scale), which takes minutes.
/// </summary>
public class ChunkingTests
{
    private const int People = 1_100;   // 4 full chunks and a partial one
    private const int Statements = 600;
    private const int Countries = 12;

    // One generator run for both tests: the corpus is the same and compiling it is the slow part.
    private static readonly Lazy<GeneratorHarness.Result> Generated = new(() => GeneratorHarness.Run(Corpus()));

    [Fact]
    public void Fact_data_is_split_into_literals_of_at_most_ChunkSize_facts_and_no_method_grows_with_the_corpus()
    {
        var result = Generated.Value;
        Assert.Empty(result.Run.Diagnostics);

        var members = result.Run.Results.Single().GeneratedSources
            .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<MemberDeclarationSyntax>())
            .Where(m => m.Parent is ClassDeclarationSyntax { Identifier.Text: "FactData" })
            .ToList();
        var methods = members.OfType<MethodDeclarationSyntax>().ToList();
        foreach (var (plural, count) in new[] { ("People", People), ("Statements", Statements), ("Countries", Countries) })
        {
            var expected = (count + KindDataEmitter.ChunkSize - 1) / KindDataEmitter.ChunkSize;
            foreach (var blob in new[] { "Values", "Links" })
            {
                // One u8 literal per fact, folded by the compiler into one blob per chunk.
                var chunks = members.OfType<PropertyDeclarationSyntax>().Where(p => IsChunk(p.Identifier.Text, $"{plural}_{blob}_")).ToList();
                Assert.Equal(expected, chunks.Count);
                var facts = chunks.Select(p => p.DescendantTokens().Count(t => t.IsKind(SyntaxKind.Utf8StringLiteralToken))).ToList();
                Assert.All(facts, n => Assert.InRange(n, 1, KindDataEmitter.ChunkSize));
                Assert.Equal(count, facts.Sum());
            }
            foreach (var pass in new[] { "Create", "Link" })
            {
                // The pass calls its reader once per chunk: 'var slot = 0;' and one call each.
                var entry = Assert.Single(methods, m => m.Identifier.Text == $"{pass}_{plural}" && m.ParameterList.Parameters.Count == 0);
                Assert.Equal(expected + 1, entry.Body!.Statements.Count);
            }
        }

        // The code that reads facts is the same for 12 facts or 1,100: no method holds facts.
        Assert.All(methods, m => Assert.InRange(m.DescendantNodes().OfType<StatementSyntax>().Count(), 0, 40));

        // The static constructor only calls the chunks (and the index builders): it holds no fact itself.
        var constructor = result.Run.Results.Single().GeneratedSources
            .SelectMany(s => s.SyntaxTree.GetRoot().DescendantNodes().OfType<ConstructorDeclarationSyntax>())
            .Single(c => c.Identifier.Text == "FactData" && c.Modifiers.Any(SyntaxKind.StaticKeyword));
        Assert.All(constructor.Body!.Statements, s => Assert.Matches(@"^(Create|Link|Index)\w*\(\);$", s.ToString()));
    }

    [Fact]
    public void The_chunked_model_compiles_loads_and_answers_a_lookup()
    {
        var result = Generated.Value;
        Assert.Empty(result.Run.Diagnostics);
        Assert.Empty(result.CompileDiagnostics);

        using var image = new MemoryStream();
        var emit = result.Output.Emit(image);
        Assert.True(emit.Success, string.Join(Environment.NewLine, emit.Diagnostics));
        image.Position = 0;
        var context = new AssemblyLoadContext(nameof(ChunkingTests), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var people = assembly.GetType("Consumer.People", throwOnError: true)!;
            var last = Id("person", People - 1);
            var person = people.GetMethod("Get", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [last])!;
            Assert.Equal($"Person {People - 1:D5}", person.GetType().GetProperty("Name")!.GetValue(person));

            // Statement i is spoken by person i % People: the index over chunks finds exactly its statements.
            var bySpeaker = assembly.GetType("Consumer.Statements", throwOnError: true)!.GetMethod("BySpeaker", BindingFlags.Public | BindingFlags.Static)!;
            var first = people.GetMethod("Get")!.Invoke(null, [Id("person", 0)])!;
            var spoken = (System.Collections.ICollection)bySpeaker.Invoke(null, [first])!;
            Assert.Equal(Enumerable.Range(0, Statements).Count(i => i % People == 0), spoken.Count);
            var all = (System.Collections.ICollection)people.GetProperty("All")!.GetValue(null)!;
            Assert.Equal(People, all.Count);
        }
        finally
        {
            context.Unload();
        }
    }

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
