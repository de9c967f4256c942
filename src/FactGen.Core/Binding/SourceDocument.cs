using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactGen.Core.Collections;

namespace FactGen.Core.Binding;

/// <summary>
/// An article split into paragraphs as ../shared/sources/README.md defines them: blocks separated
/// by blank lines; paragraph 0 is the headline. Paragraphs are stored normalized for matching, and
/// as printed (<see cref="Printed"/>) so a match can be shown where the reader sees it.
/// </summary>
/// <param name="Printed">Each paragraph as the article prints it: trimmed, NFC, its lines joined with '\n'.</param>
public sealed record SourceDocument(string FileName, EquatableArray<string> Paragraphs, EquatableArray<string> Printed = default)
{
    public static SourceDocument Parse(string fileName, string text)
    {
        var printed = SplitParagraphs(text).Select(PrintedText.Of).ToEquatableArray();
        return new(fileName, printed.Select(TextNormalizer.Normalize).ToEquatableArray(), printed);
    }

    /// <summary>
    /// Where the quote is in the printed paragraph, as <see cref="Contains"/> finds it (the first
    /// match after normalizing both sides); null when it is not there or the printed text was not kept.
    /// </summary>
    public (int Start, int Length)? Locate(int paragraph, string quote) =>
        paragraph >= 0 && paragraph < Printed.Count ? PrintedText.Find(Printed[paragraph], quote) : null;

    /// <summary>
    /// The paragraphs as printed, the headline first: blocks of lines separated by blank lines, each
    /// block's lines joined with '\n'. The one place the README's paragraph rule is applied; the
    /// CLI's report reads the printed text from here too.
    /// </summary>
    public static IReadOnlyList<string> SplitParagraphs(string text)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var rawLine in text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n'))
        {
            if (rawLine.Trim().Length == 0)
            {
                Flush();
                continue;
            }
            current.Add(rawLine);
        }
        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count == 0) return;
            paragraphs.Add(string.Join("\n", current));
            current.Clear();
        }
    }

    /// <summary>The highest body paragraph number (the headline is 0).</summary>
    public int LastParagraph => Paragraphs.Count - 1;

    public static string FileNameOf(string path) => System.IO.Path.GetFileName(path);

    public bool Contains(int paragraph, string quote) =>
        paragraph >= 0 && paragraph < Paragraphs.Count && TextNormalizer.Normalize(quote) is { Length: > 0 } normalized &&
        Paragraphs[paragraph].IndexOf(normalized, StringComparison.Ordinal) >= 0;

    /// <summary>The first paragraph other than <paramref name="except"/> that holds the quote, or -1.</summary>
    public int ParagraphHolding(string quote, int except)
    {
        for (var paragraph = 0; paragraph < Paragraphs.Count; paragraph++)
        {
            if (paragraph != except && Contains(paragraph, quote)) return paragraph;
        }
        return -1;
    }

    /// <summary>The passage of the paragraph closest to the quote, for "did you mean" on a miss; bounded work (<see cref="ClosestPassageSearch"/>).</summary>
    public string ClosestPassage(int paragraph, string quote, CancellationToken cancellation = default) =>
        ClosestPassageSearch.Find(Paragraphs[paragraph], quote, cancellation).Passage;
}
