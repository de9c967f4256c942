using System;
using System.Linq;
using System.Text;
using System.Threading;
using FactGen.Core.Binding;
using FactGen.Core.Reading;
using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Hardening.Tests;

/// <summary>
/// The closest-passage search of FG0018 (issue 26): a 72 KB quote that misses a 72 KB paragraph
/// took the build 216 s. The work is asserted by count, not by a clock: the cells the search
/// visits stay under its budget whatever the shape, and a generous cancellation guards the
/// end-to-end bind so a regression fails instead of hanging.
/// </summary>
public sealed class BoundedWorkTests
{
    private const int Size = 72 * 1024;

    /// <summary>The most a search may do: its budget, plus the one window that crosses it.</summary>
    private const long MostCells = ClosestPassageSearch.MaxCells + (ClosestPassageSearch.MaxQuoteLength + 1L) * ClosestPassageSearch.MaxWindowLength + ClosestPassageSearch.MaxWindowLength;

    /// <summary>Random lowercase words of 1 to 9 letters, <paramref name="length"/> characters in all.</summary>
    private static string Words(int seed, int length, int maxWord = 9)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(length + 10);
        while (builder.Length < length)
        {
            if (builder.Length > 0) builder.Append(' ');
            var word = random.Next(1, maxWord + 1);
            for (var i = 0; i < word; i++) builder.Append((char)('a' + random.Next(26)));
        }
        return builder.ToString(0, length).TrimEnd();
    }

    public static TheoryData<string, string, string> Shapes() => new()
    {
        { "72 KB of words against 72 KB of other words", Words(1, Size), Words(2, Size) },
        { "one-letter words against one-letter words", string.Join(" ", Enumerable.Repeat("a", Size / 2)), string.Join(" ", Enumerable.Repeat("b", Size / 2)) },
        { "one 72 KB word against another", new string('a', Size), new string('b', Size) },
        { "short words against one long word", Words(3, Size, maxWord: 2), new string('x', Size) },
        { "a long quote of many words against a near copy", Words(4, Size), Words(4, Size).Replace('e', 'f') },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_closest_passage_search_does_bounded_work_whatever_the_lengths(string shape, string paragraph, string quote)
    {
        var result = ClosestPassageSearch.Find(TextNormalizer.Normalize(paragraph), quote);

        Assert.True(result.Cells <= MostCells, $"{shape}: {result.Cells:N0} cells, over the bound {MostCells:N0}");
        Assert.True(result.Passage.Length is > 0 and <= ClosestPassageSearch.MaxWindowLength, $"{shape}: a passage of {result.Passage.Length} characters");
    }

    [Fact]
    public void A_near_miss_in_a_long_paragraph_still_finds_the_passage_it_misses()
    {
        var paragraph = Words(5, 20_000) + " the minister met the mayor of paris " + Words(6, 20_000);

        var result = ClosestPassageSearch.Find(paragraph, "the minister met the mayr of paris");

        Assert.Equal("the minister met the mayor of paris", result.Passage);
    }

    [Theory]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("Flaw", "lawn", 2)]
    [InlineData("", "abc", 3)]
    [InlineData("abc", "ABC", 0)]
    public void The_banded_distance_is_the_edit_distance_within_its_limit_and_none_beyond(string a, string b, int distance)
    {
        long cells = 0;

        Assert.Equal(distance, ClosestPassageSearch.BandedDistance(a, b, distance, ref cells));
        Assert.Equal(distance, ClosestPassageSearch.BandedDistance(a, b, int.MaxValue - 1, ref cells));
        Assert.Equal(int.MaxValue, ClosestPassageSearch.BandedDistance(a, b, distance - 1, ref cells));
    }

    [Fact]
    public void The_banded_distance_agrees_with_the_full_edit_distance_on_random_strings()
    {
        var random = new Random(26);
        for (var run = 0; run < 2_000; run++)
        {
            var a = new string(Enumerable.Range(0, random.Next(0, 14)).Select(_ => "abcAB "[random.Next(6)]).ToArray());
            var b = new string(Enumerable.Range(0, random.Next(0, 14)).Select(_ => "abcAB "[random.Next(6)]).ToArray());
            var limit = random.Next(0, 16);
            long cells = 0;
            var full = FactGen.Core.Naming.EditDistance(a, b);

            Assert.Equal(full <= limit ? full : int.MaxValue, ClosestPassageSearch.BandedDistance(a, b, limit, ref cells));
        }
    }

    [Fact]
    public void The_search_stops_when_cancelled()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ClosestPassageSearch.Find(Words(7, Size), Words(8, Size), cancelled.Token));
    }

    [Fact]
    public void A_72_KB_quote_that_misses_a_72_KB_paragraph_is_one_FG0018_with_a_short_passage()
    {
        var paragraph = Words(9, Size);
        var quote = Words(10, Size);
        var people = $"kind: Person\nfacts:\n  - id: ada\n    name: Ada\n    citations: [{{ source: article, paragraph: 1, quote: \"{quote}\" }}]\n";
        var files = new[] { ("sources.yaml", Fixtures.Sources), ("people.yaml", people) }
            .Select(f => ParsedFile.Read("facts/" + f.Item1, f.Item2, ReadLimits.Default))
            .ToList();
        var schema = FactGen.Core.Binding.Corpus.LoadSchema([ParsedFile.Read("facts/schema.yaml", Fixtures.Schema, ReadLimits.Default)]);
        var article = SourceDocument.Parse("article.txt", "Headline\n\n" + paragraph);
        // Not a timing: a guard, so that unbounded work fails the test instead of hanging the run.
        using var guard = new CancellationTokenSource(TimeSpan.FromMinutes(2));

        var bound = FactGen.Core.Binding.Corpus.Bind(schema, files, [article], ReadLimits.Default, guard.Token);

        var found = Assert.Single(bound.Diagnostics, d => d.Id == "FG0018");
        Assert.True(found.Message.Length < 2 * ClosestPassageSearch.MaxWindowLength, found.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }
}
