using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Reading;

/// <summary>
/// A YAML node with its place in the file. Records with <see cref="EquatableArray{T}"/> children,
/// so a parsed file compares by value and the generator can cache it. Depth is bounded by
/// <see cref="ReadLimits.MaxDepth"/>, which bounds the recursion of the generated equality too.
/// </summary>
public abstract record YamlNode(SourceSpan Span);

/// <summary>
/// A scalar keeps its exact text: the schema, not YAML 1.1 habits, decides what it means, so a
/// string field given <c>NO</c>, <c>010</c> or <c>1e3</c> keeps that text.
/// </summary>
public sealed record YamlScalar(string Value, bool IsPlain, SourceSpan Span) : YamlNode(Span)
{
    /// <summary>A plain <c>~</c>, <c>null</c> or empty scalar: YAML's null.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value == "~" || Value == "null" || Value == "Null" || Value == "NULL");
}

public sealed record YamlSequence(EquatableArray<YamlNode> Items, SourceSpan Span) : YamlNode(Span);

public sealed record YamlMapping(EquatableArray<YamlEntry> Entries, SourceSpan Span) : YamlNode(Span)
{
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
