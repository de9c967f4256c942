using System;
using System.Collections.Generic;
using FactGen.Core.Diagnostics;
using FactGen.LanguageServer.Protocol;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.LanguageServer.Workspace;

/// <summary>
/// A file's text with its line starts, to turn LSP positions (0-based line, UTF-16 character) into
/// offsets and back, and to apply an editor's incremental changes. Lines break where YAML breaks
/// them: LF, CRLF and a lone CR.
/// </summary>
internal sealed class DocumentText
{
    private readonly List<int> _lineStarts;

    public DocumentText(string text)
    {
        Text = text;
        _lineStarts = LineStarts(text);
    }

    public string Text { get; }

    public int LineCount => _lineStarts.Count;

    /// <summary>The offset of a position; positions past a line's end or the text's end are clamped, as LSP asks.</summary>
    public int OffsetOf(Position position)
    {
        if (position.Line < 0) return 0;
        if (position.Line >= _lineStarts.Count) return Text.Length;
        var start = _lineStarts[position.Line];
        var end = LineEnd(position.Line);
        return Math.Min(start + Math.Max(0, position.Character), end);
    }

    public Position PositionOf(int offset)
    {
        offset = Math.Max(0, Math.Min(offset, Text.Length));
        var line = _lineStarts.BinarySearch(offset);
        if (line < 0) line = ~line - 1;
        return new Position(line, offset - _lineStarts[line]);
    }

    /// <summary>The text of a line without its line break; empty past the end.</summary>
    public string Line(int line) =>
        line < 0 || line >= _lineStarts.Count ? string.Empty : Text.Substring(_lineStarts[line], LineEnd(line) - _lineStarts[line]);

    /// <summary>The text after one editor change: a range replaced, or the whole text when the change has no range.</summary>
    public DocumentText Apply(TextDocumentContentChangeEvent change)
    {
        if (change.Range is null) return new DocumentText(change.Text);
        var start = OffsetOf(change.Range.Start);
        var end = Math.Max(start, OffsetOf(change.Range.End));
        return new DocumentText(Text.Substring(0, start) + change.Text + Text.Substring(end));
    }

    /// <summary>An LSP range of a Core span: Core counts lines and columns from 1.</summary>
    public static Range RangeOf(SourceSpan span) =>
        new(new Position(Math.Max(0, span.Line - 1), Math.Max(0, span.Column - 1)),
            new Position(Math.Max(0, span.EndLine - 1), Math.Max(0, span.EndColumn - 1)));

    private int LineEnd(int line)
    {
        var end = line + 1 < _lineStarts.Count ? _lineStarts[line + 1] : Text.Length;
        while (end > _lineStarts[line] && Text[end - 1] is '\n' or '\r') end--;
        return end;
    }

    private static List<int> LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            if (text[i] is '\n' or '\r') starts.Add(i + 1);
        }
        return starts;
    }
}
