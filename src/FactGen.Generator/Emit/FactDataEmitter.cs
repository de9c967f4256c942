using System.Linq;
using System.Threading;
using FactGen.Core;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>
/// The part of <c>FactData</c> that spans the kinds: every fact as one list and one lookup (behind
/// <c>FactCatalog</c>), reading a citation (which names the source kind) and a reference to a union. It
/// follows only the <see cref="ModelShape"/>, so editing a fact leaves this file alone.
/// </summary>
internal static class FactDataEmitter
{
    public static void Emit(SourceWriter w, ModelIndex index, ModelShape shape, CancellationToken cancellation)
    {
        var fact = GeneratedNames.FactInterface;
        var kinds = shape.Schemas;
        var total = shape.Counts.Sum();
        w.Line("/// <summary>Every fact, made on first touch from UTF-8 data compiled into the assembly, found through tables the generator computed.</summary>");
        w.Line(DocComments.GeneratedCode(shape.Options));
        w.Open($"internal static partial class {GeneratedNames.FactData}");
        w.Line("/// <summary>Every fact, as a list that makes each when it is read: created when first asked for.</summary>");
        w.Line($"internal static class {DataNames.AllFactsList} {{ internal static readonly {TypeNames.ReadOnlyList}<{fact}> {DataNames.HeldAll} = new {DataNames.LazyList}<{fact}>(count: {CSharp.Literal(total)}, fact: {DataNames.AnyFact}); }}").Line();

        w.Line("/// <summary>A fact by its place among all facts, kind by kind in schema order.</summary>");
        w.Open($"private static {fact} {DataNames.AnyFact}(int index)");
        for (var k = 0; k < kinds.Count; k++)
        {
            cancellation.ThrowIfCancellationRequested();
            if (shape.Counts[k] == 0) continue;
            var count = CSharp.Literal(shape.Counts[k]);
            w.Line($"if (index < {count}) return {DataNames.Fact(kinds[k].Plural)}(index);");
            w.Line($"index -= {count};");
        }
        w.Line("throw new global::System.ArgumentOutOfRangeException(nameof(index));");
        w.Close().Line();

        w.Line("/// <summary>A fact of any kind by its id: each kind's table is asked in turn; ids are unique across kinds.</summary>");
        w.Open($"internal static bool {DataNames.TryGetAny}(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {fact}? fact)");
        w.Line("fact =");
        foreach (var kind in kinds) w.Line($"    ({fact}?){DataNames.Find(kind.Plural)}(id) ??");
        w.Line("    null;");
        w.Line("return fact is not null;");
        w.Close().Line();

        EmitCitationReader(w, index.SourceKind!);
        foreach (var union in index.Unions) EmitUnionReader(w, index, union);
        w.Close();
    }

    /// <summary>Reads a reference to a union: which member kind (its place in the union), then the fact's slot in that kind.</summary>
    private static void EmitUnionReader(SourceWriter w, ModelIndex index, UnionSchema union)
    {
        w.Line();
        w.Open($"private static {GeneratedNames.UnionInterface(union)} {DataNames.ReadUnion(union.Name)}(ref {DataNames.Reader} reader) => reader.Int() switch");
        for (var i = 0; i < union.Members.Count; i++) w.Line($"{CSharp.Literal(i)} => {DataNames.Fact(index.Kind(union.Members[i]).Plural)}(reader.Int()),");
        w.Line($"_ => throw {DataNames.Corrupt}(),");
        w.Close(";");
    }

    /// <summary>The model's part of the partial reader (the rest is <see cref="Templates.DataReaderTemplate"/>).</summary>
    private static void EmitCitationReader(SourceWriter w, KindSchema sourceKind)
    {
        var citation = GeneratedNames.Citation;
        w.Open($"internal ref partial struct {DataNames.Reader}");
        w.Open($"public {citation} {citation}()");
        w.Line($"var source = {DataNames.Fact(sourceKind.Plural)}(Int());").Line("var paragraph = Int();").Line("var quote = String();");
        w.Line($"return new {citation}(source, paragraph, quote);");
        w.Close().Line();
        w.Line($"public {TypeNames.ReadOnlyList}<{citation}> {GeneratedNames.Citations}() => List(static (ref {DataNames.Reader} item) => item.{citation}());");
        w.Close();
    }
}
