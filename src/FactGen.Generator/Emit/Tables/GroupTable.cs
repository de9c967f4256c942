using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactGen.Core.Binding;
using FactGen.Core.Collections;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit.Tables;

/// <summary>How a group table finds a key's group.</summary>
public enum GroupKey
{
    /// <summary>A reference: one group per fact of the target kind, by its slot.</summary>
    Target,
    /// <summary>A string: the sorted distinct values, searched.</summary>
    String,
    /// <summary>An int: the sorted distinct values, searched.</summary>
    Int,
    /// <summary>An enum: one group per value, by the value's number.</summary>
    Enum,
    /// <summary>A bool: false, then true.</summary>
    Bool,
}

/// <summary>
/// One field's groups, worked out at compile time: group <c>g</c>'s members are the owner slots
/// <c>Members[Starts[g] .. Starts[g + 1]]</c>, ascending, each once. A fact is in the group of every
/// value the field has: each item of a list and, for a per-source field, what each source states.
/// </summary>
/// <param name="Field">The field's C# property.</param>
/// <param name="Target">For a reference, the kind whose facts the groups stand for (a union's member); else null.</param>
/// <param name="StringKeys">For a string field, each group's value, sorted by ordinal.</param>
/// <param name="IntKeys">For an int field, each group's value, sorted.</param>
public sealed record GroupTable(string Field, string? Target, GroupKey Key, EquatableArray<int> Starts, EquatableArray<int> Members,
    EquatableArray<string> StringKeys = default, EquatableArray<int> IntKeys = default)
{
    public int GroupCount => Starts.Count - 1;

    /// <summary>The tables a kind's fields need: a reference with an inverse or a lookup gets one per target kind, another indexed field one.</summary>
    public static EquatableArray<GroupTable> Of(BoundKind owner, IReadOnlyList<KindIds> ids, IReadOnlyList<UnionSchema> unions, CancellationToken cancellation = default)
    {
        var tables = new List<GroupTable>();
        var fields = owner.Schema.Fields;
        for (var f = 0; f < fields.Count; f++)
        {
            cancellation.ThrowIfCancellationRequested();
            var field = fields[f];
            if (field.Type == FieldType.Reference && (field.Inverse is not null || field.IsIndexed))
            {
                foreach (var target in UnionSchema.KindsOf(unions, field.TargetKind!))
                {
                    var targetIds = ids.FirstOrDefault(i => i.Schema.Name == target);
                    if (targetIds is null) continue;
                    var slots = new Dictionary<string, int>(System.StringComparer.Ordinal);
                    for (var i = 0; i < targetIds.Ids.Count; i++) slots[targetIds.Ids[i]] = i;
                    var groups = Grouped(owner, f, targetIds.Ids.Count, value => value is ReferenceValue r && slots.TryGetValue(r.Id, out var slot) ? slot : -1);
                    tables.Add(Table(field, target, GroupKey.Target, groups));
                }
            }
            else if (field.IsIndexed)
            {
                tables.Add(ValueTable(owner, f, field));
            }
        }
        return tables.ToEquatableArray();
    }

    private static GroupTable ValueTable(BoundKind owner, int f, FieldSchema field)
    {
        switch (field.Type)
        {
            case FieldType.Enum:
                return Table(field, null, GroupKey.Enum, Grouped(owner, f, field.EnumValues.Count, value => value is EnumValue e ? field.EnumValues.IndexOf(e.Value) : -1));
            case FieldType.Bool:
                return Table(field, null, GroupKey.Bool, Grouped(owner, f, 2, value => value is BoolValue b ? (b.Value ? 1 : 0) : -1));
            case FieldType.Int:
                var numbers = ValuesOf(owner, f).OfType<IntValue>().Select(v => v.Value).Distinct().OrderBy(v => v).ToList();
                var numberGroups = numbers.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i);
                var byNumber = Grouped(owner, f, numbers.Count, value => value is IntValue n ? numberGroups[n.Value] : -1);
                return Table(field, null, GroupKey.Int, byNumber) with { IntKeys = numbers.ToEquatableArray() };
            default:
                var texts = ValuesOf(owner, f).OfType<StringValue>().Select(v => v.Value).Distinct().OrderBy(v => v, System.StringComparer.Ordinal).ToList();
                var textGroups = texts.Select((v, i) => (v, i)).ToDictionary(p => p.v, p => p.i, System.StringComparer.Ordinal);
                var byText = Grouped(owner, f, texts.Count, value => value is StringValue s ? textGroups[s.Value] : -1);
                return Table(field, null, GroupKey.String, byText) with { StringKeys = texts.ToEquatableArray() };
        }
    }

    private static GroupTable Table(FieldSchema field, string? target, GroupKey key, List<int>[] groups)
    {
        var starts = new int[groups.Length + 1];
        var members = new List<int>();
        for (var g = 0; g < groups.Length; g++)
        {
            starts[g] = members.Count;
            members.AddRange(groups[g]);
        }
        starts[groups.Length] = members.Count;
        return new GroupTable(field.PropertyName, target, key, starts.ToEquatableArray(), members.ToEquatableArray(), EquatableArray<string>.Empty, EquatableArray<int>.Empty);
    }

    /// <summary>
    /// Each owner slot, in order, joins the group of each of its values (once, even when it has a
    /// value twice). Loops, not iterators: a one-fact edit works out its kind's tables again, so this
    /// runs over every fact of the kind on every such edit and should allocate only the groups.
    /// </summary>
    private static List<int>[] Grouped(BoundKind owner, int field, int count, System.Func<FactValue, int> groupOf)
    {
        var groups = new List<int>[count];
        for (var g = 0; g < count; g++) groups[g] = new List<int>();
        for (var slot = 0; slot < owner.Facts.Count; slot++)
        {
            var fact = owner.Facts[slot];
            Join(field < fact.Values.Count ? fact.Values[field] : null, slot);
            var sourced = fact.SourcedAt(field);
            if (sourced is null) continue;
            foreach (var entry in sourced.Entries) Join(entry.Value, slot);
        }
        return groups;

        void Join(FactValue? value, int slot)
        {
            if (value is ListValue list)
            {
                foreach (var item in list.Items) Join(item, slot);
                return;
            }
            if (value is null) return;
            var g = groupOf(value);
            if (g < 0) return;
            var group = groups[g];
            if (group.Count == 0 || group[group.Count - 1] != slot) group.Add(slot);
        }
    }

    /// <summary>Every value of the field across the kind: values, list items, and what each source states.</summary>
    private static List<FactValue> ValuesOf(BoundKind owner, int field)
    {
        var values = new List<FactValue>();
        foreach (var fact in owner.Facts)
        {
            Add(field < fact.Values.Count ? fact.Values[field] : null);
            var sourced = fact.SourcedAt(field);
            if (sourced is null) continue;
            foreach (var entry in sourced.Entries) Add(entry.Value);
        }
        return values;

        void Add(FactValue? value)
        {
            if (value is ListValue list)
            {
                foreach (var item in list.Items) Add(item);
            }
            else if (value is not null)
            {
                values.Add(value);
            }
        }
    }
}
