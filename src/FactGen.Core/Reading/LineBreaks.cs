namespace FactGen.Core.Reading;

/// <summary>
/// YAML's line breaks (YAML 1.1, as YamlDotNet counts lines): LF, CR, CR LF as one, and NEL, LS and
/// PS. Every place that turns an offset into a line, or keeps a message on one line, asks here.
/// </summary>
public static class LineBreaks
{
    public static bool IsBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>Whether a line ends at <paramref name="index"/>: a CR followed by LF ends it at the LF.</summary>
    public static bool EndsLine(string text, int index)
    {
        var c = text[index];
        if (c == '\r') return index + 1 == text.Length || text[index + 1] != '\n';
        return IsBreak(c);
    }
}
