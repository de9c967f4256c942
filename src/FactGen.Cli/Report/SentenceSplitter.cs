using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace FactGen.Cli.Report;

/// <summary>
/// Splits a paragraph of news prose into sentences for the report's coverage (issue 27: the first
/// rule broke "Neil A. Armstrong" into two sentences, so coverage counted sentences that are not
/// there). A sentence ends at . ! or ? (and any closing quotes or brackets) before a space and a
/// capital, a digit or an opening quote, except after what news prose writes with a full stop in the
/// middle of a sentence:
/// <list type="bullet">
/// <item>an initial: one capital letter ("Neil A. Armstrong");</item>
/// <item>a capitals abbreviation with inner full stops ("U.S. officials", "the U.N. Security Council");
/// lowercase ones ("3 p.m. The talks") do end sentences, as they usually do;</item>
/// <item>a title before a name ("Sen. Schumer", "Dr. Lee", "Gen. Milley");</item>
/// <item>a word written before a number ("No. 2", "Vol. 3", "Sept. 11"), before a digit only, so
/// "No. The talks failed" still ends at "No.".</item>
/// </list>
/// </summary>
internal static class SentenceSplitter
{
    private static readonly Regex Candidate = new(@"(?<=[.!?][""'\u201D\u2019)\]]*)\s+(?=[""'\u201C\u2018(\[]?[\p{Lu}0-9])", RegexOptions.CultureInvariant);

    private static readonly Regex CapitalsAbbreviation = new(@"^(\p{Lu}\.)+$", RegexOptions.CultureInvariant);

    private static readonly HashSet<string> Titles = new(StringComparer.Ordinal)
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col", "Maj", "Capt", "Cmdr",
        "Adm", "Sgt", "Cpl", "Pvt", "Rev", "Hon", "Pres", "Amb", "Supt", "Insp", "St", "Mt", "Ft",
    };

    private static readonly HashSet<string> BeforeNumbers = new(StringComparer.Ordinal)
    {
        "No", "Nos", "Vol", "Art", "Fig", "pp", "p", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    };

    /// <summary>The sentences of <paramref name="text"/> as [start, end) ranges, in order, covering every word.</summary>
    public static List<TextRange> Split(string text)
    {
        var sentences = new List<TextRange>();
        var start = 0;
        foreach (Match gap in Candidate.Matches(text))
        {
            if (!EndsSentence(text, gap.Index, gap.Index + gap.Length)) continue;
            sentences.Add(new TextRange(start, gap.Index));
            start = gap.Index + gap.Length;
        }
        if (start < text.Length) sentences.Add(new TextRange(start, text.Length));
        return sentences;
    }

    /// <summary>Whether the punctuation before the white space at [<paramref name="gap"/>, <paramref name="next"/>) ends a sentence.</summary>
    private static bool EndsSentence(string text, int gap, int next)
    {
        var end = gap;
        while (end > 0 && text[end - 1] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']') end--;
        // A closing quote or bracket after the stop ("... U.S.\u201D He said") is a sentence's end whatever the word.
        if (end != gap || end == 0 || text[end - 1] != '.') return true;
        var wordStart = end - 1;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '[' or '"' or '\u201C' or '\u2018')) wordStart--;
        var word = text.Substring(wordStart, end - wordStart);
        var bare = word.Substring(0, word.Length - 1);
        if (CapitalsAbbreviation.IsMatch(word)) return false;
        if (Titles.Contains(bare)) return false;
        return !(BeforeNumbers.Contains(bare) && next < text.Length && char.IsDigit(text[next]));
    }
}
