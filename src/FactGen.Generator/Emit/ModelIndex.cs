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
    private readonly Dictionary<string, int> _slots = new(StringComparer.Ordinal);

    public ModelIndex(FactModel model)
    {
        Model = model;
        foreach (var kind in model.Kinds)
        {
            for (var i = 0; i < kind.Facts.Count; i++) _slots[kind.Facts[i].Id] = i;
        }
        SourceKind = model.Kinds.FirstOrDefault(k => k.Schema.IsSource)?.Schema;
    }

    public FactModel Model { get; }

    public KindSchema? SourceKind { get; }

    public int Slot(string id) => _slots[id];

    public BoundKind Kind(string name) => Model.Kinds.First(k => k.Schema.Name == name);

    /// <summary>The inverses that point into <paramref name="target"/>: (declaring kind, field).</summary>
    public IEnumerable<(BoundKind Owner, FieldSchema Field)> InversesOf(KindSchema target) =>
        from owner in Model.Kinds
        from field in owner.Schema.Fields
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
