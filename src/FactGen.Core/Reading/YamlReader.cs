using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactGen.Core.Reading;

/// <summary>
/// Turns YAML text into a <see cref="YamlNode"/> tree with positions. Driven by YamlDotNet's event
/// parser with an explicit stack, never by recursion the input controls (the compiler's threads
/// have small stacks). Aliases point at the anchored node, which stays shared: the expanded size
/// is counted, never built, so an alias bomb is rejected at once.
/// </summary>
public static class YamlReader
{
    public static YamlReadResult Read(string path, string text, ReadLimits limits, CancellationToken cancellation = default)
    {
        var diagnostics = new List<FactDiagnostic>();
        if (text.Length > limits.MaxFileSize)
        {
            diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.FileTooLarge, SourceSpan.StartOf(path), text.Length, limits.MaxFileSize));
            return new YamlReadResult(null, diagnostics.ToEquatableArray());
        }

        // YAML allows a byte order mark at the start of the stream. Text decoded from bytes has lost
        // it, but text handed over as a string may keep U+FEFF, which YamlDotNet would read as part
        // of the first key. Parse without it; positions still count it, as they index this text.
        var bom = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var forbidden = FindForbiddenCharacter(path, text);
        if (forbidden is not null)
        {
            diagnostics.Add(forbidden);
            return new YamlReadResult(null, diagnostics.ToEquatableArray());
        }
        var parsed = bom == 0 ? text : text.Substring(bom);
        var builder = new YamlTreeBuilder(path, parsed, limits, diagnostics, bom);
        try
        {
            var parser = new Parser(new StringReader(parsed));
            var events = 0;
            while (!builder.Stopped && parser.MoveNext())
            {
                // A cheap check, but not free: every 1,024 events keeps a large file cancellable.
                if ((++events & 1023) == 0) cancellation.ThrowIfCancellationRequested();
                builder.Accept(parser.Current!);
            }
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // YamlDotNet throws InvalidOperationException and ArgumentException too, not only
            // YamlException: every failure at this boundary becomes a located diagnostic.
            var span = exception is YamlException yaml
                ? Span(path, yaml.Start, yaml.End, bom)
                : builder.LastSpan ?? SourceSpan.StartOf(path);
            var cleaned = CleanMessage(exception);
            var index = exception is YamlException at ? (int)Math.Min(parsed.Length, Math.Max(0, at.Start.Index)) : parsed.Length;
            var message = YamlSyntaxMessages.Explain(cleaned, afterValueOnLine: !StartsLine(parsed, index));
            // YamlDotNet reports a bracket left open as "Operation is not valid due to the current
            // state of the object", or as whatever it expected when the file ended: say which
            // bracket, at the bracket. A missing ',' inside a closed bracket (["a" "b"]) keeps its place.
            if (builder.OpenFlowCollection is { } open && (exception is not YamlException || parsed.Substring(index).Trim().Length == 0))
            {
                span = open.Start;
                message = YamlSyntaxMessages.Unclosed(open.IsMapping, open.Start);
            }
            diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.YamlSyntaxError, span, message));
            return new YamlReadResult(null, diagnostics.ToEquatableArray());
        }

        return new YamlReadResult(builder.Stopped ? null : builder.Root, diagnostics.ToEquatableArray());
    }

    /// <summary>Whether only spaces stand between the start of its line and <paramref name="index"/>.</summary>
    private static bool StartsLine(string text, int index)
    {
        for (var i = Math.Min(index, text.Length) - 1; i >= 0; i--)
        {
            if (LineBreaks.IsBreak(text[i])) return true;
            if (text[i] != ' ') return false;
        }
        return true;
    }

    /// <param name="bom">1 when the text starts with a byte order mark the parser did not see: it
    /// is the first character of the text, so offsets and columns on line 1 move by one.</param>
    internal static SourceSpan Span(string path, Mark start, Mark end, int bom = 0) => ToSpan(path, Range(start, end, bom));

    /// <summary>What <see cref="Span"/> gives, less the path: what a node keeps of its place.</summary>
    internal static TextRange Range(Mark start, Mark end, int bom = 0)
    {
        var line = Math.Max(1, (int)start.Line);
        var column = Math.Max(1, (int)start.Column) + (line == 1 ? bom : 0);
        var endLine = Math.Max(line, (int)end.Line);
        var endColumn = endLine == line ? Math.Max(column, (int)end.Column + (endLine == 1 ? bom : 0)) : Math.Max(1, (int)end.Column);
        var offset = (int)Math.Max(0, start.Index) + bom;
        var length = (int)Math.Max(0, end.Index - start.Index);
        return new TextRange(line, column, endLine, endColumn, offset, length);
    }

    internal static SourceSpan ToSpan(string path, TextRange range) =>
        new(path, range.Line, range.Column, range.EndLine, range.EndColumn, range.Offset, range.Length);

    /// <summary>
    /// A character YAML does not allow that YamlDotNet would not refuse: it takes a NUL (U+0000) for
    /// the end of its buffer and skips it or stops a value there, silently dropping the character
    /// or changing the meaning of what follows; and it passes half of a surrogate pair into values,
    /// which is not Unicode text (an escaped one, "\uD800", is refused by the parser); and U+FFFD,
    /// the mark of bytes the decoder replaced (FG0065). Located by line and column as the parser counts.
    /// </summary>
    private static FactDiagnostic? FindForbiddenCharacter(string path, string text)
    {
        // Almost every file has neither: look for the characters first, and count lines only to
        // locate one that is there (a tight loop over 4.6 MB at 10,000 facts, where counting lines
        // on every character cost as much as a tenth of the read).
        var i = 0;
        for (; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0' || c == '\uFFFD') break;
            if (c >= '\uD800' && c <= '\uDFFF')
            {
                if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    i++;
                    continue;
                }
                break;
            }
        }
        if (i == text.Length) return null;

        var line = 1;
        var lineStart = 0;
        for (var j = 0; j < i; j++)
        {
            if (LineBreaks.EndsLine(text, j))
            {
                line++;
                lineStart = j + 1;
            }
        }
        var column = i - lineStart + 1;
        var found = text[i];
        if (found == '\0')
        {
            return FactDiagnostic.Create(DiagnosticCatalog.YamlSyntaxError, new SourceSpan(path, line, column, line, column + 1, i, 1),
                "it holds the character U+0000 (NUL), which YAML does not allow");
        }
        var span = new SourceSpan(path, line, column, line, column + 1, i, 1);
        // A decoder puts U+FFFD where bytes were not valid: FactGen reads the file as build and CLI
        // decode it alike (FactText), and refuses a replaced character rather than compile it.
        if (found == '\uFFFD') return FactDiagnostic.Create(DiagnosticCatalog.ReplacementCharacter, span, line, column);
        return FactDiagnostic.Create(DiagnosticCatalog.UnpairedSurrogate, span, ((int)found).ToString("X4", CultureInfo.InvariantCulture), line, column);
    }

    private static string CleanMessage(Exception exception)
    {
        var message = exception.Message;
        // YamlDotNet prefixes its messages with "(Line: 3, Col: 5, Idx: 20) - (...): "; the
        // location is reported separately, so keep only the explanation.
        var marker = message.LastIndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && marker >= 0)
        {
            message = message.Substring(marker + 3);
        }
        return message.Replace("\r", " ").Replace("\n", " ").Trim();
    }
}

public sealed record YamlReadResult(YamlNode? Root, EquatableArray<FactDiagnostic> Diagnostics);
