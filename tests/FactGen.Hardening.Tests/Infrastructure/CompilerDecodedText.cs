using System.IO;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Hardening.Tests.Infrastructure;

/// <summary>
/// An additional file given as bytes and decoded as the C# compiler decodes one from disk
/// (Roslyn's <c>EncodedStringText.Create</c> outside Windows): strict UTF-8 with byte order mark
/// detection; on invalid bytes, UTF-8 that puts U+FFFD in their place, and no text at all when
/// that text looks binary (two NULs in a row: the compiler's CS2015). From the bytes, as the
/// compiler reads a file: only UTF-8 and UTF-16 byte order marks are known (a real build reads a
/// UTF-32 file as UTF-16). RealBuildDecodingTests checks the same bytes through a real <c>dotnet build</c>.
/// </summary>
public sealed class CompilerDecodedText(string path, byte[] bytes) : AdditionalText
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Encoding Fallback = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    public override string Path { get; } = path;

    public override SourceText? GetText(CancellationToken cancellationToken = default)
    {
        try
        {
            return SourceText.From(bytes, bytes.Length, StrictUtf8);
        }
        catch (DecoderFallbackException)
        {
            try
            {
                return SourceText.From(bytes, bytes.Length, Fallback, throwIfBinaryDetected: true);
            }
            catch (InvalidDataException)
            {
                return null;
            }
        }
    }
}
