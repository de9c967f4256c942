using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>
/// What the emitter works out once over the whole model: each fact's array slot, and the inverse
/// navigations and lookup tables, all computed at compile time.
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

    /// <summary>For each target id, the slots of the owner's facts that reference it through the field, in order.</summary>
    public Dictionary<string, List<int>> Referrers(BoundKind owner, FieldSchema field)
    {
        var index = owner.Schema.Fields.IndexOf(field);
        var result = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var slot = 0; slot < owner.Facts.Count; slot++)
        {
            foreach (var id in ReferencedIds(owner.Facts[slot].Values[index]).Distinct(StringComparer.Ordinal))
            {
                if (!result.TryGetValue(id, out var list)) result[id] = list = new List<int>();
                list.Add(slot);
            }
        }
        return result;
    }

    /// <summary>For an indexed field, each key (as C# text) and the slots of the facts that have it, keys in first-seen order.</summary>
    public List<(string Key, List<int> Slots)> Groups(BoundKind kind, FieldSchema field)
    {
        var index = kind.Schema.Fields.IndexOf(field);
        var order = new List<(string Key, List<int> Slots)>();
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var slot = 0; slot < kind.Facts.Count; slot++)
        {
            var value = kind.Facts[slot].Values[index];
            var keys = value is ListValue list ? list.Items.ToList() : value is null ? new List<FactValue>() : new List<FactValue> { value };
            foreach (var key in keys.Select(v => KeyText(kind.Schema, field, v)).Distinct(StringComparer.Ordinal))
            {
                if (!byKey.TryGetValue(key, out var slots))
                {
                    byKey[key] = slots = new List<int>();
                    order.Add((key, slots));
                }
                slots.Add(slot);
            }
        }
        return order;
    }

    public static string KeyText(KindSchema kind, FieldSchema field, FactValue value) => value switch
    {
        ReferenceValue reference => CSharp.Literal(reference.Id),
        _ => ValueWriter.Scalar(kind, field, value),
    };

    public static string KeyType(KindSchema kind, FieldSchema field) =>
        field.Type == FieldType.Reference ? "string" : TypeNames.Element(kind, field);

    private static IEnumerable<string> ReferencedIds(FactValue? value) => value switch
    {
        ReferenceValue reference => [reference.Id],
        ListValue list => list.Items.OfType<ReferenceValue>().Select(r => r.Id),
        _ => [],
    };
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
