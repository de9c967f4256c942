using System.Globalization;
using System.Text;

namespace FactGen.Cli.Report;

/// <summary>
/// Every piece of fact or article text goes into the page through here. Markup characters become
/// entities (in text and in attributes alike, so one function serves both), and characters that
/// could change how the page reads without being seen are shown as <c>[U+202E]</c>: bidi
/// overrides and isolates, other control characters, and lone surrogates (which are not UTF-8).
/// </summary>
internal static class HtmlText
{
    public static StringBuilder AppendEscaped(this StringBuilder output, string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '&': output.Append("&amp;"); break;
                case '<': output.Append("&lt;"); break;
                case '>': output.Append("&gt;"); break;
                case '"': output.Append("&quot;"); break;
                case '\'': output.Append("&#39;"); break;
                case '\n' or '\t': output.Append(c); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                    {
                        output.Append(c).Append(text[++i]);
                    }
                    else if (IsHidden(c))
                    {
                        output.Append("[U+").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)).Append(']');
                    }
                    else
                    {
                        output.Append(c);
                    }
                    break;
            }
        }
        return output;
    }

    public static string Escape(string text) => new StringBuilder(text.Length + 16).AppendEscaped(text).ToString();

    /// <summary>Controls, bidi formatting characters, and surrogates not in a pair (checked by the caller).</summary>
    public static bool IsHidden(char c) =>
        char.IsControl(c)
        || c is '\u061C' or '\u200E' or '\u200F' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069')
        || char.IsSurrogate(c);

    /// <summary>Only http and https links are made links; anything else (javascript:, data:) stays text.</summary>
    public static bool IsSafeUrl(string url) =>
        (url.StartsWith("https://", System.StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", System.StringComparison.OrdinalIgnoreCase))
        && !HasHidden(url);

    private static bool HasHidden(string text)
    {
        foreach (var c in text)
        {
            if (IsHidden(c) || char.IsWhiteSpace(c)) return true;
        }
        return false;
    }
}
