using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;

namespace FactGen.Core.Schema;

/// <summary>
/// Reads the schema file (<c>schema.yaml</c>) into a <see cref="SchemaModel"/> and checks it whole:
/// names, types, references between kinds, inverses and the C# names they will become.
/// </summary>
public static class SchemaLoader
{
    public const string FileName = "schema.yaml";

    private static readonly string[] KindKeys = ["plural", "description", "source", "fields"];
    private static readonly string[] FieldKeys = ["type", "required", "list", "description", "kind", "values", "indexed", "inverse"];
    private static readonly string[] BuiltInFields = ["id", "citations", "basis", "note"];

    /// <summary>Member names every generated record or static class already has.</summary>
    private static readonly HashSet<string> ReservedMembers = new(StringComparer.Ordinal)
    {
        "Id", "Citations", "Basis", "Note", "IsInferred", "Kind", "EqualityContract", "ToString", "Equals", "GetHashCode",
        "GetType", "Deconstruct", "PrintMembers", "MemberwiseClone", "Finalize", "Link", "LinkInverses",
    };

    /// <summary>Types the emitter always generates beside the kinds.</summary>
    private static readonly string[] SupportTypes = ["IFact", "Citation", "FactBasis", "FactDate", "DatePrecision", "Facts", "FactData"];

    public static string TypeNames => string.Join(", ", Enum.GetNames(typeof(FieldType)).Select(n => n.ToLowerInvariant()));

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
        var kinds = new List<KindSchema>();
        var fieldSpans = new Dictionary<(string Kind, string Field), SourceSpan>();
        foreach (var entry in kindsNode.Entries)
        {
            var kind = LoadKind(entry, kindNames, diagnostics, fieldSpans);
            if (kind is not null) kinds.Add(kind);
        }

        CheckSourceKind(kinds, kindsNode, diagnostics);
        CheckInverses(kinds, fieldSpans, diagnostics);
        CheckTypeNames(kinds, kindsNode, diagnostics);

