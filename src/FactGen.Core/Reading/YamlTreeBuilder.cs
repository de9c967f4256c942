using System;
using System.Collections.Generic;
using System.Globalization;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FactGen.Core.Reading;

/// <summary>
/// Builds the <see cref="YamlNode"/> tree from YamlDotNet's parsing events, with an explicit stack
/// (never recursion the input controls: the compiler's threads have small stacks). Enforces the
/// read limits as it goes: depth, and the node count with aliases expanded, counted but never built.
/// </summary>
internal sealed class YamlTreeBuilder
{
    private readonly string _path;
    private readonly string _text;
    private readonly ReadLimits _limits;
    private readonly List<FactDiagnostic> _diagnostics;
    private readonly int _bom;
    // The open collections, innermost last. Frames are kept and reused by depth: a file opens tens
    // of thousands of collections but is rarely more than five deep, so each level's lists are
    // allocated once per file, not once per collection (issue 17).
    private readonly List<YamlTreeFrame> _frames = new();
    private int _depth;
    private readonly Dictionary<string, (YamlNode Node, long Weight)> _anchors = new(StringComparer.Ordinal);
    private long _nodes;
    private int _documents;

    public YamlTreeBuilder(string path, string text, ReadLimits limits, List<FactDiagnostic> diagnostics, int bom)
    {
        _path = path;
        _text = text;
        _limits = limits;
        _diagnostics = diagnostics;
        _bom = bom;
    }

    public YamlNode? Root { get; private set; }

    public bool Stopped { get; private set; }

    /// <summary>The innermost list or mapping written with brackets that is still open, if any: where it starts, and which bracket.</summary>
    public (SourceSpan Start, bool IsMapping)? OpenFlowCollection
    {
        get
        {
            for (var i = _depth - 1; i >= 0; i--)
            {
                var frame = _frames[i];
                if (frame.IsFlow) return (YamlReader.ToSpan(_path, frame.Start), frame.IsMapping);
            }
            return null;
        }
    }

    private ParsingEvent? _last;

    /// <summary>Where the last event was: worked out only when asked, as most events need no span.</summary>
    public SourceSpan? LastSpan => _last is null ? null : YamlReader.Span(_path, _last.Start, _last.End, _bom);

    private TextRange LastRange => YamlReader.Range(_last!.Start, _last.End, _bom);

    public void Accept(ParsingEvent parsingEvent)
    {
        _last = parsingEvent;
        switch (parsingEvent)
        {
            case DocumentStart { IsImplicit: var isImplicit } when !isImplicit || _documents > 0:
                _documents++;
                if (_documents > 1) Stop(DiagnosticCatalog.MultipleDocuments, LastSpan!);
                break;
            case DocumentStart:
                _documents++;
                break;
            case Scalar scalar:
                if (scalar.Style == ScalarStyle.DoubleQuoted && !CheckSurrogateEscapes(scalar)) return;
                var value = IsKeyNext ? Shared(scalar.Value) : scalar.Value;
                var node = new YamlScalar(value, scalar.Style == ScalarStyle.Plain && scalar.Tag.IsEmpty, _path, LastRange);
                Add(node, 1, scalar.Anchor);
                break;
            case SequenceStart sequence:
                Push(LastRange, isMapping: false, sequence.Anchor, isFlow: sequence.Style == SequenceStyle.Flow);
                break;
            case MappingStart mapping:
                Push(LastRange, isMapping: true, mapping.Anchor, isFlow: mapping.Style == MappingStyle.Flow);
                break;
            case SequenceEnd:
            case MappingEnd:
                Pop(parsingEvent);
                break;
            case AnchorAlias alias:
                if (!_anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    Stop(DiagnosticCatalog.YamlSyntaxError, LastSpan!, $"the alias '*{alias.Value.Value}' names no anchor defined before it");
                    return;
                }
                Add(anchored.Node, anchored.Weight, AnchorName.Empty, at: LastSpan);
                break;
        }
    }

    /// <summary>
    /// YamlDotNet pairs an escaped high surrogate with the next escape, whatever it is, keeping
    /// its low 16 bits: "\uD8D6\U000CDF78" read as U+45F78, a character nobody wrote. A \u high
    /// surrogate must be followed at once by a \u low surrogate; anything else is refused.
    /// </summary>
    private bool CheckSurrogateEscapes(Scalar scalar)
    {
        var start = (int)Math.Max(0, scalar.Start.Index);
        var end = (int)Math.Min(_text.Length, scalar.End.Index);
        // Most quoted values escape nothing: only a backslash can start a surrogate escape.
        if (end <= start || _text.IndexOf('\\', start, end - start) < 0) return true;
        var line = Math.Max(1, (int)scalar.Start.Line);
        var column = Math.Max(1, (int)scalar.Start.Column);
        for (var i = start; i < end; i++)
        {
            var c = _text[i];
            if (LineBreaks.EndsLine(_text, i))
            {
                line++;
                column = 1;
                continue;
            }
            if (c != '\\' || i + 1 >= end)
            {
                column++;
                continue;
            }
            if (IsSurrogateEscape(i, 0xD800) && !IsSurrogateEscape(i + 6, 0xDC00))
            {
                var at = new SourceSpan(_path, line, column + (line == 1 ? _bom : 0), line, column + (line == 1 ? _bom : 0) + 6, i + _bom, 6);
                Stop(DiagnosticCatalog.YamlSyntaxError, at, $"the escape {_text.Substring(i, 6)} is half of a surrogate pair, and the next escape is not its other half (\\uDC00 to \\uDFFF)");
                return false;
            }
            // Skip the escaped character, so "\\" never starts an escape.
            i++;
            column += 2;
        }
        return true;
    }

