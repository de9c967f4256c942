using System;
using System.Threading;

namespace FactGen.Core.Binding;

/// <summary>
/// The "did you mean" of FG0018: the run of words in a paragraph closest to a quote that is not
/// there. An edit distance per window of the paragraph costs the product of the lengths, so a 72 KB
/// quote against a 72 KB paragraph took the build 216 s (issue 26). The work is bounded three ways:
/// the quote is cut to <see cref="MaxQuoteLength"/> characters for the search and each window to
/// <see cref="MaxWindowLength"/> (the hint shows a passage of about that length anyway); each distance is banded by the best found so far and
/// stops as soon as it cannot beat it; and the whole search stops after <see cref="MaxCells"/>
/// cells (characters joined or compared), keeping the best passage found. Cancellable per window.
/// </summary>
public static class ClosestPassageSearch
{
    /// <summary>The quote's length, in normalized characters, that the search compares.</summary>
    public const int MaxQuoteLength = 300;

    /// <summary>
    /// A window's length, in characters, that the search compares and the hint shows: a window
    /// longer than twice the quote is far from it anyway (a 72 KB word, say).
    /// </summary>
    public const int MaxWindowLength = 2 * MaxQuoteLength;

    /// <summary>The work budget of one search: distance cells plus characters of the windows built.</summary>
    public const long MaxCells = 20_000_000;

    /// <summary>What a search found, and how much work it did (for the tests that bound it).</summary>
    public readonly record struct Result(string Passage, long Cells);

    /// <param name="paragraph">The paragraph, normalized (<see cref="TextNormalizer"/>).</param>
    /// <param name="quote">The quote as written; normalized here.</param>
    public static Result Find(string paragraph, string quote, CancellationToken cancellation = default)
    {
        var target = Cut(TextNormalizer.Normalize(quote), MaxQuoteLength);
        var words = paragraph.Split(' ');
        var length = Math.Max(1, Math.Min(words.Length, target.Split(' ').Length));
        var best = string.Empty;
        var bestDistance = int.MaxValue;
        long cells = 0;
        for (var start = 0; start + length <= words.Length && cells < MaxCells && bestDistance > 0; start++)
        {
            cancellation.ThrowIfCancellationRequested();
            var window = Cut(string.Join(" ", words, start, length), MaxWindowLength);
            cells += window.Length;
            var distance = BandedDistance(target, window, bestDistance - 1, ref cells);
            if (distance < bestDistance)
            {
                best = window;
                bestDistance = distance;
            }
        }
        return new Result(best, cells);
    }

    /// <summary>The first <paramref name="max"/> characters, ended at a word when there is one.</summary>
    private static string Cut(string text, int max)
    {
        if (text.Length <= max) return text;
        var space = text.LastIndexOf(' ', max);
        return text.Substring(0, space > 0 ? space : max);
    }

    /// <summary>
    /// The case-insensitive edit distance of <paramref name="a"/> and <paramref name="b"/> when it is
    /// at most <paramref name="limit"/>, else <see cref="int.MaxValue"/>. Only cells within
    /// <paramref name="limit"/> of the diagonal can hold such a distance (Ukkonen's band), and a row
    /// whose every cell is over the limit ends the search.
    /// </summary>
    public static int BandedDistance(string a, string b, int limit, ref long cells)
    {
        if (limit < 0 || Math.Abs(a.Length - b.Length) > limit) return int.MaxValue;
        const int Over = int.MaxValue / 2;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j <= limit ? j : Over;
        for (var i = 1; i <= a.Length; i++)
        {
            var from = (int)Math.Max(1, (long)i - limit);
            var to = (int)Math.Min(b.Length, (long)i + limit);
            current[from - 1] = from - 1 == 0 && i <= limit ? i : Over;
            var rowMinimum = current[from - 1];
            for (var j = from; j <= to; j++)
            {
                var cost = char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1;
                var value = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                current[j] = value;
                if (value < rowMinimum) rowMinimum = value;
            }
            if (to < b.Length) current[to + 1] = Over;
            cells += to - from + 1;
            if (rowMinimum > limit) return int.MaxValue;
            (previous, current) = (current, previous);
        }
        return previous[b.Length] <= limit ? previous[b.Length] : int.MaxValue;
    }
}
