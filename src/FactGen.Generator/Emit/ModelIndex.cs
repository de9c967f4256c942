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
    private readonly IReadOnlyDictionary<string, IdSlot> _slots;

    public ModelIndex(IReadOnlyList<KindSchema> kinds, IReadOnlyList<UnionSchema> unions, IReadOnlyDictionary<string, IdSlot> slots)
    {
        Kinds = kinds;
        Unions = unions;
        _slots = slots;
        SourceKind = kinds.FirstOrDefault(k => k.IsSource);
    }

    public IReadOnlyList<KindSchema> Kinds { get; }

    public IReadOnlyList<UnionSchema> Unions { get; }

    /// <summary>The unions a kind is a member of: the interfaces its record implements.</summary>
    public IEnumerable<UnionSchema> UnionsOf(KindSchema kind) => Unions.Where(u => u.Members.Contains(kind.Name));

    /// <summary>The union with this name; a reference field whose target is a union names it.</summary>
    public UnionSchema Union(string name) => Unions.First(u => u.Name == name);

    /// <summary>A union member's number in the data: its place among the union's members.</summary>
    public int MemberNumber(string union, string id) => Union(union).Members.IndexOf(_slots[id].Kind);
    public KindSchema? SourceKind { get; }

    /// <summary>The fact's place in its kind's array.</summary>
    public int Slot(string id) => _slots[id].Slot;

    public KindSchema Kind(string name) => Kinds.First(k => k.Name == name);

    /// <summary>The inverses that point into <paramref name="target"/>, directly or through a union it is in: (declaring kind, field).</summary>
    public IEnumerable<(KindSchema Owner, FieldSchema Field)> InversesOf(KindSchema target) =>
        from owner in Kinds
        from field in owner.Fields
        where field.Inverse is not null && (field.TargetKind == target.Name || field.TargetIsUnion && Union(field.TargetKind!).Members.Contains(target.Name))
        select (owner, field);

    /// <summary>The inverses a union's interface declares: those of the fields that point at the union.</summary>
    public IEnumerable<(KindSchema Owner, FieldSchema Field)> InversesOf(UnionSchema union) =>
        from owner in Kinds
        from field in owner.Fields
        where field.Inverse is not null && field.TargetIsUnion && field.TargetKind == union.Name
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
