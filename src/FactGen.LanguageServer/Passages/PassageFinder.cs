using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core;
using FactGen.Core.Binding;

namespace FactGen.LanguageServer.Passages;

/// <summary>A passage found in an article: the source fact that names it, the paragraph, and the quote to write.</summary>
public sealed record Passage(string SourceId, Article Article, int Paragraph, string Quote);

/// <summary>
/// Finds the paragraphs that hold some words, with the normalization of the quote check
/// (<see cref="TextNormalizer"/>, case kept), for <c>factgen cite</c> and the server's fixes.
/// </summary>
public static class PassageFinder
{
    /// <summary>Every paragraph that holds the words exactly as the quote check would find them.</summary>
    public static List<Passage> Find(IEnumerable<(string SourceId, Article Article)> articles, string words)
    {
        var needle = TextNormalizer.Normalize(words);
        var found = new List<Passage>();
        if (needle.Length == 0) return found;
        foreach (var (sourceId, article) in articles)
        {
            for (var paragraph = 0; paragraph < article.Document.Paragraphs.Count; paragraph++)
            {
                if (article.Document.Contains(paragraph, needle)) found.Add(new Passage(sourceId, article, paragraph, needle));
            }
        }
        return found;
    }

    /// <summary>
    /// Near misses, best first: paragraphs that hold the words in another case, then each
    /// paragraph's closest passage by edit distance (the one <c>validate</c> suggests for a misquote).
    /// </summary>
    public static List<Passage> Candidates(IEnumerable<(string SourceId, Article Article)> articles, string words, int count = 5)
    {
        var needle = TextNormalizer.Normalize(words);
        var scored = new List<(int Score, Passage Passage)>();
        if (needle.Length == 0) return new List<Passage>();
        foreach (var (sourceId, article) in articles)
        {
            var paragraphs = article.Document.Paragraphs;
            for (var paragraph = 0; paragraph < paragraphs.Count; paragraph++)
            {
                var at = paragraphs[paragraph].IndexOf(needle, StringComparison.OrdinalIgnoreCase);
                if (at >= 0)
                {
                    scored.Add((0, new Passage(sourceId, article, paragraph, paragraphs[paragraph].Substring(at, needle.Length))));
                    continue;
                }
                var closest = article.Document.ClosestPassage(paragraph, needle);
                if (closest.Length > 0) scored.Add((1 + Naming.EditDistance(needle, closest), new Passage(sourceId, article, paragraph, closest)));
            }
        }
        return scored.OrderBy(s => s.Score).ThenBy(s => s.Passage.SourceId, StringComparer.Ordinal).ThenBy(s => s.Passage.Paragraph)
            .Take(count).Select(s => s.Passage).ToList();
    }

    /// <summary>Whether a normalized name occurs in a paragraph as whole words, as the grounding check looks for it.</summary>
    public static int WholeWordsAt(string paragraph, string name)
    {
        if (name.Length == 0) return -1;
        for (var at = paragraph.IndexOf(name, StringComparison.Ordinal); at >= 0; at = paragraph.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var end = at + name.Length;
            if ((at == 0 || !char.IsLetterOrDigit(paragraph[at - 1])) && (end == paragraph.Length || !char.IsLetterOrDigit(paragraph[end]))) return at;
        }
        return -1;
    }

    /// <summary>The words around a match, a few on each side, as a quote that holds the match.</summary>
    public static string Around(string paragraph, int at, int length, int wordsEachSide = 3)
    {
        var start = at;
        for (var words = 0; start > 0 && words <= wordsEachSide; start--)
        {
            if (paragraph[start - 1] == ' ' && ++words > wordsEachSide) break;
        }
        var end = at + length;
        for (var words = 0; end < paragraph.Length && words <= wordsEachSide; end++)
        {
            if (paragraph[end] == ' ' && ++words > wordsEachSide) break;
        }
        return paragraph.Substring(start, end - start).Trim();
    }

    /// <summary>A YAML double-quoted scalar holding the text.</summary>
    public static string YamlQuoted(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}
