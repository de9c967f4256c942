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
    public static (int Start, int Length)? Find(string printed, string quote)
    {
        var target = TextNormalizer.Normalize(quote);
        if (target.Length == 0) return null;
        var origin = new List<int>(printed.Length);
        var normalized = TextNormalizer.Normalize(printed, origin);
        var start = normalized.IndexOf(target, StringComparison.Ordinal);
        if (start < 0) return null;
        var last = origin[start + target.Length - 1];
        // A surrogate pair is two characters of the printed text; keep both inside the range.
        if (char.IsHighSurrogate(printed[last]) && last + 1 < printed.Length) last++;
        return (origin[start], last + 1 - origin[start]);
    }
}
