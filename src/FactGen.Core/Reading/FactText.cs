using System.Text;

namespace FactGen.Core.Reading;

/// <summary>
/// One decoding of a file's bytes for the build and the CLI (issue 26): the same bytes give the
/// same text, so the same diagnostics. FactGen reads what the C# compiler reads for an additional
/// file: UTF-8, with or without a byte order mark, and UTF-16 with a byte order mark (what Windows
/// PowerShell 5 writes by default). The compiler knows no other byte order mark (a UTF-32 file is
/// read as UTF-16, and its NULs are FG0001), and decodes bytes that are not UTF-8 with its fallback
/// (on .NET outside Windows, UTF-8 that puts U+FFFD in their place); this does the same, and the
/// reader refuses every U+FFFD (FG0065), so no byte is ever replaced silently.
/// </summary>
public static class FactText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding ReplacingUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The text of a file's bytes as the compiler decodes an additional file (Roslyn's
    /// <c>EncodedStringText.Create</c> and <c>SourceText.TryReadByteOrderMark</c>): a UTF-8 or UTF-16
    /// byte order mark chooses the encoding (bad bytes then become U+FFFD); without one, UTF-8, and
    /// if that fails, UTF-8 again with U+FFFD for each invalid sequence, unless the text then looks
    /// binary (two NULs in a row): the compiler gives no text for such a file (CS2015), and neither
    /// does this (null, FG0066).
    /// </summary>
    public static string? Decode(byte[] bytes)
    {
        var marked = ByteOrderMark(bytes, out var preamble);
        if (marked is not null) return marked.GetString(bytes, preamble, bytes.Length - preamble);
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            var text = ReplacingUtf8.GetString(bytes);
            return text.IndexOf("\0\0", System.StringComparison.Ordinal) >= 0 ? null : text;
        }
    }

    /// <summary>
    /// The text the compiler gave, as <see cref="Decode"/> would have made it. The compiler falls
    /// back to the system's code page for a file that is not UTF-8; on Windows that is Windows-1252,
    /// which would turn Latin-1 bytes into letters the CLI never sees: there the bytes are taken
    /// back from the text and decoded as FactGen decodes them.
    /// </summary>
    public static string? FromCompiler(string text, Encoding? encoding)
    {
        if (encoding is null || encoding.CodePage is 65001 or 1200 or 1201) return text;
        return Decode(encoding.GetBytes(text));
    }

    private static Encoding? ByteOrderMark(byte[] bytes, out int length)
    {
        length = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3
            : bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFF, 0xFE) or (0xFE, 0xFF) ? 2
            : 0;
        return length switch
        {
            3 => Encoding.UTF8,
            2 => bytes[0] == 0xFF ? Encoding.Unicode : Encoding.BigEndianUnicode,
            _ => null,
        };
    }
}
