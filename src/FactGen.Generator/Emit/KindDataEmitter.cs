using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Core;
using FactGen.Core.Binding;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>
/// A kind's part of <c>FactData</c>: its facts as UTF-8 data literals (<see cref="DataLine"/>), the
/// passes that read them (create, then link references), the inverse navigations worked out from
/// the forward references, and the lookup tables.
/// </summary>
internal static class KindDataEmitter
{
    /// <summary>Facts per data literal: one C# line each, joined with '+', which the compiler folds into one blob.</summary>
    public const int ChunkSize = 500;

    public static void Emit(SourceWriter w, KindEmitter kind)
    {
        var schema = kind.Schema;
        var plural = schema.Plural;
        var plain = schema.Fields.Where(f => !TypeNames.IsLinked(f)).ToList();
        var linked = schema.Fields.Where(TypeNames.IsLinked).ToList();
        var perSource = schema.Fields.Where(f => f.IsPerSource).ToList();
        var data = new DataWriter(kind.Index);
        var chunks = ChunkCount(kind);

        w.Open($"internal static partial class {GeneratedNames.FactData}");
        var line = new DataLine();
        for (var chunk = 0; chunk < chunks; chunk++)
        {
            var range = $"{CSharp.Literal(FirstSlot(chunk))} to {CSharp.Literal(LastSlot(kind, chunk))}";
            w.Line($"// {schema.Name} {range}: id, basis, note, aliases, inferred fields{(plain.Count > 0 ? ", " : string.Empty)}{Describe(plain)}.");
            Blob(w, kind, DataNames.Values(plural, chunk), chunk, fact =>
            {
                line.Start().String(fact.Id).Int(fact.IsInferred ? 1 : 0);
                if (fact.Note is null) line.None();
                else line.String(fact.Note);
                DataWriter.Strings(line, fact.Aliases);
                DataWriter.Strings(line, fact.InferredFields.Select(f => schema.FindField(f)!.PropertyName).ToList());
                foreach (var field in plain) data.Write(line, field, fact.Values[schema.Fields.IndexOf(field)]);
                return line.End();
            });
            w.Line();
            var bySource = perSource.Count > 0 ? ", values by source of " + Describe(perSource) : string.Empty;
            w.Line($"// {schema.Name} {range}: {Describe(linked)}{(linked.Count > 0 ? ", " : string.Empty)}citations{bySource}.");
            Blob(w, kind, DataNames.Links(plural, chunk), chunk, fact =>
            {
                line.Start();
                foreach (var field in linked) data.Write(line, field, fact.Values[schema.Fields.IndexOf(field)]);
                data.Citations(line, fact.Citations);
                foreach (var field in perSource) data.Sourced(line, field, fact.SourcedAt(schema.Fields.IndexOf(field)));
                return line.End();
            });
            w.Line();
        }

        var creation = new[] { "reader.Id()", $"({GeneratedNames.FactBasis})reader.Int()", "reader.None() ? null : reader.String()", DataReading.Strings("reader"), DataReading.Strings("reader") }
            .Concat(plain.Select(f => DataReading.Value(schema, f, kind.Index, "reader")));
        EmitPass(w, kind, DataNames.Create(plural), DataNames.Values, $"{DataNames.Items(plural)}[slot++] = new {GeneratedNames.Record(schema)}({string.Join(", ", creation)});");
        w.Line();
        var linking = linked.Select(f => DataReading.Value(schema, f, kind.Index, "reader")).Concat(new[] { $"reader.{GeneratedNames.Citations}()" })
            .Concat(perSource.Select(f => DataReading.Sourced(schema, f, kind.Index, "reader")));
        EmitPass(w, kind, DataNames.Link(plural), DataNames.Links, $"{DataNames.Items(plural)}[slot++].{GeneratedNames.Link}({string.Join(", ", linking)});");
        w.Line();

        if (kind.Inverses.Count > 0) EmitInverses(w, kind);
        EmitIndex(w, schema);
        w.Close();
    }

    /// <summary>Inverses are not stored: they are worked out from the forward references at first use.</summary>
    private static void EmitInverses(SourceWriter w, KindEmitter kind)
    {
        var name = GeneratedNames.Record(kind.Schema);
        w.Open($"private static void {DataNames.LinkInverses(kind.Schema.Plural)}()");
        foreach (var (owner, field) in kind.Inverses)
        {
            var map = "inverse" + field.Inverse;
            w.Line($"var {map} = new global::System.Collections.Generic.Dictionary<{name}, global::System.Collections.Generic.List<{GeneratedNames.Record(owner)}>>(global::System.Collections.Generic.ReferenceEqualityComparer.Instance);");
            w.Open($"foreach (var owner in {DataNames.Items(owner.Plural)})");
            // 'is Kind': a union reference lands only on the member it points at. A required
            // reference is null only in a corpus with errors, but the model must still load.
            EachValue(w, "owner", field, (value, target) => $"if ({value} is {name} {target}) {DataNames.AddToGroup}({map}, {target}, owner);");
            w.Close();
        }
        var arguments = kind.Inverses.Select(i => $"{DataNames.Group}(inverse{i.Field.Inverse}, fact)");
        w.Line($"foreach (var fact in {DataNames.Items(kind.Schema.Plural)}) fact.{GeneratedNames.LinkInverses}({string.Join(", ", arguments)});");
        w.Close().Line();
    }

