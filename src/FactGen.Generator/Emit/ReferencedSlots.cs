using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactGen.Core.Binding;
using FactGen.Core.Collections;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>
/// The array slots of the facts a kind points at (by reference fields, citation fields and
/// citations), in the order its facts first name them: deterministic, and unchanged for a kind whose
/// facts and whose targets' slots did not change, so its cached unit stays equal.
/// </summary>
internal static class ReferencedSlots
{
    /// <param name="tables">The id tables of the target kinds, filled as they are needed: a kind's
    /// chunks share them, so each target's ids are indexed once per kind, not once per chunk.</param>
    public static EquatableArray<IdSlot> Of(BoundKind kind, EquatableArray<KindIds> ids, EquatableArray<UnionSchema> unions,
        Dictionary<string, Dictionary<string, IdSlot>> tables, CancellationToken cancellation)
    {
        var sourceKind = FirstSourceKind(ids);
        var referenced = new List<IdSlot>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var fields = kind.Schema.Fields;
        foreach (var fact in kind.Facts)
        {
            cancellation.ThrowIfCancellationRequested();
            for (var i = 0; i < fact.Values.Count && i < fields.Count; i++)
            {
                var target = fields[i].Type == FieldType.Citation ? sourceKind : fields[i].TargetKind;
                if (target is not null) AddReferenced(fact.Values[i], target);
            }
            if (sourceKind is not null)
            {
                foreach (var citation in fact.Citations) AddReferenced(citation, sourceKind);
            }
            foreach (var sourced in fact.BySource)
            {
                if (sourced.FieldIndex >= fields.Count) continue;
                var target = fields[sourced.FieldIndex].Type == FieldType.Citation ? sourceKind : fields[sourced.FieldIndex].TargetKind;
                foreach (var entry in sourced.Entries)
                {
                    if (sourceKind is not null) Add(entry.SourceId, sourceKind);
                    if (target is not null) AddReferenced(entry.Value, target);
                }
            }
        }
        return new EquatableArray<IdSlot>(referenced.ToArray());

        void AddReferenced(FactValue? value, string targetKind)
        {
            switch (value)
            {
                case ReferenceValue reference:
                    Add(reference.Id, targetKind);
                    break;
                case CitationValue citation:
                    Add(citation.SourceId, targetKind);
                    break;
                case ListValue list:
                    foreach (var item in list.Items) AddReferenced(item, targetKind);
                    break;
            }
        }

        void Add(string id, string targetKind)
        {
            if (!seen.Add(id)) return;
            if (!tables.TryGetValue(targetKind, out var table)) tables[targetKind] = table = SlotsOf(ids, UnionSchema.KindsOf(unions, targetKind));
            if (table.TryGetValue(id, out var slot)) referenced.Add(slot);
        }
    }

    private static string? FirstSourceKind(EquatableArray<KindIds> ids)
    {
        foreach (var entry in ids)
        {
            if (entry.Schema.IsSource) return entry.Schema.Name;
        }
        return null;
    }

    /// <summary>The slots of the facts of <paramref name="kinds"/>: one kind, or a union's members.</summary>
    private static Dictionary<string, IdSlot> SlotsOf(EquatableArray<KindIds> ids, IReadOnlyList<string> kinds)
    {
        var table = new Dictionary<string, IdSlot>(System.StringComparer.Ordinal);
        foreach (var entry in ids)
        {
            if (!kinds.Contains(entry.Schema.Name)) continue;
            for (var i = 0; i < entry.Ids.Count; i++) table[entry.Ids[i]] = new IdSlot(entry.Ids[i], i, entry.Schema.Name);
        }
        return table;
    }
}
