using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace FactGen.Hardening.Tests.Properties;

/// <summary>
/// Generators of text that tries to break out of where it is put: quotes, backslashes, every kind
/// of line break, NUL and C0/C1 controls, bidi controls, comment and XML terminators,
/// preprocessor lines, braces, characters outside the BMP, and very long runs. No unpaired
/// surrogates: those are refused with a diagnostic (see the surrogate property).
/// </summary>
public static class HostileText
{
    /// <summary>Pieces chosen because each means something to C#, XML docs, YAML or a reader's eye.</summary>
    public static readonly string[] Pieces =
    [
        "\"", "\\", "\\\\", "\\\"", "\n", "\r\n", "\r", "\n\r", "\u0085", "\u2028", "\u2029", "\0", "\t", "\v", "\f", "\b", "\a",
        "\u001b", "\u007f", "\u0080", "\u009f", "\u00a0", "\u00ad",
        "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c",
        "\u200b", "\u200d", "\u2060", "\ufeff", "\ufffe", "\uffff", "\ufffd", "\ue000", "\u0378",
        "*/", "/*", "//", "///", "-->", "<!--", "</summary>", "<summary>", "</c>", "<see cref=\"System.Object\"/>", "<", ">", "&", "&amp;", "&lt;", "&#x0;", "<![CDATA[", "]]>",
        "#if", "#endif", "#error", "#region", "#pragma warning disable", "\n#if DEBUG\n", "\r\n#error x\r\n", "\u2028#error x\u2028",
        "{", "}", "{0}", "{{", "}}", "\"\"\"", "@\"", "$\"", "$$\"\"\"", "u8", "'", "`", "\\u0041", "\\U0001F600", "\\n", "\\x41", "\\0",
        "#", " # ", ": ", "- ", "? ", "&a", "*a", "!tag", "!!str", "%", "@", "---", "...", "~", "null", "true", "010", "1e3",
        "\U0001F600", "\U0001D11E", "\U0010FFFF", "é", "e\u0301", "A\u030A", "中文", "ﬀ", "İ", "ı", "ß", "\u212A", "\u0300",
        " ", "  ", "\u3000", "\u2003",
    ];

    private static readonly Gen<string> Piece = Gen.Elements(Pieces);

    private static readonly Gen<string> Ascii = Gen.Choose(0x20, 0x7E).Select(c => ((char)c).ToString());

    private static readonly Gen<string> Control = Gen.OneOf(Gen.Choose(0x00, 0x1F), Gen.Choose(0x7F, 0x9F)).Select(c => ((char)c).ToString());

    /// <summary>Any BMP character that is not half of a surrogate pair.</summary>
    private static readonly Gen<string> Bmp = Gen.Choose(0, 0xFFFF - 0x800).Select(c => ((char)(c < 0xD800 ? c : c + 0x800)).ToString());

