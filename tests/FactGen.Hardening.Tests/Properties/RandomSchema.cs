using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace FactGen.Hardening.Tests.Properties;

/// <summary>
/// Random schemas and facts built to make generated names collide (issue 16), with unions, values
/// per source, aliases and inferred fields among them (issue 14): kind, plural, field,
/// inverse, enum-value and fact-id names drawn from pools of C# keywords, the names FactGen
/// generates and the words of its table of composed names, BCL type names, case variants of each other, and fresh identifiers. One seed, one
/// corpus: <see cref="Create"/> is deterministic, so a failing case replays from its seed.
/// </summary>
public static class RandomSchema
{
    /// <summary>
    /// The words of the names FactGen composes inside FactData (issue 26), from its own table: every
    /// role and each word of a shared helper (Make, Links, Any, ReadOnly, Entry...), so kinds, plurals,
    /// unions and fields meet the words the composed names are made of.
    /// </summary>
    private static readonly string[] TableWords = FactGen.Core.GeneratedNames.FactDataMembers.Roles
        .Concat(FactGen.Core.GeneratedNames.FactDataMembers.Shared.SelectMany(name => name.Split('_')))
        .Distinct(StringComparer.Ordinal).ToArray();

    private static readonly string[] KindNames =
    [
        .. TableWords,
        "Person", "PERSON", "People", "PersonIds", "PersonRole", "Support", "Shared", "DataReader", "FactData", "IFact", "Citation",
        "FactBasis", "FactDate", "DatePrecision", "Facts", "FactCatalog", "Kind", "Object", "String", "System", "Type", "Uri", "List", "Task",
        "Dictionary", "IReadOnlyList", "Array", "Math", "Encoding", "Global", "Abc", "ABC", "AbC", "All", "Get", "TryGet", "Link",
        "Items", "Thing", "Things", "ThingIds", "Sources", "Source2", "X", "Y1", "Z9z",
    ];

    private static readonly string[] FieldNames =
    [
        .. TableWords.Select(word => char.ToLowerInvariant(word[0]) + word.Substring(1)),
        "name", "label", "class", "event", "string", "object", "namespace", "default", "base", "this", "value", "id", "note", "basis",
        "citations", "isInferred", "link", "linkInverses", "kind", "equalityContract", "printMembers", "toString", "equals",
        "getHashCode", "person", "people", "thing", "things", "all", "get", "byName", "builder", "fact", "key", "owner", "target",
        "factBasis", "factDate", "datePrecision", "citation", "facts", "factData", "iFact", "k0", "k1", "source", "sources",
        "slot", "reader", "data", "item", "a", "b1", "x2y",
    ];

    private static readonly string[] InverseNames =
    [
        "Citizens", "Quotes", "Label", "Name", "Id", "Citations", "Link", "Things", "People", "Person", "All", "Get", "Kind", "Owner",
        "Items", "Class", "Event", "Value", "Fact", "Data",
    ];

    private static readonly string[] EnumValues =
    [
        "envoy", "minister", "class", "in-progress", "in-progress2", "inprogress", "a-1", "a1", "none", "default", "stated",
        "inferred", "value", "x",
    ];

    private static readonly string[] FactIds =
    [
        "ann", "bob", "all", "get", "try-get", "fact-data", "equals", "to-string", "a-1", "a1", "class", "event", "person", "people",
        "person-ids", "thing", "things", "items", "count", "x", "article",
    ];

    /// <summary>Union names: fresh, named like a kind or a generated type, or whose interface (I + name) is one.</summary>
    private static readonly string[] UnionNames = [.. TableWords, "Party", "Person", "Fact", "Facts", "Things", "Source", "Kind", "Items", "X", "Citation", "Actor"];

    private static readonly string[] Types = ["string", "text", "int", "decimal", "bool", "date", "url", "enum", "reference", "citation"];

