using System.Text;

namespace FactGen.Core.Binding;

/// <summary>
/// The quote-matching normalization of ../shared/sources/README.md: NFC; curly quotes to straight;
/// en and em dashes to '-'; any run of white space to one space; trim. Case is kept.
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        var nfc = text.Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(nfc.Length);
        var pendingSpace = false;
        foreach (var c in nfc)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c switch
            {
                '\u2018' or '\u2019' => '\'',
                '\u201C' or '\u201D' => '"',
                '\u2013' or '\u2014' => '-',
                _ => c,
            });
        }
        return builder.ToString();
    }
}
