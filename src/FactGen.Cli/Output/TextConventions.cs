using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace FactGen.Cli.Output;

/// <summary>
/// How every command reads and writes text, in one place: strict UTF-8 in (a file that is not
/// UTF-8 is an error, not mojibake), UTF-8 without a byte order mark and LF line ends out, JSON
/// that stays readable, and counts in plain English.
/// </summary>
internal static class TextConventions
{
    /// <summary>For reading fact files, schemas and articles: invalid bytes throw instead of becoming U+FFFD.</summary>
    public static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>For every file a command writes.</summary>
    public static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// JSON for files and scripts, not HTML: quotes and non-ASCII text stay readable ('Bad_Id',
    /// not \u0027Bad_Id\u0027); control characters are still escaped.
    /// </summary>
    private static readonly JsonWriterOptions Json = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// One JSON document as text with LF line ends on every OS and every runtime, without a final
    /// line end. <c>JsonWriterOptions.NewLine</c> would say this, but it exists only from .NET 9
    /// and the tool also runs on .NET 8, where the writer ends lines with
    /// <see cref="System.Environment.NewLine"/>. A CR never appears raw inside a JSON string (the
    /// writer escapes it as <c>\r</c>), so every CR LF in the output is an indentation line end
    /// and turning them into LF changes nothing else: the bytes are the same on .NET 8 and 10.
    /// </summary>
    public static string JsonText(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Json)) write(json);
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n");
    }

    /// <summary><c>1 error</c>, <c>2 errors</c>: the nouns FactGen counts all take an s.</summary>
    public static string Count(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + noun + (count == 1 ? string.Empty : "s");
}
