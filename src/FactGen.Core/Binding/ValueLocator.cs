using System.Collections.Generic;
using FactGen.Core.Collections;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// Where a fact's values are written (<see cref="LocatedValue"/>), read from its YAML mapping as the
/// binder saw it. Kept apart from the binder's conversions: it only records places, so it cannot
/// change what a value means.
/// </summary>
internal static class ValueLocator
{
    /// <summary>Every entry of the fact, each list item and each per-source value, in file order.</summary>
    public static EquatableArray<LocatedValue> Locate(KindSchema kind, YamlMapping body)
    {
        var located = new List<LocatedValue>(body.Entries.Count * 2);
        foreach (var entry in body.Entries)
        {
            var field = entry.Key.Value;
            var key = entry.Key;
            located.Add(new LocatedValue(field, key, entry.Value));
            switch (entry.Value)
            {
                case YamlSequence list:
                    for (var i = 0; i < list.Items.Count; i++) located.Add(new LocatedValue(field, key, list.Items[i], Item: i));
                    break;
                case YamlMapping map when kind.FindField(field) is { IsPerSource: true }:
                    foreach (var bySource in map.Entries) located.Add(new LocatedValue(field, key, bySource.Value, SourceId: bySource.Key.Value));
                    break;
            }
        }
        return located.ToEquatableArray();
    }
}
