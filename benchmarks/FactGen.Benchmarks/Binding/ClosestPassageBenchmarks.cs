using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using BenchmarkDotNet.Attributes;
using FactGen.Core.Binding;

namespace FactGen.Benchmarks.Binding;

/// <summary>
/// The closest-passage search of FG0018 on the shapes of issue 26, where the unbounded search took
/// the build 216 s (a 72 KB quote missing a 72 KB paragraph) and worse shapes grew as the product
/// of the lengths. Each is one search, as the citation check makes it for one quote.
/// </summary>
[MemoryDiagnoser]
public class ClosestPassageBenchmarks
{
    private const int Size = 72 * 1024;

    public static IEnumerable<string> ShapeNames => Shapes.Keys;

    private static readonly Dictionary<string, (string Paragraph, string Quote)> Shapes = new()
    {
        ["72 KB words vs 72 KB words"] = (Words(1, Size), Words(2, Size)),
        ["one-letter words, 72 KB each"] = (string.Join(" ", Enumerable.Repeat("a", Size / 2)), string.Join(" ", Enumerable.Repeat("b", Size / 2))),
        ["one 72 KB word vs another"] = (new string('a', Size), new string('b', Size)),
        ["a near miss in 40 KB"] = (Words(5, 20_000) + " the minister met the mayor of paris " + Words(6, 20_000), "the minister met the mayr of paris"),
    };

    [ParamsSource(nameof(ShapeNames))]
    public string Shape { get; set; } = "";

    private string _paragraph = "";
    private string _quote = "";

    [GlobalSetup]
    public void Setup() => (_paragraph, _quote) = (TextNormalizer.Normalize(Shapes[Shape].Paragraph), Shapes[Shape].Quote);

    [Benchmark(Description = "closest passage")]
    public string Search() => ClosestPassageSearch.Find(_paragraph, _quote).Passage;

    private static string Words(int seed, int length)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(length + 10);
        while (builder.Length < length)
        {
            if (builder.Length > 0) builder.Append(' ');
            var word = random.Next(1, 10);
            for (var i = 0; i < word; i++) builder.Append((char)('a' + random.Next(26)));
        }
        return builder.ToString(0, length).TrimEnd();
    }
}