    /// <summary>Whether <c>\uXXXX</c> at <paramref name="index"/> escapes a surrogate of the half starting at <paramref name="half"/>.</summary>
    private bool IsSurrogateEscape(int index, int half) =>
        index + 6 <= _text.Length && _text[index] == '\\' && _text[index + 1] == 'u'
        && int.TryParse(_text.Substring(index + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code)
        && code >= half && code < half + 0x400;

    /// <summary>Whether the next node is a mapping's key.</summary>
    private bool IsKeyNext => _depth > 0 && _frames[_depth - 1] is { IsMapping: true, PendingKey: null };

    /// <summary>
    /// One string per distinct key in the file. Every fact repeats the same few keys (id, name,
    /// citations, source, quote...), and the tree is kept by the generator's cache: one copy each
    /// instead of one per occurrence is less to allocate, and less for the GC to promote (issue 17).
    /// </summary>
    private string Shared(string key)
    {
        if (_keyStrings.TryGetValue(key, out var shared)) return shared;
        _keyStrings.Add(key, key);
        return key;
    }

    private readonly Dictionary<string, string> _keyStrings = new(StringComparer.Ordinal);

    private void Push(TextRange start, bool isMapping, AnchorName anchor, bool isFlow)
    {
        if (_depth >= _limits.MaxDepth)
        {
            Stop(DiagnosticCatalog.NestingTooDeep, YamlReader.ToSpan(_path, start), _limits.MaxDepth);
            return;
        }
        if (_depth == _frames.Count) _frames.Add(new YamlTreeFrame());
        _frames[_depth++].Open(start, isMapping, anchor, isFlow);
    }

    private void Pop(ParsingEvent end)
    {
        var frame = _frames[--_depth];
        var last = YamlReader.Range(end.End, end.End, _bom);
        var range = new TextRange(frame.Start.Line, frame.Start.Column, last.Line, last.Column,
            frame.Start.Offset, Math.Max(0, last.Offset - frame.Start.Offset));
        YamlNode node = frame.IsMapping
            ? new YamlMapping(frame.TakeEntries(), _path, range)
            : new YamlSequence(frame.TakeItems(), _path, range);
        if (frame.IsMapping && frame.PendingKey is not null)
        {
            // Cannot happen with a well-formed event stream; keep the tree consistent anyway.
            frame.AddEntry(new YamlEntry(frame.PendingKey, new YamlScalar(string.Empty, true, frame.PendingKey.Path, frame.PendingKey.Range)));
        }
        Add(node, frame.Weight + 1, frame.Anchor, counted: true);
    }

    /// <param name="at">Where the node appears, when that is not where it was written: an alias.</param>
    private void Add(YamlNode node, long weight, AnchorName anchor, bool counted = false, SourceSpan? at = null)
    {
        // A container's own children were counted as they arrived; an alias adds its whole
        // expanded weight, which is how a billion laughs is caught without expanding it.
        _nodes += counted ? 1 : weight;
        if (_nodes > _limits.MaxNodes)
        {
            Stop(DiagnosticCatalog.AliasExpansionTooLarge, at ?? node.Span, _limits.MaxNodes);
            return;
        }
        if (!anchor.IsEmpty) _anchors[anchor.Value] = (node, weight);

        if (_depth == 0)
        {
            Root ??= node;
            return;
        }

        var parent = _frames[_depth - 1];
        parent.Weight += weight;
        if (!parent.IsMapping)
        {
            parent.AddItem(node);
            return;
        }

        if (parent.PendingKey is null)
        {
            if (node is not YamlScalar key)
            {
                Stop(DiagnosticCatalog.NonScalarKey, node.Span);
                return;
            }
            parent.PendingKey = key;
            return;
        }

        var first = parent.FindKey(parent.PendingKey.Value);
        if (first is not null)
        {
            _diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.DuplicateKey, parent.PendingKey.Span, parent.PendingKey.Value, first.Line));
        }
        else
        {
            parent.AddEntry(new YamlEntry(parent.PendingKey, node));
        }
        parent.PendingKey = null;
    }

    private void Stop(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args)
    {
        _diagnostics.Add(FactDiagnostic.Create(descriptor, span, args));
        Stopped = true;
    }
}
