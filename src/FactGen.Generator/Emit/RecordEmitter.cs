using System.Collections.Generic;
using System.Linq;
using FactGen.Core;
using FactGen.Core.Schema;
using static FactGen.Generator.Emit.KindEmitter;

namespace FactGen.Generator.Emit;

/// <summary>
/// A kind's <c>sealed partial record</c>: a property per field, the inverse navigations, citations
/// and basis; equality by id; a <c>ToString</c> that prints references as ids, so it never follows
/// a cycle. Immutable: its own values are set by its constructor; what points at other facts
/// (references, citations, values by source) is read from its data on first use, into a links
/// object <c>FactData</c> caches, and inverses come from tables the generator computed. Making a
/// fact therefore never makes another, and cycles cost nothing.
/// </summary>
internal static class RecordEmitter
{
    public static void Emit(SourceWriter w, KindEmitter kind)
    {
        var schema = kind.Schema;
        var name = GeneratedNames.Record(schema);
        var interfaces = new[] { GeneratedNames.FactInterface }.Concat(kind.Index.UnionsOf(schema).Select(GeneratedNames.UnionInterface));
        // Qualified: a field named factData would make a property FactData that hides the class.
        var data = TypeNames.Qualified(kind.Options, GeneratedNames.FactData);

        DocComments.Summary(w, schema.Description ?? $"A {name} fact.");
        w.Line($"/// <remarks>Each {name} is one fact from the fact files; see <see cref=\"{GeneratedNames.FactsClass(schema)}\"/> for all of them.");
        w.Line($"/// Equality is identity, not value: two {name} are equal when their <see cref=\"Id\"/>s are (ordinal), whatever else they hold.</remarks>");
        w.Line(DocComments.GeneratedCode(kind.Options));
        w.Open($"{kind.Options.Visibility} sealed partial record {name} : {string.Join(", ", interfaces)}");

        EmitConstructor(w, schema, name);
        EmitPlace(w, kind, name);
        w.Line("/// <summary>The fact's id: a lowercase slug, unique across the corpus.</summary>").Line($"public string {GeneratedNames.Id} {{ get; }}").Line();
        foreach (var field in schema.Fields)
        {
            DocComments.Summary(w, field.Description ?? $"The {field.Name} of the {name}.");
            var body = TypeNames.IsLinked(field) ? $" => {DataNames.FactLinks}.{field.PropertyName};" : " { get; }";
            w.Line($"public {TypeNames.Property(schema, field)} {field.PropertyName}{body}").Line();
            if (!field.IsPerSource) continue;
            w.Line($"/// <summary>What each source states for <see cref=\"{field.PropertyName}\"/>: one entry per source the fact cites for it.</summary>");
            w.Line($"public {TypeNames.BySource(schema, field)} {GeneratedNames.BySourceProperty(field)} => {DataNames.FactLinks}.{GeneratedNames.BySourceProperty(field)};").Line();
        }
        foreach (var (owner, field) in kind.Inverses)
        {
            var relation = (field.IsList ? "includes" : "is") + (field.IsPerSource ? ", by any source," : string.Empty);
            var ownerRecord = GeneratedNames.Record(owner);
            w.Line($"/// <summary>The {owner.Plural} whose <see cref=\"{ownerRecord}.{field.PropertyName}\"/> {relation} this {name}.</summary>");
            w.Line($"public {TypeNames.ReadOnlyList}<{ownerRecord}> {field.Inverse} => {data}.{DataNames.GroupsIn(owner.Plural, field.PropertyName, schema.Plural)}({DataNames.FactSlot});").Line();
        }
        EmitFactMembers(w, kind);
        EmitEquality(w, schema, name);
        w.Close().Line();
    }

    /// <summary>The constructor: the fact's slot, its own parts (<see cref="FactLayout.Own"/>) and where its links start.</summary>
    private static void EmitConstructor(SourceWriter w, KindSchema schema, string name)
    {
        // fact_slot and links_at have underscores, which no field's parameter (camelCase) can have:
        // a field named slot would otherwise be a second parameter slot.
        var layout = new FactLayout(schema);
        var parameters = new[] { $"int {DataNames.SlotParameter}" }.Concat(layout.Own.Select(p => $"{p.Type} {p.Parameter}")).Concat([$"int {DataNames.LinksAtParameter}"]);
        w.Open($"internal {name}({string.Join(", ", parameters)})");
        w.Line($"{DataNames.FactSlot} = {DataNames.SlotParameter};");
        foreach (var part in layout.Own) w.Line($"{part.Property} = {part.Parameter};");
        w.Line($"{DataNames.LinksAt} = {DataNames.LinksAtParameter};");
        w.Close().Line();

    }

