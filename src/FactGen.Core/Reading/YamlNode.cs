using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Reading;

/// <summary>
/// A YAML node with its place in the file. Records with <see cref="EquatableArray{T}"/> children,
/// so a parsed file compares by value and the generator can cache it. Depth is bounded by
/// <see cref="ReadLimits.MaxDepth"/>, which bounds the recursion of the generated equality too.
/// </summary>
/// <remarks>
/// The place is kept as numbers inside the node, and <see cref="Span"/> is made when asked: a tree
/// of 10,000 facts has about 300,000 nodes, and most are never located (only a diagnostic, an id,
/// a reference or a citation asks), so a <see cref="SourceSpan"/> object per node was allocated,
/// promoted with the cached tree and compared for nothing (issue 17). The numbers still take part
/// in equality: a node that moved is a different node, as before.
/// </remarks>
public abstract record YamlNode
{
    private readonly string _path;
    private readonly TextRange _range;

    private protected YamlNode(string path, TextRange range)
    {
        _path = path;
        _range = range;
    }

    /// <summary>Where the node is written; a new <see cref="SourceSpan"/> each time it is asked for.</summary>
    public SourceSpan Span => new(_path, _range.Line, _range.Column, _range.EndLine, _range.EndColumn, _range.Offset, _range.Length);

    /// <summary>The line the node starts on, without making a <see cref="Span"/>.</summary>
    public int Line => _range.Line;

    internal string Path => _path;

    internal TextRange Range => _range;
}

/// <summary>A node's place in its file, as <see cref="SourceSpan"/> has it less the path (kept once per node).</summary>
internal readonly record struct TextRange(int Line, int Column, int EndLine, int EndColumn, int Offset, int Length);

/// <summary>
/// A scalar keeps its exact text: the schema, not YAML 1.1 habits, decides what it means, so a
/// string field given <c>NO</c>, <c>010</c> or <c>1e3</c> keeps that text.
/// </summary>
public sealed record YamlScalar : YamlNode
{
    internal YamlScalar(string value, bool isPlain, string path, TextRange range)
        : base(path, range)
    {
        Value = value;
        IsPlain = isPlain;
    }

    public string Value { get; }

    public bool IsPlain { get; }

    /// <summary>A plain <c>~</c>, <c>null</c> or empty scalar: YAML's null.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");
}

public sealed record YamlSequence : YamlNode
{
    internal YamlSequence(EquatableArray<YamlNode> items, string path, TextRange range)
        : base(path, range) => Items = items;

    public EquatableArray<YamlNode> Items { get; }
}

public sealed record YamlMapping : YamlNode
{
    internal YamlMapping(EquatableArray<YamlEntry> entries, string path, TextRange range)
        : base(path, range) => Entries = entries;

    public EquatableArray<YamlEntry> Entries { get; }

    public YamlEntry? Find(string key)
    {
        foreach (var entry in Entries)
        {
            if (entry.Key.Value == key) return entry;
        }
        return null;
    }
}

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
