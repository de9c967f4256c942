using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using static FactGen.Core.Schema.SchemaNodes;

namespace FactGen.Core.Schema;

/// <summary>
/// Reads the schema's <c>unions:</c>: each a PascalCase name and two or more member kinds, written
/// as a list (<c>Party: [Country, Organization, Person]</c>) or as a mapping with <c>members</c>
/// and a <c>description</c>.
/// </summary>
internal static class UnionLoader
{
    private static readonly string[] UnionKeys = ["members", "description"];

    /// <summary>The names the unions declare, so fields can point at them before they are checked.</summary>
    public static List<string> Names(YamlMapping? unionsNode) =>
        unionsNode?.Entries.Select(e => e.Key.Value).Where(IsPascalIdentifier).ToList() ?? new List<string>();

    public static List<UnionSchema> Load(YamlNode? unionsNode, List<string> kindNames, List<FactDiagnostic> diagnostics)
    {
        var unions = new List<UnionSchema>();
        if (unionsNode is null || unionsNode is YamlScalar { IsNull: true }) return unions;
        if (unionsNode is not YamlMapping mapping)
        {
            Report(diagnostics, DiagnosticCatalog.SchemaEntryShape, unionsNode.Span, "'unions:'", "a mapping of union names to their member kinds (Party: [Country, Person])");
            return unions;
        }
        foreach (var entry in mapping.Entries)
        {
            var union = LoadUnion(entry, kindNames, diagnostics);
            if (union is not null) unions.Add(union);
        }
        return unions;
    }

    private static UnionSchema? LoadUnion(YamlEntry entry, List<string> kindNames, List<FactDiagnostic> diagnostics)
    {
        var name = entry.Key.Value;
        if (!IsPascalIdentifier(name))
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchemaName, entry.Key.Span, "union name", "PascalCase", "Party", $"'{name}'");
            return null;
        }
        if (kindNames.Contains(name))
        {
            Report(diagnostics, DiagnosticCatalog.UnionClash, entry.Key.Span, name, "a kind has the same name; a reference's 'kind:' could not tell them apart");
            return null;
        }

        string? description = null;
        var membersNode = entry.Value;
        if (entry.Value is YamlMapping body)
        {
            CheckKeys(body, UnionKeys, $"union '{name}'", diagnostics);
            description = ScalarText(body, "description");
            membersNode = body.Find("members")?.Value ?? body;
        }
        if (membersNode is not YamlSequence list)
        {
            Report(diagnostics, DiagnosticCatalog.SchemaEntryShape, membersNode.Span, $"union '{name}'", $"a list of member kinds: {name}: [Country, Person]");
            return null;
        }

        var members = new List<string>();
        foreach (var item in list.Items)
        {
            var member = (item as YamlScalar)?.Value ?? string.Empty;
            if (!kindNames.Contains(member))
            {
                Report(diagnostics, DiagnosticCatalog.UnknownUnionMember, item.Span, name, member, Naming.DidYouMean(member, kindNames));
                continue;
            }
            if (members.Contains(member))
            {
                Report(diagnostics, DiagnosticCatalog.UnionClash, item.Span, name, $"it lists the kind '{member}' twice");
                continue;
            }
            members.Add(member);
        }
        if (members.Count < 2 && members.Count == list.Items.Count)
        {
            Report(diagnostics, DiagnosticCatalog.UnionClash, list.Span, name, "a union needs at least two member kinds; point the field at the kind itself");
            return null;
        }
        return new UnionSchema(name, description, members.ToEquatableArray());
    }
}
