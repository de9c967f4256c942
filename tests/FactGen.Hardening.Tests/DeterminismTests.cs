using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Hardening.Tests.Infrastructure;
using FactGen.Tests;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Hardening.Tests;

/// <summary>
/// The generated text is byte-identical whatever the culture of the thread that runs the
/// generator, the order the files come in, and their line ends and byte order marks.
/// </summary>
public class DeterminismTests
{
    private static readonly string[] Cultures = ["", "tr-TR", "de-DE", "ar-SA", "ja-JP"];

    /// <summary>Numbers, dates, signs, and ids with i and I, where culture-sensitive code differs.</summary>
    private const string NumbersSchema = SchemaPreamble.SourceKind + """
          Item:
            plural: Items
            description: Ítems with İ, ı, ß and 1,5.
            fields:
              name: { type: string, required: true, indexed: true }
              amount: { type: decimal, indexed: false }
              count: { type: int, indexed: true }
              day: { type: date }
              flag: { type: bool, indexed: true }
              mood: { type: enum, values: [istanbul, izmir, i-i, idle] }
              site: { type: url }
              notes: { type: text, list: true }
        """;

    private const string NumbersSources = SchemaPreamble.ArticleSource;

    private const string NumbersItems = """
        kind: Item
        facts:
          - id: istanbul
            name: "İstanbul ıi"
            amount: -1234567.891
            count: -2147483648
            day: 2024-02-29
            flag: true
            mood: istanbul
            site: https://example.com/İ?q=1,5
            notes:
              - |
                line one
                line two
              - >-
                folded
                text
            citations: [{ source: article, paragraph: 1, quote: "İ" }]
          - id: izmir-i
            name: "IZMIR"
            amount: 0.000001
            count: 2147483647
            day: 1999-12
            flag: false
            mood: i-i
            citations: [{ source: article, paragraph: 2, quote: "x" }]
          - id: idle
            name: idle
            amount: 1.50
            count: 0
            day: 0001
            mood: idle
            basis: inferred
            note: "Ünïcode ß"
            citations: [{ source: article, paragraph: 0, quote: "x" }]
          - id: broken
            name: broken
            amount: 1,5
            count: 1.0
            day: 2023-02-29
            citations: [{ source: article, paragraph: 3, quote: "x" }]
        """;

