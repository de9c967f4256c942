using System.Linq;
using FactGen.Core;
using FactGen.Core.Schema;
using static FactGen.Generator.Emit.KindEmitter;

namespace FactGen.Generator.Emit;

/// <summary>
/// A kind's <c>sealed partial record</c>: a property per field, the inverse navigations, citations
/// and basis; equality by id; a <c>ToString</c> that prints references as ids, so it never follows
/// a cycle. References, citations and inverses are set once, by <c>FactData</c>'s link passes.
/// </summary>
internal static class RecordEmitter
{
    public static void Emit(SourceWriter w, KindEmitter kind)
    {
        var schema = kind.Schema;
        var name = GeneratedNames.Record(schema);
        var plain = schema.Fields.Where(f => !TypeNames.IsLinked(f)).ToList();
        var linked = schema.Fields.Where(TypeNames.IsLinked).ToList();
        var perSource = schema.Fields.Where(f => f.IsPerSource).ToList();
        var interfaces = new[] { GeneratedNames.FactInterface }.Concat(kind.Index.UnionsOf(schema).Select(GeneratedNames.UnionInterface));

        DocComments.Summary(w, schema.Description ?? $"A {name} fact.");
        w.Line($"/// <remarks>Each {name} is one fact from the fact files; see <see cref=\"{GeneratedNames.FactsClass(schema)}\"/> for all of them. Equality and hashing are by <see cref=\"Id\"/>.</remarks>");
        w.Line(DocComments.GeneratedCode(kind.Options));
        w.Open($"{kind.Options.Visibility} sealed partial record {name} : {string.Join(", ", interfaces)}");

        var parameters = new[] { "string id", $"{GeneratedNames.FactBasis} basis", "string? note", $"{TypeNames.ReadOnlyList}<string> aliases", $"{TypeNames.ReadOnlyList}<string> inferredFields" }
            .Concat(plain.Select(f => $"{TypeNames.Property(schema, f)} {Parameter(f.Name)}"));
        w.Open($"internal {name}({string.Join(", ", parameters)})");
        w.Line($"{GeneratedNames.Id} = id;").Line($"{GeneratedNames.Basis} = basis;").Line($"{GeneratedNames.Note} = note;").Line($"{GeneratedNames.Aliases} = aliases;").Line($"{GeneratedNames.InferredFields} = inferredFields;");
        foreach (var field in plain) w.Line($"{field.PropertyName} = {Parameter(field.Name)};");
        w.Close().Line();

        w.Line("/// <summary>The fact's id: a lowercase slug, unique across the corpus.</summary>").Line($"public string {GeneratedNames.Id} {{ get; }}").Line();
        foreach (var field in schema.Fields)
        {
            DocComments.Summary(w, field.Description ?? $"The {field.Name} of the {name}.");
            var setter = TypeNames.IsLinked(field) ? " private set; " : " ";
            var initializer = !TypeNames.IsLinked(field) ? string.Empty
                : field.IsList ? $" = global::System.Array.Empty<{TypeNames.Element(schema, field)}>();"
                : field.IsRequired ? " = null!;" : string.Empty;
            w.Line($"public {TypeNames.Property(schema, field)} {field.PropertyName} {{ get;{setter}}}{initializer}").Line();
            if (!field.IsPerSource) continue;
            var sourced = $"{GeneratedNames.Sourced}<{TypeNames.SourcedValue(schema, field)}>";
            w.Line($"/// <summary>What each source states for <see cref=\"{field.PropertyName}\"/>: one entry per source the fact cites for it.</summary>");
            w.Line($"public {TypeNames.BySource(schema, field)} {GeneratedNames.BySourceProperty(field)} {{ get; private set; }} = global::System.Array.Empty<{sourced}>();").Line();
        }
        foreach (var (owner, field) in kind.Inverses)
        {
            var relation = (field.IsList ? "includes" : "is") + (field.IsPerSource ? ", by any source," : string.Empty);
            var ownerRecord = GeneratedNames.Record(owner);
            w.Line($"/// <summary>The {owner.Plural} whose <see cref=\"{ownerRecord}.{field.PropertyName}\"/> {relation} this {name}.</summary>");
            w.Line($"public {TypeNames.ReadOnlyList}<{ownerRecord}> {field.Inverse} {{ get; private set; }} = global::System.Array.Empty<{ownerRecord}>();").Line();
        }
        var citation = GeneratedNames.Citation;
        w.Line("/// <summary>Where in the sources this fact is stated.</summary>");
        w.Line($"public {TypeNames.ReadOnlyList}<{citation}> {GeneratedNames.Citations} {{ get; private set; }} = global::System.Array.Empty<{citation}>();").Line();
        w.Line("/// <summary>Whether the articles state this fact or a curator inferred it.</summary>").Line($"public {GeneratedNames.FactBasis} {GeneratedNames.Basis} {{ get; }}").Line();
        w.Line("/// <summary>True when a curator inferred this fact; <see cref=\"Note\"/> says how.</summary>").Line($"public bool {GeneratedNames.IsInferred} => {GeneratedNames.Basis} == {TypeNames.Qualified(kind.Options, GeneratedNames.FactBasis)}.Inferred;").Line();
        w.Line("/// <summary>The curator's note; always present on an inferred fact.</summary>").Line($"public string? {GeneratedNames.Note} {{ get; }}").Line();
        w.Line("/// <summary>The properties whose values a curator inferred (by their C# names), in a fact otherwise stated; <see cref=\"Note\"/> says how.</summary>")
            .Line($"public {TypeNames.ReadOnlyList}<string> {GeneratedNames.InferredFields} {{ get; }}").Line();
        w.Line("/// <summary>Other names the sources use for this fact.</summary>").Line($"public {TypeNames.ReadOnlyList}<string> {GeneratedNames.Aliases} {{ get; }}").Line();
        var sourcedValue = GeneratedNames.SourcedValue;
        w.Line(perSource.Count == 0
            ? "/// <summary>What each source states, field by field: none, since no field of this kind varies by source.</summary>"
            : $"/// <summary>What each source states for {string.Join(", ", perSource.Select(f => f.PropertyName))}, as untyped values: the typed lists are the <c>...BySource</c> properties.</summary>");
        w.Line($"public {TypeNames.ReadOnlyList}<{sourcedValue}> {GeneratedNames.BySource} {{ get;{(perSource.Count == 0 ? " " : " private set; ")}}} = global::System.Array.Empty<{sourcedValue}>();").Line();

        EmitLinks(w, kind, linked, perSource);
        EmitEquality(w, schema, name);
        w.Close().Line();
    }