    private static void EmitIndex(SourceWriter w, KindSchema schema)
    {
        var plural = schema.Plural;
        var name = GeneratedNames.Record(schema);
        w.Open($"private static void {DataNames.Index(plural)}()");
        w.Line($"{DataNames.All(plural)} = {DataNames.ReadOnlyList}({DataNames.Items(plural)});");
        w.Line($"{DataNames.ById(plural)} = new global::System.Collections.Generic.Dictionary<string, {name}>({DataNames.Items(plural)}.Length, global::System.StringComparer.Ordinal);");
        w.Line($"foreach (var fact in {DataNames.Items(plural)}) {DataNames.ById(plural)}.Add(fact.Id, fact);");
        foreach (var field in schema.Fields.Where(f => f.IsIndexed))
        {
            var keyType = ModelIndex.KeyType(schema, field);
            var comparer = keyType == "string" ? "global::System.StringComparer.Ordinal" : "null";
            var groups = "by" + field.PropertyName;

            w.Line($"var {groups} = new global::System.Collections.Generic.Dictionary<{keyType}, global::System.Collections.Generic.List<{name}>>({(comparer == "null" ? string.Empty : comparer)});");
            w.Open($"foreach (var fact in {DataNames.Items(plural)})");
            var id = field.Type == FieldType.Reference ? ".Id" : string.Empty;
            EachValue(w, "fact", field, (value, key) => $"if ({value} is {{ }} {key}) {DataNames.AddToGroup}({groups}, {key}{id}, fact);");
            w.Close();
            w.Line($"{DataNames.By(plural, field.PropertyName)} = {DataNames.ReadOnlyGroups}({groups}, {comparer});");
        }
        w.Close();
    }

    /// <summary>
    /// A statement for each value of a field: each item of a list, and for a per-source field also
    /// what each source states (a fact's inverse and lookup groups hold it when any source names the
    /// key). Each gets its own variable name: a pattern variable of an <c>if</c> is in scope for the
    /// rest of the block.
    /// </summary>
    private static void EachValue(SourceWriter w, string fact, FieldSchema field, System.Func<string, string, string> statement)
    {
        if (field.IsList) w.Line($"foreach (var value in {fact}.{field.PropertyName}) {statement("value", "item")}");
        else w.Line(statement($"{fact}.{field.PropertyName}", "one"));
        if (!field.IsPerSource) return;
        var each = field.IsList ? $"foreach (var value in sourced.Value) {statement("value", "sourcedItem")}" : statement("sourced.Value", "sourcedOne");
        w.Line($"foreach (var sourced in {fact}.{GeneratedNames.BySourceProperty(field)}) {each}");
    }

    /// <summary>A pass over every chunk of data: the method the static constructor calls, and the loop that reads one chunk.</summary>
    private static void EmitPass(SourceWriter w, KindEmitter kind, string name, System.Func<string, int, string> blob, string statement)
    {
        var chunks = ChunkCount(kind);
        w.Open($"private static void {name}()");
        if (chunks > 0) w.Line("var slot = 0;");
        for (var chunk = 0; chunk < chunks; chunk++) w.Line($"{name}({blob(kind.Schema.Plural, chunk)}, ref slot);");
        w.Close().Line();
        w.Open($"private static void {name}(global::System.ReadOnlySpan<byte> data, ref int slot)");
        w.Line($"var reader = new {DataNames.Reader}(data);");
        w.Open("while (reader.More)");
        w.Line(statement);
        w.Line("reader.EndFact();");
        w.Close();
        w.Close();
    }

    private static void Blob(SourceWriter w, KindEmitter kind, string name, int chunk, System.Func<BoundFact, string> write)
    {
        w.Line($"private static global::System.ReadOnlySpan<byte> {name} =>");
        var last = LastSlot(kind, chunk);
        for (var slot = FirstSlot(chunk); slot <= last; slot++)
        {
            kind.Cancellation.ThrowIfCancellationRequested();
            w.Line("    " + write(kind.Kind.Facts[slot]) + (slot == last ? ";" : " +"));
        }
    }

    private static string Describe(List<FieldSchema> fields) => string.Join(", ", fields.Select(f => f.Name));

    public static int ChunkCount(KindEmitter kind) => (kind.Kind.Facts.Count + ChunkSize - 1) / ChunkSize;

    private static int FirstSlot(int chunk) => chunk * ChunkSize;

    private static int LastSlot(KindEmitter kind, int chunk) => System.Math.Min(kind.Kind.Facts.Count, (chunk + 1) * ChunkSize) - 1;

    /// <summary>The <c>FactData</c> fields of a kind: they depend only on its schema and how many facts it has.</summary>
    public static IEnumerable<string> Fields(KindSchema schema, int count)
    {
        var name = GeneratedNames.Record(schema);
        var plural = schema.Plural;
        yield return $"internal static readonly {name}[] {DataNames.Items(plural)} = new {name}[{count.ToString(CultureInfo.InvariantCulture)}];";
        yield return $"internal static {TypeNames.ReadOnlyList}<{name}> {DataNames.All(plural)} = null!;";
        yield return $"internal static global::System.Collections.Generic.Dictionary<string, {name}> {DataNames.ById(plural)} = null!;";
        foreach (var field in schema.Fields.Where(f => f.IsIndexed))
        {
            yield return $"internal static global::System.Collections.Generic.Dictionary<{ModelIndex.KeyType(schema, field)}, {TypeNames.ReadOnlyList}<{name}>> {DataNames.By(plural, field.PropertyName)} = null!;";
        }
    }
}