    /// <summary>A schema and fact files: (file name, YAML) pairs, the schema first.</summary>
    public static IReadOnlyList<(string Name, string Text)> Create(int seed)
    {
        var random = new Random(seed);
        // Half the names are hostile (from the pools), half fresh, so that many schemas compile and
        // the emitter, not only the checks, meets the hostile ones.
        var kinds = Enumerable.Range(0, random.Next(1, 5)).Select(i => random.Next(2) == 0 ? Pick(random, KindNames) : "K" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Distinct(StringComparer.Ordinal).ToList();
        var schema = new StringBuilder(FactGen.Tests.SchemaPreamble.SourceKind);
        var fields = new Dictionary<string, List<(string Name, string Type, bool Required, bool List, bool PerSource)>>();
        // A union of two or more names, mostly kinds (issue 14): references may point at it.
        var union = random.Next(4) == 0 ? Pick(random, UnionNames) : null;
        var members = union is null ? [] : Pick(random, kinds.Append("Source").ToArray(), random.Next(2, 4)).ToList();
        if (union is not null && random.Next(6) == 0) members.Add("Nobody");
        var targets = union is null ? kinds : kinds.Append(union).ToList();
        var enumValues = new Dictionary<(string Kind, string Field), string[]>();
        foreach (var kind in kinds)
        {
            var plural = random.Next(4) == 0 ? Pick(random, KindNames) : kind + (random.Next(3) == 0 ? "Items" : "s");
            schema.Append("  ").Append(kind).Append(":\n    plural: ").Append(plural).Append("\n    fields:\n");
            var own = fields[kind] = new List<(string, string, bool, bool, bool)>();
            var fieldNames = Enumerable.Range(0, random.Next(0, 4)).Select(i => random.Next(2) == 0 ? Pick(random, FieldNames) : "f" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var field in fieldNames.Distinct(StringComparer.Ordinal))
            {
                var type = Pick(random, Types);
                var required = random.Next(3) == 0;
                var list = random.Next(4) == 0;
                var perSource = random.Next(4) == 0;
                schema.Append("      ").Append(field).Append(": { type: ").Append(type);
                if (required) schema.Append(", required: true");
                if (list) schema.Append(", list: true");
                if (perSource) schema.Append(", perSource: true");
                if (type == "enum")
                {
                    var values = Pick(random, EnumValues, random.Next(1, 4)).ToArray();
                    enumValues[(kind, field)] = values;
                    schema.Append(", values: [").Append(string.Join(", ", values)).Append(']');
                }
                if (type == "reference")
                {
                    schema.Append(", kind: ").Append(random.Next(6) == 0 ? "Source" : Pick(random, targets));
                    if (random.Next(2) == 0) schema.Append(", inverse: ").Append(Pick(random, InverseNames));
                }
                if (type is "string" or "enum" or "reference" or "bool" or "int" && random.Next(3) == 0) schema.Append(", indexed: true");
                schema.Append(" }\n");
                own.Add((field, type, required, list, perSource));
            }
        }
        if (union is not null) schema.Append("unions:\n  ").Append(union).Append(": [").Append(string.Join(", ", members)).Append("]\n");

        var files = new List<(string, string)> { ("schema.yaml", schema.ToString()), ("sources.yaml", FactGen.Tests.SchemaPreamble.ArticleSource) };
        var ids = new List<string>();
        foreach (var kind in kinds)
        {
            var text = new StringBuilder("kind: ").Append(kind).Append("\nfacts:\n");
            foreach (var id in Enumerable.Range(0, random.Next(0, 4)).Select(i => random.Next(2) == 0 ? Pick(random, FactIds) : $"{kind.ToLowerInvariant()}-{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}"))
            {
                ids.Add(id);
                text.Append("  - id: ").Append(id).Append('\n');
                foreach (var (name, type, required, list, perSource) in fields[kind])
                {
                    if (!required && random.Next(3) == 0) continue;
                    // An enum value mostly from the field's own values, sometimes from anywhere (FG0008).
                    var value = type == "enum" && random.Next(4) != 0 && enumValues.TryGetValue((kind, name), out var own) ? Pick(random, own) : Value(random, type, ids);
                    if (list) value = "[" + value + "]";
                    // A value per source, on any field (FG0043 where it is not perSource), keyed by the
                    // cited source, by a source not cited, or by something that is no source.
                    if (random.Next(perSource ? 2 : 12) == 0) value = "{ " + Pick(random, ["article", "article", "article", "article", "other", "ann"]) + ": " + value + " }";
                    text.Append("    ").Append(name).Append(": ").Append(value).Append('\n');
                }
                if (random.Next(4) == 0) text.Append("    aliases: [").Append(Pick(random, FactIds)).Append(", \"").Append(Pick(random, FieldNames)).Append("\"]\n");
                if (random.Next(5) == 0 && fields[kind].Count > 0) text.Append("    inferred: [").Append(Pick(random, fields[kind]).Name).Append("]\n    note: Inferred.\n");
                text.Append("    citations: [{ source: article, paragraph: 1, quote: q }]\n");
            }
            files.Add((kind.ToLowerInvariant() + "-" + files.Count + ".yaml", text.ToString()));
        }
        return files;
    }

    private static string Value(Random random, string type, List<string> ids) => type switch
    {
        "int" => random.Next(-5, 5).ToString(System.Globalization.CultureInfo.InvariantCulture),
        "decimal" => "1.5",
        "bool" => random.Next(2) == 0 ? "true" : "false",
        "date" => "2024-04-24",
        "url" => "https://example.org/a",
        "enum" => Pick(random, EnumValues),
        "reference" => ids.Count > 0 && random.Next(4) != 0 ? Pick(random, ids.ToArray()) : Pick(random, FactIds),
        "citation" => "{ source: article, paragraph: 1, quote: q }",
        _ => "\"" + Pick(random, FactIds) + "\"",
    };

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static IEnumerable<T> Pick<T>(Random random, IReadOnlyList<T> items, int count) =>
        Enumerable.Range(0, count).Select(_ => Pick(random, items));
}
