using System;
using System.Collections.Generic;
using FactGen.Core.Collections;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// The ids and cited sources anywhere in a file's tree that could not be bound as a fact file (an
/// unknown kind, 'fact:' for 'facts:', facts that are not a list): every <c>id:</c> and
/// <c>source:</c> entry's value, whatever mapping it is in. Walked with a stack, not recursion the
/// input controls.
/// </summary>
internal static class DeclaredEntries
{
    public static DeclaredIds In(YamlNode root)
    {
        var ids = new List<string>();
        var sources = new List<string>();
        var pending = new Stack<YamlNode>();
        pending.Push(root);
        while (pending.Count > 0)
        {
            switch (pending.Pop())
            {
                case YamlSequence list:
                    foreach (var item in list.Items) pending.Push(item);
                    break;
                case YamlMapping map:
                    foreach (var entry in map.Entries)
                    {
                        if (entry.Value is YamlScalar { IsNull: false } scalar && entry.Key.Value is BuiltInFields.Id or "source") (entry.Key.Value == BuiltInFields.Id ? ids : sources).Add(scalar.Value);
                        else pending.Push(entry.Value);
                    }
                    break;
            }
        }
        return new DeclaredIds(Distinct(ids), Distinct(sources));
    }

    private static EquatableArray<string> Distinct(List<string> values)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<string>();
        foreach (var value in values)
        {
            if (seen.Add(value)) distinct.Add(value);
        }
        return distinct.ToEquatableArray();
    }
}