        var valid = !diagnostics.Any(d => d.Severity == FactDiagnosticSeverity.Error);
        return new SchemaModel(kinds.ToEquatableArray(), diagnostics.ToEquatableArray(), valid);
    }

    private static KindSchema? LoadKind(YamlEntry entry, List<string> kindNames, List<FactDiagnostic> diagnostics, Dictionary<(string, string), SourceSpan> fieldSpans)
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
                var field = LoadField(name, fieldEntry, kindNames, diagnostics);
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

    private static FieldSchema? LoadField(string kindName, YamlEntry entry, List<string> kindNames, List<FactDiagnostic> diagnostics)
    {
        var name = entry.Key.Value;
        var span = entry.Key.Span;
        if (!IsCamelIdentifier(name))
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, span, $"The field name '{name}' must be a camelCase name (voicedBy)");
            return null;
        }
        if (BuiltInFields.Contains(name) || ReservedMembers.Contains(Naming.ToPascalCase(name)) || Naming.ToPascalCase(name) == kindName)
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, span, $"The field name '{name}' is taken: every fact has id, citations, basis and note, and a field may not share its kind's name or a generated member's");
            return null;
        }
        if (entry.Value is not YamlMapping body)
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, entry.Value.Span, $"The field '{name}' must be a mapping such as {{ type: string }}");
            return null;
        }
        CheckKeys(body, FieldKeys, $"field '{name}'", diagnostics);

        var typeText = ScalarText(body, "type");
        var typeSpan = body.Find("type")?.Value.Span ?? span;
        if (typeText is null || !TryParseType(typeText, out var type))
        {
            Report(diagnostics, DiagnosticCatalog.UnknownFieldType, typeSpan, name, typeText ?? "(none)", TypeNames);
            return null;
        }

        string? target = null;
        if (type == FieldType.Reference)
        {
            target = ScalarText(body, "kind");
            if (target is null || !kindNames.Contains(target))
            {
                var suggestion = target is null ? string.Empty : Naming.DidYouMean(target, kindNames);
                Report(diagnostics, DiagnosticCatalog.UndeclaredKindReference, body.Find("kind")?.Value.Span ?? typeSpan, name, target ?? "(none)", suggestion);
                return null;
            }
        }

        var values = new List<string>();
        if (type == FieldType.Enum)
        {
            if (body.Find("values")?.Value is YamlSequence sequence && sequence.Items.Count > 0)
            {
                foreach (var item in sequence.Items)
                {
                    if (item is not YamlScalar scalar || !Naming.IsSlug(scalar.Value) || values.Contains(scalar.Value))
                    {
                        Report(diagnostics, DiagnosticCatalog.InvalidSchema, item.Span, $"The enum values of '{name}' must be distinct lowercase slugs");
                        continue;
                    }
                    // Each value becomes an enum member: two that make the same C# name would not compile.
                    var clash = values.FirstOrDefault(v => Naming.ToPascalCase(v) == Naming.ToPascalCase(scalar.Value));
                    if (clash is not null)
                    {
                        Report(diagnostics, DiagnosticCatalog.NameCollision, scalar.Span, scalar.Value, Naming.ToPascalCase(scalar.Value), $"the same as the enum value '{clash}'");
                        continue;
                    }
                    values.Add(scalar.Value);
                }
            }
            else
            {
                Report(diagnostics, DiagnosticCatalog.InvalidSchema, typeSpan, $"The enum field '{name}' needs a 'values' list");
            }
        }

        var indexed = Flag(body, "indexed", diagnostics);
        if (indexed && type is not (FieldType.String or FieldType.Enum or FieldType.Reference or FieldType.Bool or FieldType.Int))
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, body.Find("indexed")!.Value.Span, $"The field '{name}' cannot be indexed: only string, enum, reference, bool and int fields get lookup tables");
            indexed = false;
        }

        var inverse = ScalarText(body, "inverse");
        if (inverse is not null && (type != FieldType.Reference || !IsPascalIdentifier(inverse)))
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, body.Find("inverse")!.Value.Span, $"The inverse '{inverse}' must be a PascalCase name on a reference field");
            inverse = null;
        }

        return new FieldSchema(name, type, Flag(body, "list", diagnostics), Flag(body, "required", diagnostics), ScalarText(body, "description"),
            target, values.ToEquatableArray(), indexed, inverse);
    }

    private static void CheckSourceKind(List<KindSchema> kinds, YamlMapping kindsNode, List<FactDiagnostic> diagnostics)
    {
        var sources = kinds.Where(k => k.IsSource).ToList();
        if (sources.Count != 1)
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, kindsNode.Span,
                $"Exactly one kind must be marked 'source: true' (the articles that citations name); found {sources.Count}");
            return;
        }
        if (sources[0].FindField("file") is not { Type: FieldType.String, IsList: false })
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, kindsNode.Find(sources[0].Name)!.Key.Span,
                $"The source kind '{sources[0].Name}' needs a 'file' field of type string: the file name of the article");
        }
    }

    private static void CheckInverses(List<KindSchema> kinds, Dictionary<(string, string), SourceSpan> fieldSpans, List<FactDiagnostic> diagnostics)
    {
        var taken = new Dictionary<(string Kind, string Member), string>();
        foreach (var kind in kinds)
        {
            foreach (var field in kind.Fields) taken[(kind.Name, field.PropertyName)] = $"the field '{field.Name}' of {kind.Name}";
        }
        foreach (var kind in kinds)
        {
            foreach (var field in kind.Fields)
            {
                if (field.Inverse is null) continue;
                var key = (field.TargetKind!, field.Inverse);
                if (taken.TryGetValue(key, out var other) || ReservedMembers.Contains(field.Inverse) || field.Inverse == field.TargetKind)
                {
                    Report(diagnostics, DiagnosticCatalog.InverseClash, fieldSpans[(kind.Name, field.Name)], field.Inverse, field.TargetKind!,
                        other ?? "a member every generated record has");
                    continue;
                }
                taken[key] = $"the inverse of '{kind.Name}.{field.Name}'";
            }
        }
    }

    private static void CheckTypeNames(List<KindSchema> kinds, YamlMapping kindsNode, List<FactDiagnostic> diagnostics)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var support in SupportTypes) owners[support] = "a type FactGen generates";
        foreach (var kind in kinds)
        {
            // The static class {Plural} has All, Get, TryGet and By{Field}: a plural equal to one would
            // name a member like its class (CS0542).
            var members = new[] { "All", "Get", "TryGet" }.Concat(kind.Fields.Where(f => f.IsIndexed).Select(f => "By" + f.PropertyName));
            if (members.Contains(kind.Plural))
            {
                Report(diagnostics, DiagnosticCatalog.NameCollision, kindsNode.Find(kind.Name)!.Key.Span, kind.Plural, kind.Plural, "which is also a member of the class it names");
            }
            var names = new List<string> { kind.Name, kind.Plural, kind.Name + "Ids" };
            names.AddRange(kind.Fields.Where(f => f.Type == FieldType.Enum).Select(f => kind.Name + f.PropertyName));
            foreach (var name in names)
            {
                if (owners.TryGetValue(name, out var owner))
                {
                    Report(diagnostics, DiagnosticCatalog.NameCollision, kindsNode.Find(kind.Name)!.Key.Span, kind.Name, name, $"which is also {owner}");
                    continue;
                }
                owners[name] = $"generated for the kind '{kind.Name}'";
            }
        }
    }

    private static void CheckKeys(YamlMapping mapping, string[] allowed, string what, List<FactDiagnostic> diagnostics)
    {
        foreach (var entry in mapping.Entries)
        {
            if (allowed.Contains(entry.Key.Value)) continue;
            Report(diagnostics, DiagnosticCatalog.InvalidSchema, entry.Key.Span,
                $"The {what} has the unknown key '{entry.Key.Value}'{Naming.DidYouMean(entry.Key.Value, allowed)}");
        }
    }

    private static bool TryParseType(string text, out FieldType type)
    {
        foreach (FieldType candidate in Enum.GetValues(typeof(FieldType)))
        {
            if (string.Equals(candidate.ToString(), text, StringComparison.OrdinalIgnoreCase) && text == text.ToLowerInvariant())
            {
                type = candidate;
                return true;
            }
        }
        type = default;
        return false;
    }

    private static string? ScalarText(YamlMapping mapping, string key) =>
        mapping.Find(key)?.Value is YamlScalar { IsNull: false } scalar ? scalar.Value : null;

    private static bool Flag(YamlMapping mapping, string key, List<FactDiagnostic> diagnostics)
    {
        if (mapping.Find(key)?.Value is not YamlScalar scalar) return false;
        if (scalar.Value == "true") return true;
        if (scalar.Value == "false") return false;
        Report(diagnostics, DiagnosticCatalog.WrongValueType, scalar.Span, key, "true or false", $"'{scalar.Value}'");
        return false;
    }

    private static bool IsPascalIdentifier(string name) =>
        name.Length > 0 && name[0] is >= 'A' and <= 'Z' && name.All(Naming.IsAsciiLetterOrDigit);

    private static bool IsCamelIdentifier(string name) =>
        name.Length > 0 && name[0] is >= 'a' and <= 'z' && name.All(Naming.IsAsciiLetterOrDigit);

    private static void Report(List<FactDiagnostic> diagnostics, DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
        diagnostics.Add(FactDiagnostic.Create(descriptor, span, args));
}
