using System.Linq;
using System.Threading;
using FactGen.Core;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>
/// The part of <c>FactData</c> that depends on the kinds but not their facts: each kind's fields,
/// the static constructor that reads every kind in passes, the cross-kind index behind
/// <c>Facts</c>, and reading a citation (which names the source kind). It follows only the
/// <see cref="ModelShape"/>, so editing a fact leaves this file alone.
/// </summary>
internal static class FactDataEmitter
{
    public static void Emit(SourceWriter w, ModelIndex index, ModelShape shape, CancellationToken cancellation)
    {
        var kinds = shape.Schemas;
        w.Line("/// <summary>Every fact, read once at first use from UTF-8 data compiled into the assembly, in passes so references may form cycles.</summary>");
        w.Line(DocComments.GeneratedCode(shape.Options));
        w.Open($"internal static partial class {GeneratedNames.FactData}");
        for (var k = 0; k < kinds.Count; k++)
        {
            cancellation.ThrowIfCancellationRequested();
            foreach (var field in KindDataEmitter.Fields(kinds[k], shape.Counts[k])) w.Line(field);
        }
        w.Line($"internal static {TypeNames.ReadOnlyList}<{GeneratedNames.FactInterface}> {DataNames.AllFacts} = null!;");
        w.Line($"internal static global::System.Collections.Generic.Dictionary<string, {GeneratedNames.FactInterface}> {DataNames.AllFactsById} = null!;");
        w.Line();
        w.Open($"static {GeneratedNames.FactData}()");
        w.Line("// Pass 1 creates every fact with its own values; pass 2 links references, which may point");
        w.Line("// at any fact, so cycles (Person -> Country -> Person) work; then the inverses and lookups.");
        foreach (var kind in kinds) w.Line(DataNames.Create(kind.Plural) + "();");
        foreach (var kind in kinds) w.Line(DataNames.Link(kind.Plural) + "();");
        foreach (var kind in kinds.Where(k => index.InversesOf(k).Any())) w.Line(DataNames.LinkInverses(kind.Plural) + "();");
        foreach (var kind in kinds) w.Line(DataNames.Index(kind.Plural) + "();");
        w.Line(DataNames.IndexAllFacts + "();");
        w.Close().Line();
        EmitIndexAllFacts(w, index);
        w.Line();
        EmitCitationReader(w, index.SourceKind!);
        foreach (var union in index.Unions) EmitUnionReader(w, index, union);
        w.Close();
    }

    /// <summary>Reads a reference to a union: which member kind (its place in the union), then the fact's slot in that kind.</summary>
    private static void EmitUnionReader(SourceWriter w, ModelIndex index, Core.Schema.UnionSchema union)
    {
        w.Line();
        w.Open($"private static {GeneratedNames.UnionInterface(union)} {DataNames.ReadUnion(union.Name)}(ref {DataNames.Reader} reader) => reader.Int() switch");
        for (var i = 0; i < union.Members.Count; i++) w.Line($"{CSharp.Literal(i)} => {DataNames.Items(index.Kind(union.Members[i]).Plural)}[reader.Int()],");
        w.Line("_ => throw new global::System.InvalidOperationException(\"FactGen: the generated fact data is corrupt; rebuild the project.\"),");
        w.Close(";");
    }

    private static void EmitIndexAllFacts(SourceWriter w, ModelIndex index)
    {
        var fact = GeneratedNames.FactInterface;
        w.Open($"private static void {DataNames.IndexAllFacts}()");
        var total = string.Join(" + ", index.Kinds.Select(k => $"{DataNames.Items(k.Plural)}.Length"));
        w.Line($"var all = new {fact}[{total}];");
        w.Line("var next = 0;");
        foreach (var kind in index.Kinds) w.Line($"foreach (var fact in {DataNames.Items(kind.Plural)}) all[next++] = fact;");
        w.Line($"{DataNames.AllFacts} = {DataNames.ReadOnlyList}(all);");
        w.Line($"{DataNames.AllFactsById} = new global::System.Collections.Generic.Dictionary<string, {fact}>(all.Length, global::System.StringComparer.Ordinal);");
        w.Line($"foreach (var fact in all) {DataNames.AllFactsById}.Add(fact.Id, fact);");
        w.Close();
    }

    /// <summary>The model's part of the partial reader (the rest is <see cref="Templates.DataReaderTemplate"/>).</summary>
    private static void EmitCitationReader(SourceWriter w, KindSchema sourceKind)
    {
        var citation = GeneratedNames.Citation;
        w.Open($"private ref partial struct {DataNames.Reader}");
        w.Line($"public {citation} {citation}() => new {citation}({DataNames.Items(sourceKind.Plural)}[Int()], Int(), String());").Line();
        w.Line($"public {TypeNames.ReadOnlyList}<{citation}> {GeneratedNames.Citations}() => List(static (ref {DataNames.Reader} item) => item.{citation}());");
        w.Close();
    }
}
