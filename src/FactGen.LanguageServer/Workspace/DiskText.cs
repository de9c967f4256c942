using System.IO;
using System.Text;

namespace FactGen.LanguageServer.Workspace;

/// <summary>
/// A fact file's text from disk, decoded as the CLI decodes it: strict UTF-8, a BOM skipped. Null
/// when it cannot be read or decoded: <see cref="Core.Reading.ParsedFile.Read"/> then reports that
/// the file could not be read, at its start.
/// </summary>
internal static class DiskText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string? Read(string path)
    {
        try
        {
            var bytes = File.ReadAllBytes(path);
            var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
            return Strict.GetString(bytes, start, bytes.Length - start);
        }
        catch (System.Exception exception) when (exception is IOException or System.UnauthorizedAccessException or DecoderFallbackException)
        {
            return null;
        }
    }
}
