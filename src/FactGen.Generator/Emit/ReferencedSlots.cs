using System.Collections.Generic;
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
    public static EquatableArray<IdSlot> Of(BoundKind kind, EquatableArray<KindIds> ids, CancellationToken cancellation)
    {
        var sourceKind = FirstSourceKind(ids);
        var tables = new Dictionary<string, Dictionary<string, int>>(System.StringComparer.Ordinal);
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
            if (!tables.TryGetValue(targetKind, out var table)) tables[targetKind] = table = SlotsOf(ids, targetKind);
            if (table.TryGetValue(id, out var slot)) referenced.Add(new IdSlot(id, slot));
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

    private static Dictionary<string, int> SlotsOf(EquatableArray<KindIds> ids, string kind)
    {
        var table = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var entry in ids)
        {
            if (entry.Schema.Name != kind) continue;
            for (var i = 0; i < entry.Ids.Count; i++) table[entry.Ids[i]] = i;
        }
        return table;
    }
}
