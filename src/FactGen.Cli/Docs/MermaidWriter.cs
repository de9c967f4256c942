using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactGen.Core.Binding;
using FactGen.Core.Schema;

namespace FactGen.Cli.Docs;

/// <summary>
/// The two Mermaid diagrams of the catalog: the schema as a class diagram (kinds, their plain
/// fields, and a relation per reference field) and the facts as a graph (an edge per reference
/// value). Node names are derived from kind names and fact ids, never from free text.
/// </summary>
internal static class MermaidWriter
{
    /// <summary>
    /// Mermaid refuses a diagram of more than 500 edges or 50,000 characters by default; a larger
    /// corpus gets several graphs, split between facts so that one fact's references stay together.
    /// </summary>
    public const int MaxEdgesPerGraph = 400;

    public const int MaxCharactersPerGraph = 40_000;

    public static void WriteSchema(StringBuilder output, FactModel model)
    {
        var kinds = model.Kinds.Select(k => k.Schema).ToList();
        output.Append("```mermaid\n");
        output.Append("classDiagram\n");
        output.Append("  direction LR\n");
        foreach (var kind in kinds)
        {
            var members = kind.Fields.Where(f => f.Type != FieldType.Reference).ToList();
            if (members.Count == 0)
            {
                output.Append("  class ").Append(kind.Name).Append('\n');
                continue;
            }
            output.Append("  class ").Append(kind.Name).Append(" {\n");
            if (kind.IsSource) output.Append("    <<source>>\n");
            foreach (var field in members)
            {
                var type = field.Type.ToString().ToLowerInvariant();
                if (field.IsList) type = $"List~{type}~";
                output.Append("    ").Append(type).Append(' ').Append(field.Name).Append('\n');
            }
            output.Append("  }\n");
        }
        foreach (var kind in kinds)
        {
            foreach (var field in kind.Fields.Where(f => f.Type == FieldType.Reference))
            {
                var multiplicity = field.IsList ? "*" : field.IsRequired ? "1" : "0..1";
                // A union's field points at each member kind, labelled with the union.
                var union = model.Unions.FirstOrDefault(u => u.Name == field.TargetKind);
                foreach (var target in union?.Members ?? (IReadOnlyList<string>)[field.TargetKind!])
                {
                    output.Append("  ").Append(kind.Name).Append(" --> \"").Append(multiplicity).Append("\" ")
                        .Append(target).Append(" : ").Append(field.Name).Append(union is null ? string.Empty : " (" + union.Name + ")").Append('\n');
                }
            }
        }
        output.Append("```\n");
    }

    /// <summary>One or more <c>graph LR</c> blocks; each fact a node labelled with its name, styled by kind.</summary>
    public static void WriteEntityGraph(StringBuilder output, ReferenceGraph graph)
    {
        foreach (var chunk in Chunk(graph.Edges))
        {
            var nodes = chunk.SelectMany(e => new[] { e.From, e.To }).Distinct().ToList();
            output.Append("```mermaid\n");
            output.Append("graph LR\n");
            foreach (var node in nodes)
            {
                output.Append("  ").Append(NodeName(node.Id)).Append("[\"").Append(Label(node.DisplayName)).Append("\"]\n");
            }
            foreach (var edge in chunk)
            {
                output.Append("  ").Append(NodeName(edge.From.Id)).Append(" -->|").Append(edge.Field.Name).Append("| ").Append(NodeName(edge.To.Id)).Append('\n');
            }
            var kinds = nodes.Select(n => n.Kind.Name).Distinct().ToList();
            var allKinds = graph.Facts.Select(f => f.Kind.Name).Distinct().ToList();
            foreach (var kind in kinds)
            {
                // The colour follows the kind's place in the schema, so it is the same in every chunk.
                var colour = Palette[allKinds.IndexOf(kind) % Palette.Length];
                output.Append("  classDef ").Append(ClassName(kind)).Append(" fill:").Append(colour).Append(",stroke:#555,color:#000\n");
                output.Append("  class ").Append(string.Join(",", nodes.Where(n => n.Kind.Name == kind).Select(n => NodeName(n.Id))))
                    .Append(' ').Append(ClassName(kind)).Append('\n');
            }
            output.Append("```\n\n");
        }
    }

    private static readonly string[] Palette =
    [
        "#e8e8e8", "#cfe2ff", "#d1e7dd", "#fff3cd", "#f8d7da", "#e2d9f3", "#d2f4ea", "#ffe5d0", "#cff4fc", "#f7d6e6",
    ];

    private static IEnumerable<List<ReferenceEdge>> Chunk(IReadOnlyList<ReferenceEdge> edges)
    {
        var chunk = new List<ReferenceEdge>();
        var nodes = new HashSet<string>();
        var characters = 0;
        foreach (var group in edges.GroupBy(e => e.From))
        {
            var items = group.ToList();
            var cost = Cost(items, nodes);
            if (chunk.Count > 0 && (chunk.Count + items.Count > MaxEdgesPerGraph || characters + cost > MaxCharactersPerGraph))
            {
                yield return chunk;
                chunk = new List<ReferenceEdge>();
                nodes.Clear();
                cost = Cost(items, nodes);
                characters = 0;
            }
            chunk.AddRange(items);
            characters += cost;
            foreach (var edge in items) nodes.UnionWith([edge.From.Id, edge.To.Id]);
        }
        if (chunk.Count > 0) yield return chunk;
    }

    /// <summary>About the characters the edges and their new nodes add to a graph (classes not counted).</summary>
    private static int Cost(List<ReferenceEdge> edges, HashSet<string> nodes)
    {
        var cost = 0;
        var added = new HashSet<string>(nodes);
        foreach (var edge in edges)
        {
            cost += 2 * edge.From.Id.Length + edge.To.Id.Length + edge.Field.Name.Length + 20;
            foreach (var node in new[] { edge.From, edge.To })
            {
                if (added.Add(node.Id)) cost += node.Id.Length + Label(node.DisplayName).Length + 10;
            }
        }
        return cost;
    }

    /// <summary>Ids are slugs (lowercase, digits, single hyphens), so this is one to one and never a Mermaid keyword.</summary>
    private static string NodeName(string id) => "f_" + id.Replace('-', '_');

    private static string ClassName(string kind) => "k_" + kind;

    private static string Label(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '"': builder.Append("#quot;"); break;
                case '#': builder.Append("#35;"); break;
                case '<': builder.Append("#lt;"); break;
                case '>': builder.Append("#gt;"); break;
                case '\r' or '\n': builder.Append(' '); break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }
}
