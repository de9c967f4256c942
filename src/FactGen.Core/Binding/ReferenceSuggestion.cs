using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen.Core.Binding;

/// <summary>
/// The "did you mean" of an unknown id (FG0013, FG0016). A curator writes an id from the words of
/// the article, so besides a misspelt id it looks for a fact whose name or alias has every word of
/// the unknown id (issue 27: <c>edwin-aldrin</c> for the fact <c>buzz-aldrin</c> named
/// Edwin "Buzz" Aldrin got no suggestion, since its spelling is far from the id's).
/// </summary>
internal static class ReferenceSuggestion
{
    /// <summary>A fact that an unknown id may have meant: its id, and the names the articles use for it.</summary>
    public sealed record Candidate(string Id, IReadOnlyList<string> Names);

    /// <summary><c>"; did you mean 'x'?"</c>, or empty when nothing is close.</summary>
    public static string DidYouMean(string unknownId, IEnumerable<Candidate> candidates)
    {
        var list = candidates as IReadOnlyList<Candidate> ?? candidates.ToList();
        var suggestion = ByNames(unknownId, list) ?? Naming.Suggest(unknownId, list.Select(c => c.Id));
        return suggestion is null ? string.Empty : $"; did you mean '{suggestion}'?";
    }

    /// <summary>
    /// The fact one of whose names holds every word of <paramref name="unknownId"/>; of several, the
    /// one whose name has the fewest other words, then the first id in ordinal order.
    /// </summary>
    private static string? ByNames(string unknownId, IReadOnlyList<Candidate> candidates)
    {
        var wanted = Words(unknownId);
        if (wanted.Count == 0) return null;
        string? best = null;
        var fewestExtra = int.MaxValue;
        foreach (var candidate in candidates)
        {
            foreach (var name in candidate.Names)
            {
                var words = Words(name);
                if (!wanted.All(words.Contains)) continue;
                var extra = words.Count - wanted.Count;
                if (extra < fewestExtra || (extra == fewestExtra && string.CompareOrdinal(candidate.Id, best) < 0))
                {
                    best = candidate.Id;
                    fewestExtra = extra;
                }
            }
        }
        return best;
    }

    /// <summary>The lowercase words of a name or an id: runs of letters and digits ("Edwin \"Buzz\" Aldrin" is edwin, buzz, aldrin).</summary>
    private static HashSet<string> Words(string text)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            words.Add(text.Substring(start, i - start).ToLowerInvariant());
            start = -1;
        }
        return words;
    }
}