    private static readonly Gen<string> Astral = Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32);

    private static readonly Gen<string> Fragment = Gen.Frequency(
        (6, Piece),
        (6, Ascii),
        (2, Control),
        (2, Bmp),
        (1, Astral));

    /// <summary>A run of fragments, short or long, now and then one repeated into a very long string.
    /// Lengths are chosen here, not by FsCheck's size, which shrinks as it is shared out over lists.</summary>
    public static readonly Gen<string> String = Gen.Frequency(
        (30, Gen.Choose(0, 6).SelectMany(n => Fragment.ArrayOf(n)).Select(string.Concat)),
        (20, Gen.Choose(6, 80).SelectMany(n => Fragment.ArrayOf(n)).Select(string.Concat)),
        (1, Gen.Zip(Gen.Choose(1, 6).SelectMany(n => Fragment.ArrayOf(n)).Select(parts => string.Concat(parts) + "x"), Gen.Choose(2_000, 40_000))
            .Select(t => string.Concat(Enumerable.Repeat(t.Item1, t.Item2 / t.Item1.Length + 1)))));

    /// <summary>Many strings batched into one corpus (one compilation), and a seed for how each is written in YAML.</summary>
    public static readonly Gen<Corpus> Corpora =
        from count in Gen.Choose(1, 30)
        from values in String.ArrayOf(count)
        from descriptions in String.ArrayOf(8)
        from style in Gen.Choose(0, int.MaxValue)
        select new Corpus(values, descriptions, style);

    public static Arbitrary<Corpus> Arbitrary => Arb.From(Corpora, Shrink);

    /// <summary>Smaller corpora: one string fewer, a string halved, the descriptions cleared.</summary>
    private static IEnumerable<Corpus> Shrink(Corpus corpus)
    {
        if (corpus.Descriptions.Any(d => d.Length > 0)) yield return corpus with { Descriptions = corpus.Descriptions.Select(_ => "d").ToArray() };
        for (var i = 0; i < corpus.Values.Length && corpus.Values.Length > 1; i++)
        {
            yield return corpus with { Values = corpus.Values.Where((_, j) => j != i).ToArray() };
        }
        for (var i = 0; i < corpus.Values.Length; i++)
        {
            var value = corpus.Values[i];
            if (value.Length < 2) continue;
            var half = value.Length / 2;
            if (char.IsLowSurrogate(value[half])) half++;
            foreach (var part in new[] { value.Substring(0, half), value.Substring(half) })
            {
                var values = corpus.Values.ToArray();
                values[i] = part;
                yield return corpus with { Values = values };
            }
        }
    }

    /// <summary>The strings of one generated corpus. Shown with escapes, so a failure prints readably.</summary>
    public sealed record Corpus(string[] Values, string[] Descriptions, int Style)
    {
        public override string ToString() =>
            $"Corpus(style {Style}; values [{string.Join(", ", Values.Select(v => "\"" + Infrastructure.HardeningHarness.Show(v) + "\""))}]; " +
            $"descriptions [{string.Join(", ", Descriptions.Select(v => "\"" + Infrastructure.HardeningHarness.Show(v) + "\""))}])";
    }

    /// <summary>
    /// The value as a YAML scalar that reads back exactly: double-quoted with escapes (named,
    /// \x, \u or \U, chosen by <paramref name="style"/>), or raw where YAML allows the
    /// character; single-quoted when every character may stand as itself.
    /// </summary>
    public static string Yaml(string value, Random style, bool allowSingleQuotes = true)
    {
        if (allowSingleQuotes && style.Next(4) == 0 && value.All(c => c is >= ' ' and <= '~' || IsRawSafe(c) || char.IsSurrogate(c)) && HasOnlyPairs(value))
        {
            return "'" + value.Replace("'", "''") + "'";
        }
        var builder = new StringBuilder(value.Length + 2).Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                if (style.Next(2) == 0) builder.Append(c).Append(value[i + 1]);
                else builder.Append("\\U").Append(char.ConvertToUtf32(c, value[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
                i++;
                continue;
            }
            if (c == '"') builder.Append("\\\"");
            else if (c == '\\') builder.Append("\\\\");
            else if (c is >= ' ' and <= '~' && !(c == ' ' && style.Next(8) == 0) && !(c == '/' && style.Next(4) == 0)) builder.Append(c);
            else if (c == '\t' && style.Next(2) == 0) builder.Append(c);
            else if (IsRawSafe(c) && style.Next(2) == 0) builder.Append(c);
            else builder.Append(Escape(c, style));
        }
        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Characters YAML lets a quoted scalar hold as themselves and no reader takes for a line break.
    /// Not U+FFFD: raw, it cannot be told from a byte the decoder replaced (FG0065); escaped, it is kept.
    /// </summary>
    private static bool IsRawSafe(char c) =>
        (c is >= '\u00A0' and <= '\uD7FF' or >= '\uE000' and <= '\uFFFC') && c is not ('\u2028' or '\u2029' or '\uFEFF');

    private static bool HasOnlyPairs(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(value[i])) return false;
        }
        return true;
    }

    private static string Escape(char c, Random style)
    {
        var named = c switch
        {
            '\0' => "\\0", '\a' => "\\a", '\b' => "\\b", '\t' => "\\t", '\n' => "\\n", '\v' => "\\v", '\f' => "\\f", '\r' => "\\r",
            '\u001b' => "\\e", ' ' => "\\ ", '/' => "\\/", '\u0085' => "\\N", '\u00A0' => "\\_", '\u2028' => "\\L", '\u2029' => "\\P",
            _ => null,
        };
        var code = (int)c;
        return style.Next(3) switch
        {
            0 when named is not null => named,
            1 when code <= 0xFF => "\\x" + code.ToString("X2", CultureInfo.InvariantCulture),
            _ => (style.Next(2) == 0 ? "\\u" + code.ToString("X4", CultureInfo.InvariantCulture) : "\\u" + code.ToString("x4", CultureInfo.InvariantCulture)),
        };
    }
}
