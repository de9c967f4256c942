using System.Linq;
using System.Text.RegularExpressions;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Workspace;

namespace FactGen.LanguageServer.Features;

/// <summary>
/// What the cursor is in, read from the text around it rather than the YAML tree: while a curator
/// types, the file is often not valid YAML, and completion is wanted most then. The key of the
/// value being typed (or of the list it is an item of), whether it is a key being typed, whether
/// the cursor is inside a double-quoted string, and the citation's source and paragraph nearby.
/// </summary>
internal sealed record CursorContext(string? Kind, string? Key, string? ParentKey, bool InKey, bool InQuote, Range Replace, string Prefix, string? CitationSource, int? CitationParagraph)
{
    private static readonly Regex KeyValue = new(@"^(\s*)(-\s+)?([A-Za-z_][\w-]*)\s*:(?:\s+|$)(.*)$", RegexOptions.CultureInvariant);
    private static readonly Regex FlowKeyValue = new(@"[{,]\s*([A-Za-z_][\w-]*)\s*:\s*([^,{}]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex KeyOnly = new(@"^(\s*)(-\s+)?([\w-]*)$", RegexOptions.CultureInvariant);
    private static readonly Regex ParentLine = new(@"^\s*(?:-\s+)?([A-Za-z_][\w-]*)\s*:\s*(#.*)?$", RegexOptions.CultureInvariant);
    private static readonly Regex KindLine = new(@"^kind\s*:\s*([A-Za-z_]\w*)", RegexOptions.CultureInvariant | RegexOptions.Multiline);
    private static readonly Regex CitationPart = new(@"\b(source|paragraph)\s*:\s*([\w-]+)", RegexOptions.CultureInvariant);

    public static CursorContext Read(DocumentText text, Position position)
    {
        var line = text.Line(position.Line);
        var before = line.Substring(0, System.Math.Min(position.Character, line.Length));
        var kind = KindLine.Match(text.Text) is { Success: true } k ? k.Groups[1].Value : null;
        var indent = Indentation(before);
        string? key = null;
        var inKey = false;
        var value = before;
        if (KeyValue.Match(before) is { Success: true } pair)
        {
            key = pair.Groups[3].Value;
            value = pair.Groups[4].Value;
            if (FlowKeyValue.Match(value) is { Success: true } inner)
            {
                key = inner.Groups[1].Value;
                value = inner.Groups[2].Value;
            }
        }
        else if (KeyOnly.Match(before) is { Success: true } only)
        {
            // "- item" under "key:" is an item of that key's list; anything else is a key being typed.
            inKey = only.Groups[2].Length == 0 || ParentOf(text, position.Line, indent) is null;
        }
        var inQuote = value.TrimStart().StartsWith("\"", System.StringComparison.Ordinal) && value.Count(c => c == '"') % 2 == 1;
        var prefixStart = inQuote ? before.Length - (value.Length - value.IndexOf('"') - 1) : WordStart(before);
        var replace = new Range(new Position(position.Line, prefixStart), position);
        var (source, paragraph) = CitationNearby(text, position.Line);
        return new CursorContext(kind, key, ParentOf(text, position.Line, indent), inKey, inQuote, replace, before.Substring(prefixStart), source, paragraph);
    }

    private static int Indentation(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] == ' ') i++;
        return i;
    }

    private static int WordStart(string before)
    {
        var i = before.Length;
        while (i > 0 && (char.IsLetterOrDigit(before[i - 1]) || before[i - 1] is '-' or '_')) i--;
        return i;
    }

    /// <summary>The key of the nearest line above that is less indented and ends in <c>key:</c>.</summary>
    private static string? ParentOf(DocumentText text, int line, int indent)
    {
        for (var above = line - 1; above >= 0; above--)
        {
            var candidate = text.Line(above);
            if (candidate.Trim().Length == 0 || candidate.TrimStart().StartsWith("#", System.StringComparison.Ordinal)) continue;
            if (Indentation(candidate) >= indent) continue;
            return ParentLine.Match(candidate) is { Success: true } parent ? parent.Groups[1].Value : null;
        }
        return null;
    }

    /// <summary>The <c>source:</c> and <c>paragraph:</c> of the citation item around a line: its lines from its <c>-</c> to the next.</summary>
    private static (string? Source, int? Paragraph) CitationNearby(DocumentText text, int line)
    {
        var start = line;
        while (start > 0 && !text.Line(start).TrimStart().StartsWith("-", System.StringComparison.Ordinal) && text.Line(start).Trim().Length > 0) start--;
        string? source = null;
        int? paragraph = null;
        for (var i = start; i < text.LineCount && (i == start || !text.Line(i).TrimStart().StartsWith("-", System.StringComparison.Ordinal)) && i <= line + 3; i++)
        {
            foreach (Match part in CitationPart.Matches(text.Line(i)))
            {
                if (part.Groups[1].Value == "source") source ??= part.Groups[2].Value;
                else if (int.TryParse(part.Groups[2].Value, out var number)) paragraph ??= number;
            }
        }
        return (source, paragraph);
    }
}
