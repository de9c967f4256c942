using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Schema;

namespace FactGen.Cli.Docs;

/// <summary>A fact together with its kind, so a reference can be shown with both.</summary>
internal sealed record FactEntry(KindSchema Kind, BoundFact Fact)
{
    public string Id => Fact.Id;

    /// <summary>The fact's <c>name</c> when its kind has one and the fact gives it, else its id.</summary>
    public string DisplayName
    {
        get
        {
            for (var i = 0; i < Kind.Fields.Count; i++)
            {
                if (Kind.Fields[i].Name == "name" && Fact.Values[i] is StringValue { Value.Length: > 0 } name) return name.Value;
            }
            return Id;
        }
    }
}

/// <summary>One reference value: <see cref="From"/>'s field <see cref="Field"/> names <see cref="To"/>.</summary>
internal sealed record ReferenceEdge(FactEntry From, FieldSchema Field, FactEntry To);

/// <summary>
/// The facts and every reference between them, derived from the schema's reference fields alone:
/// who took part in what, who said what, where it happened. Nothing here knows a kind by name, so
/// any corpus gets the same treatment. Edges are in model order (kind, fact, field, item).
/// </summary>
internal sealed class ReferenceGraph
{
    private readonly Dictionary<string, FactEntry> _byId;
    private readonly Dictionary<string, List<ReferenceEdge>> _incoming;

    private ReferenceGraph(List<FactEntry> facts, List<ReferenceEdge> edges)
    {
        Facts = facts;
        Edges = edges;
        _byId = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        _incoming = new Dictionary<string, List<ReferenceEdge>>(StringComparer.Ordinal);
        foreach (var edge in edges)
        {
            if (!_incoming.TryGetValue(edge.To.Id, out var list)) _incoming[edge.To.Id] = list = new List<ReferenceEdge>();
            list.Add(edge);
        }
    }

    public IReadOnlyList<FactEntry> Facts { get; }

    public IReadOnlyList<ReferenceEdge> Edges { get; }

    public static ReferenceGraph Build(FactModel model)
    {
        var facts = model.Kinds.SelectMany(k => k.Facts.Select(f => new FactEntry(k.Schema, f))).ToList();
        var byId = facts.ToDictionary(f => f.Id, StringComparer.Ordinal);
        var edges = new List<ReferenceEdge>();
        foreach (var from in facts)
        {
            for (var i = 0; i < from.Kind.Fields.Count; i++)
            {
                var field = from.Kind.Fields[i];
                if (field.Type != FieldType.Reference) continue;
                // A per-source field: every id any source gives, once.
                var values = new[] { from.Fact.Values[i] }.Concat(from.Fact.SourcedAt(i)?.Entries.Select(e => e.Value) ?? []);
                foreach (var id in values.SelectMany(ReferencedIds).Distinct(StringComparer.Ordinal))
                {
                    // Binding has checked every reference; a dropped target is simply left out.
                    if (byId.TryGetValue(id, out var to)) edges.Add(new ReferenceEdge(from, field, to));
                }
            }
        }
        return new ReferenceGraph(facts, edges);
    }

    public FactEntry? Find(string id) => _byId.TryGetValue(id, out var fact) ? fact : null;

    /// <summary>The references that name <paramref name="id"/>, in model order.</summary>
    public IReadOnlyList<ReferenceEdge> IncomingTo(string id) =>
        _incoming.TryGetValue(id, out var list) ? list : Array.Empty<ReferenceEdge>();

    private static IEnumerable<string> ReferencedIds(FactValue? value) => value switch
    {
        ReferenceValue reference => [reference.Id],
        ListValue list => list.Items.OfType<ReferenceValue>().Select(r => r.Id),
        _ => [],
    };
}
