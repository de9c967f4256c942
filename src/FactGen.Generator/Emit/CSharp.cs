using System.Globalization;
using System.Text;

namespace FactGen.Generator.Emit;

/// <summary>
/// Turns values into C# text that cannot break out of where it is put: string literals that keep
/// every character byte-exact, and XML doc text that shows hostile characters as visible escapes.
/// </summary>
internal static class CSharp
{
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (IsPlain(c)) builder.Append(c);
                    else builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        return builder.Append('"').ToString();
    }

    /// <summary>A number in generated code: invariant digits whatever the build's culture.</summary>
    public static string Literal(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Text for a <c>///</c> comment: XML-escaped, one line, every unusual character shown as \uXXXX.</summary>
    public static string DocText(string value)
    {
        var builder = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\n':
                case '\r':
                case '\t': builder.Append(' '); break;
                default:
                    if (IsPlain(c)) builder.Append(c);
                    else builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    break;
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// A character safe to write as itself: printable, not a line break to the compiler (U+0085,
    /// U+2028, U+2029), not a format or bidirectional control a reviewer could not see, not half
    /// of a surrogate pair (escaped halves keep a lone surrogate from making the file invalid).
    /// </summary>
    internal static bool IsPlain(char c)
    {
        if (c >= ' ' && c <= '~') return true;
        if (c < ' ' || c == '\u007F') return false;
        switch (CharUnicodeInfo.GetUnicodeCategory(c))
        {
            case UnicodeCategory.Control:
            case UnicodeCategory.Format:
            case UnicodeCategory.LineSeparator:
            case UnicodeCategory.ParagraphSeparator:
            case UnicodeCategory.Surrogate:
            case UnicodeCategory.PrivateUse:
            case UnicodeCategory.OtherNotAssigned:
            case UnicodeCategory.SpaceSeparator:
                return false;
            default:
                return true;
        }
    }
}
