using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>
/// What the emitter works out once over the whole model: each fact's array slot and which fields
/// point back at a kind (its inverse navigations).
/// </summary>
internal sealed class ModelIndex
{
    private readonly IReadOnlyDictionary<string, int> _slots;

    public ModelIndex(IReadOnlyList<KindSchema> kinds, IReadOnlyDictionary<string, int> slots)
    {
        Kinds = kinds;
        _slots = slots;
        SourceKind = kinds.FirstOrDefault(k => k.IsSource);
    }

    public IReadOnlyList<KindSchema> Kinds { get; }

    public KindSchema? SourceKind { get; }

    /// <summary>The fact's place in its kind's array.</summary>
    public int Slot(string id) => _slots[id];

    public KindSchema Kind(string name) => Kinds.First(k => k.Name == name);

    /// <summary>The inverses that point into <paramref name="target"/>: (declaring kind, field).</summary>
    public IEnumerable<(KindSchema Owner, FieldSchema Field)> InversesOf(KindSchema target) =>
        from owner in Kinds
        from field in owner.Fields
        where field.Inverse is not null && field.TargetKind == target.Name
        select (owner, field);

    public static string KeyType(KindSchema kind, FieldSchema field) =>
        field.Type == FieldType.Reference ? "string" : TypeNames.Element(kind, field);
}

internal static class ListExtensions
{
    public static int IndexOf<T>(this Core.Collections.EquatableArray<T> items, T item)
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (EqualityComparer<T>.Default.Equals(items[i], item)) return i;
        }
        return -1;
    }
}
