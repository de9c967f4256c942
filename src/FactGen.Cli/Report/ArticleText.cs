using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactGen.Core.Binding;

namespace FactGen.Cli.Report;

/// <summary>
/// One paragraph of an article as printed (<see cref="Text"/>), with the matching form Core compares
/// quotes against (<see cref="Normalized"/>) and, for each normalized character, where it came from
/// in <see cref="Text"/>: a quote is found as Core finds it and highlighted where the reader sees it.
/// </summary>
internal sealed class ArticleParagraph
{
    private readonly int[] _origin;

    private ArticleParagraph(int number, string text, string normalized, int[] origin)
    {
        Number = number;
        Text = text;
        Normalized = normalized;
        _origin = origin;
        Sentences = SentenceSplitter.Split(text);
    }

    public int Number { get; }

    /// <summary>The paragraph as the article prints it (lines joined with '\n', NFC).</summary>
    public string Text { get; }

    /// <summary>The paragraph as <see cref="TextNormalizer"/> makes it: what quotes are matched against.</summary>
    public string Normalized { get; }

    /// <summary>The sentences as [start, end) ranges of <see cref="Text"/>, in order.</summary>
    public IReadOnlyList<TextRange> Sentences { get; }

    public static ArticleParagraph Create(int number, string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var origin = new List<int>(nfc.Length);
        var normalized = TextNormalizer.Normalize(nfc, origin);
        return new ArticleParagraph(number, nfc, normalized, origin.ToArray());
    }

    /// <summary>
    /// Where <paramref name="quote"/> is in <see cref="Text"/>: the first match after normalizing
    /// both sides, as Core's check takes it; null when it is not there (FG0018).
    /// </summary>
    public TextRange? Find(string quote)
    {
        var target = TextNormalizer.Normalize(quote);
        if (target.Length == 0) return null;
        var start = Normalized.IndexOf(target, StringComparison.Ordinal);
        if (start < 0) return null;
        var end = start + target.Length - 1;
        var last = _origin[end];
        // A surrogate pair is two characters of the original; keep both inside the range.
        if (char.IsHighSurrogate(Text[last]) && last + 1 < Text.Length) last++;
        return new TextRange(_origin[start], last + 1);
    }
}

/// <summary>Characters [Start, End) of a paragraph's text.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;
}

/// <summary>An article file split into paragraphs by Core's rule (<see cref="SourceDocument.SplitParagraphs"/>), kept as printed.</summary>
internal sealed record Article(string FileName, IReadOnlyList<ArticleParagraph> Paragraphs)
{
    public static Article Parse(string fileName, string text) =>
        new(fileName, SourceDocument.SplitParagraphs(text).Select((paragraph, number) => ArticleParagraph.Create(number, paragraph.Trim())).ToList());
}
