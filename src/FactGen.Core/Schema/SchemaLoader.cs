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
            if (file.Diagnostics.IsEmpty) Report(diagnostics, DiagnosticCatalog.InvalidSchema, SourceSpan.StartOf(file.Path), "empty");
            return new SchemaModel(EquatableArray<KindSchema>.Empty, diagnostics.ToEquatableArray(), IsValid: false);
        }

        var kindsNode = (file.Root as YamlMapping)?.Find("kinds")?.Value as YamlMapping;
        if (kindsNode is null)
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, file.Root.Span, WhatTheRootIs(file.Root));
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

    /// <summary>What a schema without a 'kinds:' mapping is instead, for FG0030.</summary>
    private static string WhatTheRootIs(YamlNode root) => root switch
    {
        YamlMapping map when map.Find("kinds") is { } kinds => kinds.Value is YamlScalar { IsNull: true } ? "a mapping whose 'kinds:' is empty" : "a mapping whose 'kinds:' is not a mapping",
        YamlMapping => "a mapping without 'kinds:'",
        YamlSequence => "a list",
        YamlScalar { IsNull: true } => "empty",
        _ => "a single value",
    };

    private static KindSchema? LoadKind(YamlEntry entry, List<string> targets, List<string> unionNames, List<FactDiagnostic> diagnostics, Dictionary<(string, string), SourceSpan> fieldSpans)
    {
        var name = entry.Key.Value;
        if (!IsPascalIdentifier(name))
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchemaName, entry.Key.Span, "kind name", "PascalCase", "Person", $"'{name}'");
            return null;
        }
        if (entry.Value is not YamlMapping body)
        {
            Report(diagnostics, DiagnosticCatalog.SchemaEntryShape, entry.Value.Span, $"kind '{name}'", "a mapping with 'plural' and 'fields'");
            return null;
        }
        CheckKeys(body, KindKeys, $"kind '{name}'", diagnostics);

        var plural = ScalarText(body, "plural");
        if (plural is null || !IsPascalIdentifier(plural))
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchemaName, body.Find("plural")?.Value.Span ?? entry.Key.Span, $"plural of kind '{name}'", "PascalCase", "People", plural is null ? "missing" : $"'{plural}'");
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
            Report(diagnostics, DiagnosticCatalog.SchemaEntryShape, fieldsNode.Span, $"'fields' of kind '{name}'", "a mapping of field names to declarations");
        }

        return new KindSchema(name, plural, ScalarText(body, "description"), Flag(body, "source", diagnostics), fields.ToEquatableArray());
    }
}
