using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Reading;

namespace FactGen.Core.Binding;

/// <summary>
/// Where a fact's values are written (<see cref="LocatedValue"/>), read from its YAML mapping as the
/// binder saw it, when a tool asks (<see cref="CorpusQuery.ValuesOf"/>): binding keeps only the
/// mapping, so a corpus that no one asks about pays nothing for the places.
/// </summary>
internal static class ValueLocator
{
    /// <summary>Every entry of the fact, each list item and each per-source value, in file order.</summary>
    public static IReadOnlyList<LocatedValue> Locate(FileFact fact)
    {
        var located = new List<LocatedValue>();
        if (fact.Body is null) return located;
        // A mapping is a value per source exactly when the binder read its keys as sources.
        var perSource = new HashSet<string>(fact.SourceKeys.Select(k => k.Field), System.StringComparer.Ordinal);
        foreach (var entry in fact.Body.Entries)
        {
            var field = entry.Key.Value;
            var key = entry.Key;
            located.Add(new LocatedValue(field, key, entry.Value));
            switch (entry.Value)
            {
                case YamlSequence list:
                    for (var i = 0; i < list.Items.Count; i++) located.Add(new LocatedValue(field, key, list.Items[i], Item: i));
                    break;
                case YamlMapping map when perSource.Contains(field):
                    foreach (var bySource in map.Entries) located.Add(new LocatedValue(field, key, bySource.Value, SourceId: bySource.Key.Value));
                    break;
            }
        }
        return located;
    }
}
