using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading;
using FactGen.Core.Reading;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Hardening.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactGen.Hardening.Tests;

/// <summary>
/// Broken, binary, empty, oddly encoded or hostile fact files: the generator and the CLI answer
/// with located diagnostics (or facts), never an exception, a hang or a stack overflow.
/// </summary>
public class NeverCrashTests
{
    private static readonly string People = Fixtures.People;

    /// <summary>Each odd text with the diagnostic it must draw in people.yaml, or "none" for text that is a valid (or empty) fact file.</summary>
    public static TheoryData<string, string, string> OddTexts() => new()
    {
        { "broken flow", "kind: Person\nfacts: [ {", "FG0001" },
        { "unclosed bracket", "kind: [", "FG0001" },
        { "braces", "{{{{", "FG0001" },
        { "colons", "- - -\n  : :\n: :", "FG0001" },
        { "unterminated double quote", "kind: \"Person\nfacts: []", "FG0001" },
        { "unterminated single quote", "'", "FG0001" },
        { "bad indentation", "kind: Person\n facts:\n- id: x\n   name: y", "FG0001" },
        { "tab indentation", "kind: Person\nfacts:\n\t- id: ada", "FG0001" },
        { "complex key", "? [a, b]\n: c", "FG0038" },
        { "mapping as key", "{[a]: b}", "FG0038" },
        { "undefined alias", "kind: *nowhere\nfacts: []", "FG0001" },
        { "alias inside its own anchor", "kind: Person\nfacts: &a [*a]", "FG0001" },
        { "duplicate keys", "kind: Person\nkind: Person\nfacts: []", "FG0002" },
        { "directive only", "%YAML 1.2\n---\n", "none" },
        { "unknown directive", "%FOO bar\n--- x", "FG0003" },
        { "tag directive", "%TAG ! tag:example.com,2000:\n--- !foo {kind: Person, facts: []}", "none" },
        { "document end only", "...", "none" },
        { "empty", "", "none" },
        { "white space", "   \n\t\n  ", "none" },
        { "comment only", "# nothing\n   # here\n", "none" },
        { "bom only", "\uFEFF", "none" },
        { "bom prefixed", "\uFEFF" + People, "none" },
        { "bom in the middle", "kind: Person\n\uFEFFfacts: []", "FG0053" },
        { "crlf", People.Replace("\n", "\r\n"), "none" },
        { "cr", People.Replace("\n", "\r"), "none" },
        { "nel", People.Replace("\n", "\u0085"), "none" },
        { "line separator", People.Replace("\n", "\u2028"), "none" },
        { "paragraph separator", People.Replace("\n", "\u2029"), "none" },
        { "mixed line ends", People.Replace("id: bob", "id: bob\r").Replace("name: Ada\n", "name: Ada\r\n"), "none" },
        { "nul", "kind: Person\0\nfacts: []", "FG0001" },
        { "nul in a quoted value", "kind: Person\nfacts:\n  - id: ada\n    name: \"A\0da\"", "FG0001" },
        { "c0 and c1 controls", "kind: Person\u0001\u0002\u001b\u0080\u009f\nfacts: []", "FG0004" },
        // Theory data is serialized to the runner, which replaces a lone surrogate with U+FFFD,
        // refused as FG0065 (issue 26). The halves themselves are FG0033: ReaderTextTests.
        { "lone surrogates", "kind: Person\nfacts:\n  - id: ada\n    name: \ud800x\udc00", "FG0065" },
        { "noncharacters", "kind: Person\uFFFE\uFFFF\nfacts: []", "FG0004" },
        { "two documents", People + "\n---\n" + People, "FG0032" },
        { "empty documents", "---\n---\n---\n", "FG0032" },
        { "document end then start", People + "\n...\n---\nkind: Person", "FG0032" },
        { "core tag on a value", "kind: !!str Person\nfacts: []", "none" },
        { "custom tag on a value", "kind: !custom Person\nfacts: []", "none" },
        { "custom tag on the root", "!custom {kind: Person, facts: []}", "none" },
        { "verbatim tag", "kind: !<tag:yaml.org,2002:str> Person\nfacts: [ !!map { id: x } ]", "FG0005" },
        { "binary tag", "kind: Person\nfacts:\n  - id: ada\n    name: !!binary AAAA\n    active: !!bool true", "FG0019" },
        { "int tag on a string field", "kind: Person\nfacts:\n  - id: ada\n    name: !!int 12\n    citations: [{ source: article, paragraph: 1, quote: q }]", "none" },
        { "anchor on a scalar", "kind: &k Person\nfacts: []\nother: *k", "FG0053" },
        { "alias as a key", "a: &a x\n*a : y", "FG0003" },
        { "merge key", "base: &b { name: Ada }\nkind: Person\nfacts:\n  - <<: *b\n    id: ada", "FG0053" },
        { "literal block", "kind: Person\nfacts:\n  - id: ada\n    name: |\n      Ada\n      Lovelace\n", "FG0019" },
        { "folded block with odd indicator", "kind: Person\nfacts:\n  - id: ada\n    name: >9-\n      x", "FG0001" },
        { "scalar root", "just a string", "FG0003" },
        { "sequence root", "- kind: Person\n- facts: []", "FG0003" },
        { "facts as a mapping", "kind: Person\nfacts: { id: ada }", "FG0054" },
        { "facts of scalars", "kind: Person\nfacts: [1, 2, ~, null, '']", "FG0055" },
        { "kind of the wrong type", "kind: [Person]\nfacts: []", "FG0004" },
        { "id of the wrong type", "kind: Person\nfacts:\n  - id: [ada]\n  - id: { a: b }\n  - id: ''\n  - id: ~", "FG0005" },
        { "huge int", "kind: Person\nfacts:\n  - id: ada\n    name: Ada\n    born: 99999999999999999999-12-31", "FG0019" },
        { "citations of the wrong shape", "kind: Person\nfacts:\n  - id: ada\n    name: Ada\n    citations: [1, [2], { source: [x], paragraph: -1, quote: {} }]", "FG0007" },
        { "paragraph overflow", "kind: Person\nfacts:\n  - id: ada\n    name: Ada\n    citations: [{ source: article, paragraph: 99999999999999999999, quote: q }]", "FG0007" },
        { "very long line", "kind: Person\nfacts:\n  - id: ada\n    name: " + new string('x', 1_000_000), "FG0019" },
        { "very long key", new string('k', 200_000) + ": v", "FG0001" },
        { "many tiny documents", string.Concat(Enumerable.Repeat("--- x\n", 10_000)), "FG0032" },
        { "many anchors", "kind: Person\nfacts: [" + string.Join(", ", Enumerable.Range(0, 5000).Select(i => $"&a{i} x{i}")) + "]", "FG0055" },
    };

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void The_generator_answers_odd_text_with_located_diagnostics(string what, string text, string expected)
    {
        var outcome = HardeningHarness.Run(Fixtures.Files(("people.yaml", text)).Select(Relocate));
        AssertNoCrash(what, outcome);
        AssertDraws(what, expected, outcome.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path.EndsWith("people.yaml", StringComparison.Ordinal)).Select(d => d.Id).ToList());
    }

    [Theory]
    [MemberData(nameof(OddTexts))]
    public void The_cli_answers_odd_text_with_located_diagnostics(string what, string text, string expected)
    {
        var diagnostics = AssertCliHandles(what, Encoding.UTF8.GetBytes(text));
        AssertDraws(what, expected, diagnostics.Where(d => d.File.EndsWith("people.yaml", StringComparison.Ordinal)).Select(d => d.Id).ToList());
    }

    /// <summary>The first diagnostic in people.yaml is the one expected; "none": there is none.</summary>
    private static void AssertDraws(string what, string expected, List<string> ids)
    {
        if (expected == "none") Assert.True(ids.Count == 0, $"{what}: expected no diagnostic in people.yaml, got {string.Join(", ", ids)}");
        else Assert.True(ids.Count > 0 && ids[0] == expected, $"{what}: expected {expected} first in people.yaml, got {string.Join(", ", ids)}");
    }

    public static TheoryData<string, byte[]> OddBytes() => new()
    {
        { "invalid utf-8 byte", Encoding.UTF8.GetBytes("kind: Person\nfacts: [").Concat(new byte[] { 0xFF, 0xFE }).Concat(Encoding.UTF8.GetBytes("]")).ToArray() },
        { "truncated sequence at the end", Encoding.UTF8.GetBytes("kind: Person\nfacts: []\n# é").SkipLast(1).ToArray() },
        { "overlong encoding", Encoding.UTF8.GetBytes("kind: Person").Concat(new byte[] { 0xC0, 0xAF }).ToArray() },
        { "encoded surrogate", new byte[] { 0x6B, 0x3A, 0x20, 0xED, 0xA0, 0x80 } },
        { "utf-16 with bom", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(People)).ToArray() },
        { "utf-8 bom", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(People)).ToArray() },
        { "two utf-8 boms", Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetPreamble()).Concat(Encoding.UTF8.GetBytes(People)).ToArray() },
        { "latin-1", Encoding.Latin1.GetBytes("kind: Person\nfacts:\n  - id: ada\n    name: Renée\n") },
        { "only zero bytes", new byte[4096] },
    };

    [Theory]
    [MemberData(nameof(OddBytes))]
    public void The_cli_answers_odd_bytes_with_located_diagnostics(string what, byte[] bytes)
    {
        var diagnostics = AssertCliHandles(what, bytes);
        var inPeople = diagnostics.Where(d => d.File.EndsWith("people.yaml", StringComparison.Ordinal)).Select(d => d.Id).ToList();
        if (what.Contains("utf-8 byte") || what.Contains("truncated") || what.Contains("overlong") || what.Contains("surrogate") || what.Contains("latin"))
        {
            // Decoded as the compiler decodes it, each bad byte a U+FFFD, refused (issue 26).
            Assert.Contains("FG0065", inPeople);
        }
        if (what.Contains("utf-16") || what.Contains("bom")) Assert.DoesNotContain(inPeople, id => id is "FG0065" or "FG0033" or "FG0066");
    }

    /// <summary>40 blobs of random bytes, half of them after the start of a fact file, so the parser gets further in.</summary>
    public static List<byte[]> RandomBytes() => RandomInputs().Bytes;

    private static (List<byte[]> Bytes, List<string> Characters) RandomInputs()
    {
        var random = new Random(7_2024);
        var blobs = new List<byte[]>();
        var characters = new List<string>();
        for (var i = 0; i < 40; i++)
        {
            var bytes = new byte[random.Next(0, 4096)];
            random.NextBytes(bytes);
            if (i % 2 == 0) bytes = Encoding.UTF8.GetBytes("kind: Person\nfacts:\n  - id: a\n    name: ").Concat(bytes).ToArray();
            blobs.Add(bytes);
            characters.Add(new string(Enumerable.Range(0, random.Next(0, 2048)).Select(_ => (char)random.Next(0, 0x10000)).ToArray()));
        }
        return (blobs, characters);
    }

    [Fact]
    public void Random_bytes_and_random_characters_never_crash_the_cli_or_the_generator()
    {
        var (blobs, characters) = RandomInputs();
        var texts = new List<string>();
        for (var i = 0; i < blobs.Count; i++)
        {
            AssertCliHandles($"random bytes #{i}", blobs[i]);
            texts.Add(Encoding.UTF8.GetString(blobs[i]));
            texts.Add(characters[i]);
        }
        var driver = HardeningHarness.Driver(Fixtures.Files().Select(Relocate));
        foreach (var (text, index) in texts.Select((t, i) => (t, i)))
        {
            var outcome = HardeningHarness.Run(driver.ReplaceAdditionalTexts(Fixtures.Files(("people.yaml", text)).Select(Relocate).ToImmutableArray()));
            driver = outcome.Driver;
            AssertNoCrash($"random text #{index}", outcome);
        }
    }

    [Fact]
    public void Aliases_used_normally_bind_and_compile()
    {
        const string people = """
            kind: Person
            facts:
              - id: ada
                name: &name Ada
                country: &home utopia
                citations: &cited [{ source: article, paragraph: 1, quote: "Ada" }]
              - id: bob
                name: *name
                country: *home
                citations: *cited
            """;
        var outcome = HardeningHarness.Run(Fixtures.Files(("people.yaml", people)).Select(Relocate));
        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompileDiagnostics);
        var names = HardeningHarness.Load(outcome.Output, assembly =>
        {
            var bob = HardeningHarness.Static(assembly, "People", "Bob")!;
            var citations = (System.Collections.IEnumerable)HardeningHarness.Member(bob, "Citations")!;
            return (HardeningHarness.Member(bob, "Name"), citations.Cast<object>().Count());
        });
        Assert.Equal(("Ada", 1), names);
    }

    /// <summary>Nine levels of nine aliases: 387 million nodes expanded.</summary>
    public static string AliasBomb()
    {
        var bomb = new StringBuilder("a: &a [\"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\", \"lol\"]\n");
        for (var level = 'b'; level <= 'i'; level++)
        {
            var previous = (char)(level - 1);
            bomb.Append(level).Append(": &").Append(level).Append(" [").Append(string.Join(", ", Enumerable.Repeat("*" + previous, 9))).Append("]\n");
        }
        return bomb.ToString();
    }

    [Fact]
    public void An_alias_bomb_is_refused_with_FG0026_at_once()
    {
        var bomb = AliasBomb();

        // Bounded by counts, not a clock: the reader stops at the first alias past MaxNodes (line 7,
        // the first *f) and allocates nothing like the 387 million nodes of the expansion.
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var result = YamlReader.Read("bomb.yaml", bomb.ToString(), ReadLimits.Default);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        var refused = Assert.Single(result.Diagnostics);
        Assert.Equal(("FG0026", 7, 8), (refused.Id, refused.Span.Line, refused.Span.Column));
        Assert.Null(result.Root);
        Assert.True(allocated < 5_000_000, $"allocated {allocated} bytes: the expansion was built");

        var outcome = HardeningHarness.Run(Fixtures.Files(("people.yaml", bomb.ToString())).Select(Relocate));
        AssertNoCrash("alias bomb", outcome);
        Assert.Contains("FG0026", outcome.Ids);
        var cli = AssertCliHandles("alias bomb", Encoding.UTF8.GetBytes(bomb.ToString()));
        Assert.Contains(cli, d => d.Id == "FG0026");
    }

    public static TheoryData<string, string> DeepTexts() => new()
    {
        { "flow sequences", new string('[', 10_000) + new string(']', 10_000) },
        { "unclosed flow sequences", new string('[', 10_000) },
        { "flow mappings", string.Concat(Enumerable.Repeat("{a: ", 10_000)) + "x" + new string('}', 10_000) },
        { "block sequences", string.Concat(Enumerable.Repeat("- ", 10_000)) + "x" },
        { "block mappings", string.Concat(Enumerable.Range(0, 2_000).Select(i => new string(' ', i) + "a:\n")) + new string(' ', 2_000) + "x" },
    };

    [Theory]
    [MemberData(nameof(DeepTexts))]
    public void Deep_nesting_gives_FG0025_on_a_small_stack(string what, string text)
    {
        var result = OnSmallStack(() => YamlReader.Read("deep.yaml", text, ReadLimits.Default));
        Assert.True(result.Diagnostics.Any(d => d.Id == "FG0025"), what + ": " + string.Join(", ", result.Diagnostics.Select(d => d.Id + " " + d.Message)));
        Assert.Null(result.Root);

        var outcome = OnSmallStack(() => HardeningHarness.Run(Fixtures.Files(("people.yaml", text)).Select(Relocate)), 1024 * 1024);
        AssertNoCrash(what, outcome);
        Assert.Contains("FG0025", outcome.Ids);
    }

    [Theory]
    [MemberData(nameof(DeepTexts))]
    public void The_reader_itself_does_not_recurse_even_with_the_depth_limit_lifted(string what, string text)
    {
        // With no depth limit the tree is 10,000 deep; building it on a 256 KB stack proves the
        // reader (YamlDotNet's parser and the tree builder) keeps its own stack.
        var unlimited = ReadLimits.Default with { MaxDepth = int.MaxValue };
        var result = OnSmallStack(() => YamlReader.Read("deep.yaml", text, unlimited));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FG0025");
        Assert.True(result.Root is not null || result.Diagnostics.Any(d => d.Id == "FG0001"), what);
    }

    [Fact]
    public void A_20_MB_file_gives_FG0024()
    {
        var huge = "kind: Person\nfacts:\n" + string.Concat(Enumerable.Repeat("  - id: someone\n    name: \"" + new string('x', 80) + "\"\n", 20 * 1024 * 1024 / 100));
        Assert.True(huge.Length > 20_000_000);

        var result = YamlReader.Read("huge.yaml", huge, ReadLimits.Default);
        Assert.Equal("FG0024", Assert.Single(result.Diagnostics).Id);

        var outcome = HardeningHarness.Run(Fixtures.Files(("people.yaml", huge)).Select(Relocate));
        AssertNoCrash("20 MB", outcome);
        Assert.Contains("FG0024", outcome.Ids);

        var cli = AssertCliHandles("20 MB", Encoding.UTF8.GetBytes(huge));
        Assert.Contains(cli, d => d.Id == "FG0024" && d.File.EndsWith("people.yaml", StringComparison.Ordinal));
    }

    private static T OnSmallStack<T>(Func<T> work, int stackSize = 256 * 1024)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try { result = work(); }
            catch (Exception exception) { failure = exception; }
        }, stackSize);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromMinutes(2)), "hung");
        if (failure is not null) throw new InvalidOperationException("failed on the small stack", failure);
        return result;
    }

    /// <summary>The fixture files under this project's fake root, so every path is recognisable.</summary>
    private static AdditionalText Relocate(AdditionalText text) =>
        new InMemoryAdditionalText(text.Path.Replace(Fixtures.Root, HardeningHarness.Root, StringComparison.Ordinal), text.GetText()!.ToString());

    internal static void AssertNoCrash(string what, HardeningHarness.Outcome outcome)
    {
        Assert.True(outcome.Result.Exception is null, $"{what}: the generator threw {outcome.Result.Exception}");
        foreach (var d in outcome.GeneratorDiagnostics)
        {
            Assert.False(d.Id is "AD0001" or "CS8785" or "FG0034", $"{what}: {d}");
            var span = d.Location.GetLineSpan();
            Assert.True(span.Path.StartsWith(HardeningHarness.Root, StringComparison.Ordinal) && span.StartLinePosition.Line >= 0, $"{what}: {d.Id} is not located in a fact file: {d}");
        }
        Assert.True(outcome.CompileDiagnostics.IsEmpty, $"{what}: the generated code does not compile cleanly:\n{HardeningHarness.Describe(outcome.CompileDiagnostics)}");
    }

    /// <summary>The odd file as people.yaml among valid fixture files, through <c>factgen validate --format json</c>.</summary>
    internal static List<(string Id, string File, int Line)> AssertCliHandles(string what, byte[] bytes)
    {
        var directory = HardeningHarness.TemporaryDirectory("cli");
        try
        {
            foreach (var file in Fixtures.Files()) File.WriteAllText(Path.Combine(directory, Path.GetFileName(file.Path)), file.GetText()!.ToString());
            File.WriteAllBytes(Path.Combine(directory, "people.yaml"), bytes);
            var (exit, stdout, stderr) = HardeningHarness.Cli("validate", directory, "--format", "json");
            Assert.True(exit is 0 or 1, $"{what}: exit {exit}; stderr: {stderr}");
            Assert.True(stderr.Length == 0, $"{what}: stderr: {stderr}");
            using var report = JsonDocument.Parse(stdout);
            var diagnostics = report.RootElement.GetProperty("diagnostics").EnumerateArray()
                .Select(d => (Id: d.GetProperty("id").GetString()!, File: d.GetProperty("file").GetString()!, Line: d.GetProperty("line").GetInt32()))
                .ToList();
            foreach (var d in diagnostics)
            {
                Assert.True(d.Id != "FG0034", $"{what}: internal error in the CLI");
                Assert.True(d.Line >= 1 && d.File.EndsWith(".yaml", StringComparison.Ordinal), $"{what}: {d} is not located");
            }
            return diagnostics;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