    /// <summary>Where the record keeps its place and finds its links: members only generated code uses.</summary>
    private static void EmitPlace(SourceWriter w, KindEmitter kind, string name)
    {
        // Qualified: a field named factData would make a property FactData that hides the class.
        var data = TypeNames.Qualified(kind.Options, GeneratedNames.FactData);
        var links = $"{data}.{DataNames.Links(name)}";
        w.Line("/// <summary>The fact's place among its kind's facts: where its data, links and groups are found.</summary>").Line($"internal int {DataNames.FactSlot} {{ get; }}").Line();
        w.Line("/// <summary>Where the fact's links start in its chunk's data.</summary>").Line($"private int {DataNames.LinksAt} {{ get; }}").Line();
        w.Line("/// <summary>What the fact points at, read from its data the first time any of it is asked for.</summary>");
        w.Line($"private {links} {DataNames.FactLinks} => {data}.{DataNames.LinksOf(name)}({DataNames.FactSlot}, {DataNames.LinksAt});").Line();

    }

    /// <summary>What every fact has (<c>IFact</c>): citations, basis, note, inferred fields, aliases, values by source.</summary>
    private static void EmitFactMembers(SourceWriter w, KindEmitter kind)
    {
        var perSource = kind.Schema.Fields.Where(f => f.IsPerSource).ToList();
        var citation = GeneratedNames.Citation;
        w.Line("/// <summary>Where in the sources this fact is stated.</summary>");
        w.Line($"public {TypeNames.ReadOnlyList}<{citation}> {GeneratedNames.Citations} => {DataNames.FactLinks}.{GeneratedNames.Citations};").Line();
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
        w.Line(perSource.Count == 0
            ? $"public {TypeNames.ReadOnlyList}<{sourcedValue}> {GeneratedNames.BySource} => global::System.Array.Empty<{sourcedValue}>();"
            : $"public {TypeNames.ReadOnlyList}<{sourcedValue}> {GeneratedNames.BySource} => {DataNames.FactLinks}.{GeneratedNames.BySource};").Line();

    }

    /// <summary>
    /// The class that holds what a fact points at: its reference and citation fields, citations and
    /// values by source. One is made per fact, on first use, and cached by <c>FactData</c>.
    /// </summary>
    public static void EmitLinks(SourceWriter w, KindEmitter kind)
    {
        var schema = kind.Schema;
        var name = GeneratedNames.Record(schema);
        var layout = new FactLayout(schema);
        var bySource = layout.Links.Where(p => p.Kind == PartKind.BySource).ToList();
        var sourcedValue = GeneratedNames.SourcedValue;

        w.Line($"/// <summary>What a {name} points at: read from its data on first use, so that making a fact never makes another.</summary>");
        w.Open($"internal sealed class {DataNames.Links(name)}");
        w.Open($"internal {DataNames.Links(name)}({string.Join(", ", layout.Links.Select(p => $"{p.Type} {p.Parameter}"))})");
        foreach (var part in layout.Links) w.Line($"{part.Property} = {part.Parameter};");
        if (bySource.Count > 0)
        {
            // The untyped view IFact offers: each field's entries in field order, made once here. The
            // locals have underscores, which no parameter (a camelCase field name) can have.
            w.Line($"var all_values = new {sourcedValue}[{string.Join(" + ", bySource.Select(s => s.Parameter + ".Count"))}];");
            w.Line("var next_value = 0;");
            foreach (var part in bySource)
            {
                w.Line($"foreach (var each_value in {part.Parameter}) all_values[next_value++] = new {sourcedValue}({CSharp.Literal(part.Field!.PropertyName)}, each_value.Source, each_value.Value);");
            }
            // Qualified: a field named factData would make a property FactData that hides the class.
            w.Line($"{GeneratedNames.BySource} = {TypeNames.Qualified(kind.Options, GeneratedNames.FactData)}.{DataNames.ReadOnlyList}(all_values);");
        }
        w.Close().Line();
        foreach (var part in layout.Links) w.Line($"internal {part.Type} {part.Property} {{ get; }}");
        if (bySource.Count > 0) w.Line($"internal {TypeNames.ReadOnlyList}<{sourcedValue}> {GeneratedNames.BySource} {{ get; }}");
        w.Close().Line();
    }

    private static void EmitEquality(SourceWriter w, KindSchema schema, string name)
    {
        w.Line($"/// <summary>Identity by id: true when <paramref name=\"other\"/> is a {name} with the same <see cref=\"Id\"/> (ordinal).</summary>");
        w.Line("/// <remarks>Not the value equality a record would have: a fact is what its id names, and comparing values would follow references, which may form cycles.</remarks>");
        w.Line($"public bool Equals({name}? other) => other is not null && string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);").Line();
        w.Line("/// <summary>The hash of the <see cref=\"Id\"/> (ordinal), as <see cref=\"Equals(" + name + "?)\"/> compares.</summary>");
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
