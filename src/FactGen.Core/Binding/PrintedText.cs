using System;
using System.Collections.Generic;
using System.Text;

namespace FactGen.Core.Binding;

/// <summary>
/// A paragraph as printed, and a quote found in it: the quote check compares normalized text
/// (<see cref="TextNormalizer"/>), and this maps its match back to the printed characters, so every
/// tool highlights what the check matched.
/// </summary>
public static class PrintedText
{
    /// <summary>A paragraph as <see cref="SourceDocument.SplitParagraphs"/> gives it, trimmed and in NFC.</summary>
    public static string Of(string paragraph) => paragraph.Trim().Normalize(NormalizationForm.FormC);

    /// <summary>The first match of the normalized quote in the normalized paragraph, as a range of <paramref name="printed"/>; null when none.</summary>
    public static (int Start, int Length)? Find(string printed, string quote) => new PrintedParagraph(printed).Find(quote);
}

/// <summary>
/// One printed paragraph with its normalized form and, for each normalized character, where it came
/// from: made once per paragraph and asked for every quote of it (the join keeps one per paragraph
/// cited, <see cref="SourceFiles"/>).
/// </summary>
public sealed class PrintedParagraph
{
    private readonly int[] _origin;

    public PrintedParagraph(string printed)
    {
        Printed = printed;
        var origin = new List<int>(printed.Length);
        Normalized = TextNormalizer.Normalize(printed, origin);
        _origin = origin.ToArray();
    }

    /// <summary>The paragraph as the article prints it (<see cref="PrintedText.Of"/>).</summary>
    public string Printed { get; }

    /// <summary>The paragraph as quotes are matched against it.</summary>
    public string Normalized { get; }

    /// <summary>The first match of the normalized quote, as a range of <see cref="Printed"/>; null when none.</summary>
    public (int Start, int Length)? Find(string quote)
    {
        var target = TextNormalizer.Normalize(quote);
        if (target.Length == 0) return null;
        var start = Normalized.IndexOf(target, StringComparison.Ordinal);
        if (start < 0) return null;
        var last = _origin[start + target.Length - 1];
        // A surrogate pair is two characters of the printed text; keep both inside the range.
        if (char.IsHighSurrogate(Printed[last]) && last + 1 < Printed.Length) last++;
        return (_origin[start], last + 1 - _origin[start]);
    }
}
