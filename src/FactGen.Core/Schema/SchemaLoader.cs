using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using static FactGen.Core.Schema.SchemaNodes;

namespace FactGen.Core.Schema;

/// <summary>
/// Reads the schema file (<c>schema.yaml</c>) into a <see cref="SchemaModel"/> and checks it whole:
/// each kind here, each field in <see cref="FieldLoader"/>, and what needs every kind (the source
/// kind, inverses, the C# names the kinds become) in <see cref="SchemaRules"/>; unions of kinds in
/// <see cref="UnionLoader"/>.
/// </summary>
public static class SchemaLoader
{
    public const string FileName = "schema.yaml";

    private static readonly string[] KindKeys = ["plural", "description", "source", "fields"];

    public static SchemaModel Load(ParsedFile file)
    {
        var diagnostics = new List<FactDiagnostic>(file.Diagnostics);
        if (file.Root is null)
        {
            if (file.Diagnostics.IsEmpty) Report(diagnostics, DiagnosticCatalog.InvalidSchema, SourceSpan.StartOf(file.Path), "The schema file is empty; declare the kinds under 'kinds:'");
            return new SchemaModel(EquatableArray<KindSchema>.Empty, diagnostics.ToEquatableArray(), IsValid: false);
        }

        var kindsNode = (file.Root as YamlMapping)?.Find("kinds")?.Value as YamlMapping;
        if (kindsNode is null)
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, file.Root.Span, "The schema must be a mapping with a 'kinds:' mapping of kind names to their declarations");
            return new SchemaModel(EquatableArray<KindSchema>.Empty, diagnostics.ToEquatableArray(), IsValid: false);
        }

        var kindNames = kindsNode.Entries.Select(e => e.Key.Value).ToList();
        var unionsNode = ((YamlMapping)file.Root).Find("unions")?.Value;
        var unionNames = UnionLoader.Names(unionsNode as YamlMapping).Where(n => !kindNames.Contains(n)).ToList();
        var targets = kindNames.Concat(unionNames).ToList();
        var kinds = new List<KindSchema>();
        var fieldSpans = new Dictionary<(string Kind, string Field), SourceSpan>();
        foreach (var entry in kindsNode.Entries)
        {
            var kind = LoadKind(entry, targets, unionNames, diagnostics, fieldSpans);
            if (kind is not null) kinds.Add(kind);
        }
        var unions = UnionLoader.Load(unionsNode, kindNames, diagnostics);

        SchemaRules.CheckSourceKind(kinds, kindsNode, diagnostics);
        SchemaRules.CheckInverses(kinds, unions, fieldSpans, diagnostics);
        SchemaRules.CheckTypeNames(kinds, unions, kindsNode, unionsNode as YamlMapping, diagnostics);

        var valid = !diagnostics.Any(d => d.Severity == FactDiagnosticSeverity.Error);
        return new SchemaModel(kinds.ToEquatableArray(), diagnostics.ToEquatableArray(), valid, unions.ToEquatableArray());
    }

    private static KindSchema? LoadKind(YamlEntry entry, List<string> targets, List<string> unionNames, List<FactDiagnostic> diagnostics, Dictionary<(string, string), SourceSpan> fieldSpans)
    {
        var name = entry.Key.Value;
        if (!IsPascalIdentifier(name))
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, entry.Key.Span, $"The kind name '{name}' must be a PascalCase C# name (Person)");
            return null;
        }
        if (entry.Value is not YamlMapping body)
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, entry.Value.Span, $"The kind '{name}' must be a mapping with 'plural' and 'fields'");
            return null;
        }
        CheckKeys(body, KindKeys, $"kind '{name}'", diagnostics);

        var plural = ScalarText(body, "plural");
        if (plural is null || !IsPascalIdentifier(plural))
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, body.Find("plural")?.Value.Span ?? entry.Key.Span, $"The kind '{name}' needs a 'plural' that is a PascalCase C# name (People)");
            plural = name + "s";
        }

        var fields = new List<FieldSchema>();
        var fieldsNode = body.Find("fields")?.Value;
        if (fieldsNode is YamlMapping fieldMap)
        {
            foreach (var fieldEntry in fieldMap.Entries)
            {
                var field = FieldLoader.Load(name, fieldEntry, targets, unionNames, diagnostics);
                if (field is null) continue;
                fields.Add(field);
                fieldSpans[(name, field.Name)] = fieldEntry.Key.Span;
            }
        }
        else if (fieldsNode is not null && !(fieldsNode is YamlScalar { IsNull: true }))
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, fieldsNode.Span, $"The 'fields' of kind '{name}' must be a mapping of field names to declarations");
        }

        return new KindSchema(name, plural, ScalarText(body, "description"), Flag(body, "source", diagnostics), fields.ToEquatableArray());
    }
}
