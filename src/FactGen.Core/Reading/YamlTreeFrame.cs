using System;
using System.Collections.Generic;
using FactGen.Core.Collections;
using YamlDotNet.Core;

namespace FactGen.Core.Reading;

/// <summary>An open collection of <see cref="YamlTreeBuilder"/>. One per depth, reused: <see cref="Open"/> starts the next collection at that depth.</summary>
internal sealed class YamlTreeFrame
{
    private readonly List<YamlNode> _items = new();
    private readonly List<YamlEntry> _entries = new();

    public TextRange Start { get; private set; }
    public bool IsMapping { get; private set; }

    /// <summary>Written with brackets (<c>[a, b]</c>, <c>{ a: 1 }</c>) rather than by indentation.</summary>
    public bool IsFlow { get; private set; }
    public AnchorName Anchor { get; private set; }
    public long Weight { get; set; }
    public YamlScalar? PendingKey { get; set; }

    public void Open(TextRange start, bool isMapping, AnchorName anchor, bool isFlow)
    {
        Start = start;
        IsMapping = isMapping;
        Anchor = anchor;
        IsFlow = isFlow;
        Weight = 0;
        PendingKey = null;
        _items.Clear();
        _entries.Clear();
        _keys = null;
    }

    public void AddItem(YamlNode node) => _items.Add(node);

    public EquatableArray<YamlNode> TakeItems() => _items.Count == 0 ? EquatableArray<YamlNode>.Empty : new EquatableArray<YamlNode>(_items.ToArray());

    public EquatableArray<YamlEntry> TakeEntries() => _entries.Count == 0 ? EquatableArray<YamlEntry>.Empty : new EquatableArray<YamlEntry>(_entries.ToArray());

    // A fact has a handful of keys: a scan finds a duplicate faster than a dictionary is
    // built. Past SmallMapping keys (a hand-written mapping of hundreds) a dictionary takes over.
    private const int SmallMapping = 16;
    private Dictionary<string, YamlScalar>? _keys;

    public YamlScalar? FindKey(string key)
    {
        if (_keys is not null) return _keys.TryGetValue(key, out var found) ? found : null;
        foreach (var entry in _entries)
        {
            if (string.Equals(entry.Key.Value, key, StringComparison.Ordinal)) return entry.Key;
        }
        return null;
    }

    public void AddEntry(YamlEntry entry)
    {
        _entries.Add(entry);
        if (_keys is not null) _keys.Add(entry.Key.Value, entry.Key);
        else if (_entries.Count > SmallMapping)
        {
            _keys = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
            foreach (var each in _entries) _keys.Add(each.Key.Value, each.Key);
        }
    }
}