    public static IEnumerable<(string Name, string Text)> Corpus(string which) => which switch
    {
        "numbers" => [("schema.yaml", NumbersSchema), ("sources.yaml", NumbersSources), ("items.yaml", NumbersItems)],
        _ => Directory.EnumerateFiles(SharedFolder.FactsDirectory, "*.yaml").OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (Path.GetFileName(p), File.ReadAllText(p))).ToList(),
    };

    [Theory]
    [InlineData("numbers")]
    [InlineData("shipped")]
    public void The_output_is_the_same_in_every_culture(string which)
    {
        var files = Corpus(which).Select(f => HardeningHarness.File(f.Name, f.Text)).ToList();
        var baseline = OnThreadWithCulture("", () => Generate(files));
        Assert.True(baseline.Sources.Count > 3, string.Join("\n", baseline.Diagnostics));
        if (which == "numbers") Assert.Contains(baseline.Diagnostics, d => d.Contains("FG0009", StringComparison.Ordinal)); // messages are compared too

        foreach (var culture in Cultures.Skip(1))
        {
            var result = OnThreadWithCulture(culture, () => Generate(files));
            AssertSame(baseline, result, culture);
        }
    }

    [Theory]
    [InlineData("numbers")]
    [InlineData("shipped")]
    public void The_output_is_the_same_whatever_the_order_of_the_files(string which)
    {
        var files = Corpus(which).Select(f => HardeningHarness.File(f.Name, f.Text)).ToList();
        var baseline = Generate(files);
        Assert.True(baseline.Sources.Count > 3, string.Join("\n", baseline.Diagnostics));
        var random = new Random(1234);
        for (var i = 0; i < 6; i++)
        {
            var shuffled = files.OrderBy(_ => random.Next()).ToList();
            AssertSame(baseline, Generate(shuffled), "order " + string.Join(",", shuffled.Select(f => Path.GetFileName(f.Path))));
        }
        AssertSame(baseline, Generate(files.AsEnumerable().Reverse().ToList()), "reversed");
    }

    public static TheoryData<string, string> Encodings() => new()
    {
        { "numbers", "crlf" }, { "numbers", "cr" }, { "numbers", "bom bytes" }, { "numbers", "bom char" }, { "numbers", "crlf and bom bytes" }, { "numbers", "utf-8 bytes" },
        { "shipped", "crlf" }, { "shipped", "bom bytes" }, { "shipped", "bom char" }, { "shipped", "crlf and bom bytes" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void The_output_is_the_same_for_lf_crlf_and_bom_inputs(string which, string variant)
    {
        var corpus = Corpus(which).ToList();
        var baseline = Generate(corpus.Select(f => HardeningHarness.File(f.Name, f.Text)).ToList());
        Assert.True(baseline.Sources.Count > 3, string.Join("\n", baseline.Diagnostics));
        var changed = corpus.Select(f => Variant(f.Name, f.Text.Replace("\r\n", "\n"), variant)).ToList();

        var result = Generate(changed);
        Assert.Equal(baseline.Sources, result.Sources);
        // Diagnostics point at the same lines and columns (offsets move with CR and BOM, positions do not).
        Assert.Equal(baseline.Diagnostics, result.Diagnostics);
    }

    private static AdditionalText Variant(string name, string lf, string variant)
    {
        var path = HardeningHarness.Root + name;
        return variant switch
        {
            "crlf" => new InMemoryAdditionalText(path, lf.Replace("\n", "\r\n")),
            "cr" => new InMemoryAdditionalText(path, lf.Replace("\n", "\r")),
            "bom char" => new InMemoryAdditionalText(path, "\uFEFF" + lf),
            // As the compiler reads a file from disk: bytes, decoded with BOM detection.
            "bom bytes" => new BytesAdditionalText(path, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(lf)).ToArray()),
            "crlf and bom bytes" => new BytesAdditionalText(path, Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n"))).ToArray()),
            "utf-8 bytes" => new BytesAdditionalText(path, Encoding.UTF8.GetBytes(lf)),
            _ => throw new ArgumentOutOfRangeException(nameof(variant)),
        };
    }

    private sealed record Generated(SortedDictionary<string, string> Sources, List<string> Diagnostics);

    private static Generated Generate(IReadOnlyList<AdditionalText> files)
    {
        var outcome = HardeningHarness.Run(HardeningHarness.Driver(files), compile: false);
        Assert.Null(outcome.Result.Exception);
        var sources = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in outcome.Result.GeneratedSources) sources.Add(source.HintName, source.SourceText.ToString());
        var diagnostics = outcome.GeneratorDiagnostics
            .Select(d => $"{d.Location.GetLineSpan().Path}({d.Location.GetLineSpan().StartLinePosition}): {d.Id} {d.GetMessage(CultureInfo.InvariantCulture)}")
            .OrderBy(d => d, StringComparer.Ordinal)
            .ToList();
        return new Generated(sources, diagnostics);
    }

    private static void AssertSame(Generated expected, Generated actual, string what)
    {
        Assert.True(expected.Sources.Keys.SequenceEqual(actual.Sources.Keys), what + ": hint names differ");
        foreach (var (hint, text) in expected.Sources)
        {
            var other = actual.Sources[hint];
            if (text == other) continue;
            var at = Enumerable.Range(0, Math.Min(text.Length, other.Length)).FirstOrDefault(i => text[i] != other[i]);
            Assert.Fail($"{what}: {hint} differs at {at}: \"{Excerpt(text, at)}\" vs \"{Excerpt(other, at)}\"");
        }
        Assert.Equal(expected.Diagnostics, actual.Diagnostics);
    }

    private static string Excerpt(string text, int at) => HardeningHarness.Show(text.Substring(Math.Max(0, at - 40), Math.Min(80, text.Length - Math.Max(0, at - 40))));

    private static T OnThreadWithCulture<T>(string culture, Func<T> work)
    {
        T result = default!;
        Exception? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                result = work();
            }
            catch (Exception exception)
            {
                failure = exception;
            }
        });
        thread.Start();
        thread.Join();
        if (failure is not null) throw new InvalidOperationException("failed under culture '" + culture + "'", failure);
        return result;
    }

    /// <summary>A file as the compiler reads it: bytes, decoded with BOM detection.</summary>
    private sealed class BytesAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public BytesAdditionalText(string path, byte[] bytes)
        {
            Path = path;
            _text = SourceText.From(new MemoryStream(bytes), encoding: null, throwIfBinaryDetected: false);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
