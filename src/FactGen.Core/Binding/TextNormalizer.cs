using System.Collections.Generic;
using System.Text;

namespace FactGen.Core.Binding;

/// <summary>
/// The quote-matching normalization of ../shared/sources/README.md: NFC; curly quotes to straight;
/// en and em dashes to '-'; any run of white space to one space; trim. Case is kept.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text) => Fold(text.Normalize(NormalizationForm.FormC), origin: null);

    /// <summary>
    /// <see cref="Normalize"/> of text already in NFC, recording for each character of the result the
    /// index in <paramref name="nfc"/> it came from (a space: the first white-space character of its
    /// run), so a match in the normalized text can be shown where the reader sees it.
    /// </summary>
    public static string Normalize(string nfc, List<int> origin) => Fold(nfc, origin);

    private static string Fold(string nfc, List<int>? origin)
    {
        var builder = new StringBuilder(nfc.Length);
        var pendingSpace = -1;
        for (var i = 0; i < nfc.Length; i++)
        {
            var c = nfc[i];
            if (char.IsWhiteSpace(c))
            {
                if (builder.Length > 0 && pendingSpace < 0) pendingSpace = i;
                continue;
            }
            if (pendingSpace >= 0)
            {
                builder.Append(' ');
                origin?.Add(pendingSpace);
                pendingSpace = -1;
            }
            builder.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => c,
            });
            origin?.Add(i);
        }
        return builder.ToString();
    }
}
