using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using static FactGen.Core.Schema.SchemaNodes;

namespace FactGen.Core.Schema;

/// <summary>
/// The checks that need the whole schema: one source kind, inverses that do not clash, and the C#
/// types the kinds become (from <see cref="GeneratedNames"/>, the names the emitter writes).
/// </summary>
internal static class SchemaRules
{
    public static void CheckSourceKind(List<KindSchema> kinds, YamlMapping kindsNode, List<FactDiagnostic> diagnostics)
    {
        var sources = kinds.Where(k => k.IsSource).ToList();
        if (sources.Count != 1)
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSourceKind, kindsNode.Span,
                sources.Count == 0 ? "none is" : $"{sources.Count.ToString(System.Globalization.CultureInfo.InvariantCulture)} are ({string.Join(", ", sources.Select(k => k.Name))})");
            return;
        }
        if (sources[0].FindField(BuiltInFields.File) is not { Type: FieldType.String, IsList: false })
        {
            Report(diagnostics, DiagnosticCatalog.InvalidSourceKind, kindsNode.Find(sources[0].Name)!.Key.Span,
                $"the source kind '{sources[0].Name}' has no such field");
        }
    }

    /// <summary>
    /// The members a record gets besides the built-in ones must differ: its fields' properties,
    /// the <c>{Field}BySource</c> of a per-source field, and the inverses that land on it (on every
    /// member kind when the field points at a union).
    /// </summary>
    public static void CheckInverses(List<KindSchema> kinds, List<UnionSchema> unions, Dictionary<(string Kind, string Field), SourceSpan> fieldSpans, List<FactDiagnostic> diagnostics)
    {
        var taken = new Dictionary<(string Kind, string Member), string>();
        foreach (var kind in kinds)
        {
            foreach (var field in kind.Fields) taken[(kind.Name, field.PropertyName)] = $"the field '{field.Name}' of {kind.Name}";
        }
        foreach (var kind in kinds)
        {
            foreach (var field in kind.Fields.Where(f => f.IsPerSource))
            {
                var member = GeneratedNames.BySourceProperty(field);
                // A member named like its record does not compile (CS0542).
                if (member == GeneratedNames.Record(kind)) taken[(kind.Name, member)] = "the name of its own kind";
                if (taken.TryGetValue((kind.Name, member), out var other))
                {
                    Report(diagnostics, DiagnosticCatalog.NameCollision, fieldSpans[(kind.Name, field.Name)], field.Name, member, $"the values by source of '{field.Name}', which is also {other}");
                    continue;
                }
                taken[(kind.Name, member)] = $"the values by source of '{kind.Name}.{field.Name}'";
            }
        }
        foreach (var kind in kinds)
        {
            foreach (var field in kind.Fields)
            {
                if (field.Inverse is null) continue;
                var targets = UnionSchema.KindsOf(unions, field.TargetKind!);
                foreach (var target in targets)
                {
                    var key = (target, field.Inverse);
                    if (taken.TryGetValue(key, out var other) || GeneratedNames.RecordMembers.Contains(field.Inverse) || field.Inverse == target)
                    {
                        Report(diagnostics, DiagnosticCatalog.InverseClash, fieldSpans[(kind.Name, field.Name)], field.Inverse, target,
                            other ?? "a member every generated record has");
                        break;
                    }
                    taken[key] = $"the inverse of '{kind.Name}.{field.Name}'";
                }
            }
        }
    }

    public static void CheckTypeNames(List<KindSchema> kinds, List<UnionSchema> unions, YamlMapping kindsNode, YamlMapping? unionsNode, List<FactDiagnostic> diagnostics)
    {
        var owners = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var support in GeneratedNames.SupportTypes) owners[support] = "a type FactGen generates";
        foreach (var kind in kinds)
        {
            var plural = GeneratedNames.FactsClass(kind);
            var pluralIsName = plural == GeneratedNames.Record(kind);
            if (pluralIsName) ReportPluralLikeKind(kind, kindsNode, diagnostics);
            if (GeneratedNames.DeclaredFactsClassMembers(kind).Contains(plural))
            {
                Report(diagnostics, DiagnosticCatalog.NameCollision, kindsNode.Find(kind.Name)!.Key.Span, plural, plural, "which is also a member of the class it names");
            }
            // A member may not share its type's name (CS0542): a kind named Note would declare Note.Note.
            var record = GeneratedNames.Record(kind);
            if (GeneratedNames.RecordMembers.Contains(record))
            {
                Report(diagnostics, DiagnosticCatalog.NameCollision, kindsNode.Find(kind.Name)!.Key.Span, kind.Name, record, "which is also a member every record has or FactGen reserves");
            }
            foreach (var name in GeneratedNames.TypesOf(kind))
            {
                // Said once, at the plural, just above.
                if (pluralIsName && name == plural && owners.ContainsKey(name)) continue;
                if (owners.TryGetValue(name, out var owner))
                {
                    Report(diagnostics, DiagnosticCatalog.NameCollision, kindsNode.Find(kind.Name)!.Key.Span, kind.Name, name, $"which is also {owner}");
                    continue;
                }
                owners[name] = $"generated for the kind '{kind.Name}'";
            }
        }
        foreach (var union in unions)
        {
            var type = GeneratedNames.UnionInterface(union);
            if (owners.TryGetValue(type, out var owner))
            {
                Report(diagnostics, DiagnosticCatalog.UnionClash, unionsNode!.Find(union.Name)!.Key.Span, union.Name, $"its interface '{type}' is already {owner}");
                continue;
            }
            owners[type] = $"generated for the union '{union.Name}'";
        }
    }

    /// <summary>
    /// FG0015 for <c>plural: Planet</c> under <c>Planet</c>: the record and the static class would
    /// share one name. Reported at the <c>plural:</c> value, with a plural to write instead (issue 27:
    /// it pointed at the kind and gave no fix).
    /// </summary>
    private static void ReportPluralLikeKind(KindSchema kind, YamlMapping kindsNode, List<FactDiagnostic> diagnostics)
    {
        var entry = kindsNode.Find(kind.Name)!;
        var span = (entry.Value as YamlMapping)?.Find("plural")?.Value.Span ?? entry.Key.Span;
        var suggested = PluralOf(kind.Name);
        Report(diagnostics, DiagnosticCatalog.NameCollision, span, kind.Plural, kind.Plural,
            $"which is also the name of the kind's record; the plural names the kind's static class ({suggested}.All), so it must differ from the kind: write 'plural: {suggested}'");
    }

    /// <summary>An English plural good enough to suggest: Country to Countries, Address to Addresses, Person to Persons (the curator knows better).</summary>
    private static string PluralOf(string name)
    {
        if (name.Length > 1 && name.EndsWith("y", System.StringComparison.Ordinal) && "aeiou".IndexOf(name[name.Length - 2]) < 0) return name.Substring(0, name.Length - 1) + "ies";
        if (name.EndsWith("s", System.StringComparison.Ordinal) || name.EndsWith("x", System.StringComparison.Ordinal) || name.EndsWith("sh", System.StringComparison.Ordinal) || name.EndsWith("ch", System.StringComparison.Ordinal)) return name + "es";
        return name + "s";
    }
}
