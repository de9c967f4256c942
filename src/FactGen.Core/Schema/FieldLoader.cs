using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using static FactGen.Core.Schema.SchemaNodes;

namespace FactGen.Core.Schema;

/// <summary>Reads one field's declaration: its name, type, target kind, enum values, flags and inverse.</summary>
internal static class FieldLoader
{
    private static readonly string[] FieldKeys = ["type", "required", "list", "description", "kind", "values", "indexed", "inverse", "perSource"];

    public static string TypeNames => string.Join(", ", Enum.GetNames(typeof(FieldType)).Select(n => n.ToLowerInvariant()));

    /// <param name="targets">What a reference may point at: the kinds, then the unions.</param>
    /// <param name="unionNames">The unions among <paramref name="targets"/>.</param>
    public static FieldSchema? Load(string kindName, YamlEntry entry, List<string> targets, List<string> unionNames, List<FactDiagnostic> diagnostics)
    {
        var name = entry.Key.Value;
        var span = entry.Key.Span;
        if (!IsCamelIdentifier(name))
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchemaName, span, "field name", "camelCase", "voicedBy", $"'{name}'");
            return null;
        }
        if (BuiltInFields.Names.Contains(name) || GeneratedNames.RecordMembers.Contains(Naming.ToPascalCase(name)) || Naming.ToPascalCase(name) == kindName)
        {
            Report(diagnostics, DiagnosticCatalog.FieldNameTaken, span, name);
            return null;
        }
        if (entry.Value is not YamlMapping body)
        {
            Report(diagnostics, DiagnosticCatalog.SchemaEntryShape, entry.Value.Span, $"field '{name}'", "a mapping such as { type: string }");
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
            if (target is null || !targets.Contains(target))
            {
                var suggestion = target is null ? string.Empty : Naming.DidYouMean(target, targets);
                Report(diagnostics, DiagnosticCatalog.UndeclaredKindReference, body.Find("kind")?.Value.Span ?? typeSpan, name, target ?? "(none)", suggestion);
                return null;
            }
        }

        var values = type == FieldType.Enum ? EnumValues(name, body, typeSpan, diagnostics) : new List<string>();

        var indexed = Flag(body, "indexed", diagnostics);
        if (indexed && type is not (FieldType.String or FieldType.Enum or FieldType.Reference or FieldType.Bool or FieldType.Int))
        {
            Report(diagnostics, DiagnosticCatalog.FieldOptionNotAllowed, body.Find("indexed")!.Value.Span, name, "be indexed", "only string, enum, reference, bool and int fields get lookup tables");
            indexed = false;
        }

        var inverse = ScalarText(body, "inverse");
        if (inverse is not null && type != FieldType.Reference)
        {
            Report(diagnostics, DiagnosticCatalog.FieldOptionNotAllowed, body.Find("inverse")!.Value.Span, name, "have an inverse", "only a reference field has one, on the kind it names");
            inverse = null;
        }
        else if (inverse is not null && !IsPascalIdentifier(inverse))
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSchemaName, body.Find("inverse")!.Value.Span, $"inverse of field '{name}'", "PascalCase", "People", $"'{inverse}'");
            inverse = null;
        }

        // A citation is itself a pointer into one source: a citation per source would say nothing more.
        var perSource = Flag(body, "perSource", diagnostics);
        if (perSource && type == FieldType.Citation)
        {
            Report(diagnostics, DiagnosticCatalog.FieldOptionNotAllowed, body.Find("perSource")!.Value.Span, name, "be perSource", "a citation already names its source");
            perSource = false;
        }

        return new FieldSchema(name, type, Flag(body, "list", diagnostics), Flag(body, "required", diagnostics), ScalarText(body, "description"),
            target, values.ToEquatableArray(), indexed, inverse, perSource, target is not null && unionNames.Contains(target));
    }

    private static string ValueShape(YamlNode node) => node is YamlSequence ? "a list" : "a mapping";

    private static List<string> EnumValues(string name, YamlMapping body, SourceSpan typeSpan, List<FactDiagnostic> diagnostics)
    {
        var values = new List<string>();
        if (body.Find("values")?.Value is not YamlSequence { Items.Count: > 0 } sequence)
        {
            Report(diagnostics, DiagnosticCatalog.EnumWithoutValues, typeSpan, name);
            return values;
        }
        foreach (var item in sequence.Items)
        {
            if (item is not YamlScalar scalar || !Naming.IsSlug(scalar.Value) || values.Contains(scalar.Value))
            {
                var why = item is not YamlScalar other ? ValueShape(item) + " is not one"
                    : values.Contains(other.Value) ? $"'{other.Value}' is given twice" : $"'{other.Value}' is not one";
                Report(diagnostics, DiagnosticCatalog.InvalidEnumValueName, item.Span, name, why);
                continue;
            }
            // Each value becomes an enum member: two that make the same C# name would not compile.
            // (One named like its enum, person-mood in PersonMood, does: enums allow it.)
            var member = GeneratedNames.EnumMember(scalar.Value);
            var clash = values.FirstOrDefault(v => GeneratedNames.EnumMember(v) == member);
            if (clash is not null)
            {
                Report(diagnostics, DiagnosticCatalog.NameCollision, scalar.Span, scalar.Value, member, $"the same as the enum value '{clash}'");
                continue;
            }
            values.Add(scalar.Value);
        }
        return values;
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
}