    private static void EmitLinks(SourceWriter w, KindEmitter kind, System.Collections.Generic.List<FieldSchema> linked, System.Collections.Generic.List<FieldSchema> perSource)
    {
        var bySource = perSource.Select(f => (Field: f, Parameter: Parameter(GeneratedNames.BySourceProperty(f)))).ToList();
        var linkParameters = linked.Select(f => $"{TypeNames.Property(kind.Schema, f)} {Parameter(f.Name)}")
            .Concat(new[] { $"{TypeNames.ReadOnlyList}<{GeneratedNames.Citation}> citations" })
            .Concat(bySource.Select(s => $"{TypeNames.BySource(kind.Schema, s.Field)} {s.Parameter}"));
        w.Open($"internal void {GeneratedNames.Link}({string.Join(", ", linkParameters)})");
        foreach (var field in linked) w.Line($"{field.PropertyName} = {Parameter(field.Name)};");
        w.Line($"{GeneratedNames.Citations} = citations;");
        if (bySource.Count > 0)
        {
            foreach (var (field, parameter) in bySource) w.Line($"{GeneratedNames.BySourceProperty(field)} = {parameter};");
            // The untyped view IFact offers: each field's entries in field order, made once here. The
            // locals have underscores, which no parameter (a camelCase field name) can have.
            var sourcedValue = GeneratedNames.SourcedValue;
            w.Line($"var all_values = new {sourcedValue}[{string.Join(" + ", bySource.Select(s => s.Parameter + ".Count"))}];");
            w.Line("var next_value = 0;");
            foreach (var (field, parameter) in bySource)
            {
                w.Line($"foreach (var each_value in {parameter}) all_values[next_value++] = new {sourcedValue}({CSharp.Literal(field.PropertyName)}, each_value.Source, each_value.Value);");
            }
            // Qualified: a field named factData would make a property FactData that hides the class.
            w.Line($"{GeneratedNames.BySource} = {TypeNames.Qualified(kind.Options, GeneratedNames.FactData)}.{DataNames.ReadOnlyList}(all_values);");
        }
        w.Close().Line();

        if (kind.Inverses.Count == 0) return;
        var inverseParameters = kind.Inverses.Select(i => $"{TypeNames.ReadOnlyList}<{GeneratedNames.Record(i.Owner)}> {Parameter(i.Field.Inverse!)}");
        w.Open($"internal void {GeneratedNames.LinkInverses}({string.Join(", ", inverseParameters)})");
        foreach (var (_, field) in kind.Inverses) w.Line($"{field.Inverse} = {Parameter(field.Inverse!)};");
        w.Close().Line();
    }

    private static void EmitEquality(SourceWriter w, KindSchema schema, string name)
    {
        w.Line("/// <summary>Facts are equal when their ids are: references between facts may form cycles.</summary>");
        w.Line($"public bool Equals({name}? other) => other is not null && string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);").Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);").Line();
        w.Line("// Referenced facts print as their ids, so ToString never follows a cycle.");
        w.Open("private bool PrintMembers(global::System.Text.StringBuilder builder)");
        w.Line("builder.Append(\"Id = \").Append(Id);");
        foreach (var field in schema.Fields.Where(f => !f.IsList && f.Type != FieldType.Citation))
        {
            // Numbers and dates print with the invariant culture, as everywhere else in the model.
            var value = field.Type switch
            {
                FieldType.Reference => $"{field.PropertyName}?.Id",
                FieldType.String or FieldType.Text or FieldType.Enum or FieldType.Url => field.PropertyName,
                _ => $"global::System.FormattableString.Invariant($\"{{{field.PropertyName}}}\")",
            };
            w.Line($"builder.Append(\", {field.PropertyName} = \").Append({value});");
        }
        w.Line("return true;");
        w.Close();
    }
}
