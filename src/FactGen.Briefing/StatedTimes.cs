using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Facts;

namespace FactGen.Briefing;

/// <summary>
/// A time as each article states it. The schema has one <c>when</c> per fact for now, and where the
/// two articles put it differently the curators wrote both, marked with the first digits of each
/// article's file: <c>next week (000) / this week (003), starting Wednesday</c>. This reads that
/// form back into one wording per article (and the words they share), so the briefing can say
/// which article says what. Per-source values in the schema (another issue) will replace it.
/// </summary>
internal static class StatedTimes
{
    private static readonly Regex Wording = new(@"\s*(?<words>[^/()]+?)\s*\((?<file>\d{3})\)\s*/?", RegexOptions.CultureInvariant);

    /// <summary>One article's wording of the time.</summary>
    public sealed record ArticleWording(Source Source, string Words);

    /// <summary>
    /// The wordings per article and the words after them that both share (", starting Wednesday");
    /// null when <paramref name="when"/> is not in the marked form, or names an article not in the corpus.
    /// </summary>
    public static (IReadOnlyList<ArticleWording> Wordings, string Shared)? Split(string when)
    {
        var matches = Wording.Matches(when);
        if (matches.Count < 2 || matches[0].Index != 0) return null;
        var wordings = new List<ArticleWording>();
        var end = 0;
        foreach (Match match in matches)
        {
            if (match.Index != end) return null;
            var file = match.Groups["file"].Value + "_";
            var source = Sources.All.FirstOrDefault(s => s.File.StartsWith(file, StringComparison.Ordinal));
            if (source is null) return null;
            wordings.Add(new ArticleWording(source, match.Groups["words"].Value));
            end = match.Index + match.Length;
        }
        return (wordings, when.Substring(end).Trim());
    }
}
