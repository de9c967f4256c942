using System.IO;
using System.Text;

namespace FactGen.Core.Reading;

/// <summary>
/// One decoding of a file's bytes for the build and the CLI (issue 26): the same bytes give the
/// same text, so the same diagnostics. FactGen reads what the C# compiler reads for its own source
/// and additional files: UTF-8, with or without a byte order mark, and, with a byte order mark,
/// UTF-16 (what Windows PowerShell 5 writes by default) or UTF-32. The compiler decodes bytes that are not
/// UTF-8 with its fallback (on .NET outside Windows, UTF-8 that puts U+FFFD in their place); this
/// does the same, and the reader refuses every U+FFFD (FG0070), so no byte is ever replaced silently.
/// </summary>
public static class FactText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UTF8Encoding ReplacingUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    /// <summary>
    /// The text of a file's bytes as the compiler decodes an additional file (Roslyn's
    /// <c>EncodedStringText.Create</c>): a byte order mark chooses the encoding; without one, UTF-8,
    /// and if that fails, UTF-8 again with U+FFFD for each invalid sequence, unless the text then
    /// looks binary (two NULs in a row): the compiler gives no text for such a file (CS2015), and
    /// neither does this (null, FG0071).
    /// </summary>
    public static string? Decode(byte[] bytes)
    {
        try
        {
            return Read(bytes, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            var text = Read(bytes, ReplacingUtf8);
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
        if (encoding is null || encoding.CodePage is 65001 or 1200 or 1201 or 12000 or 12001) return text;
        return Decode(encoding.GetBytes(text));
    }

    private static string Read(byte[] bytes, Encoding encoding)
    {
        using var reader = new StreamReader(new MemoryStream(bytes, writable: false), encoding, detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
