using System.Linq;
using FactGen.Core;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>
/// A kind's static class (<c>People</c>: a property per fact, <c>All</c>, <c>Get</c>,
/// <c>TryGet</c> and a <c>By{Field}</c> lookup per indexed field) and its id constants (<c>PersonIds</c>).
/// </summary>
internal static class FactsClassEmitter
{
    public static void Emit(SourceWriter w, KindEmitter kind)
    {
        EmitFactsClass(w, kind);
        EmitIds(w, kind);
    }

    private static void EmitFactsClass(SourceWriter w, KindEmitter kind)
    {
        var schema = kind.Schema;
        var name = GeneratedNames.Record(schema);
        var plural = schema.Plural;
        w.Line($"/// <summary>Every {name} in the fact files, by property, by id and through lookups.</summary>");
        w.Line(DocComments.GeneratedCode(kind.Options));
        w.Open($"{kind.Options.Visibility} static partial class {GeneratedNames.FactsClass(schema)}");
        for (var slot = 0; slot < kind.Kind.Facts.Count; slot++)
        {
            kind.Cancellation.ThrowIfCancellationRequested();
            var fact = kind.Kind.Facts[slot];
            DocComments.Fact(w, kind.Kind, fact);
            w.Line($"public static {name} {GeneratedNames.FactMember(fact.Id)} => {GeneratedNames.FactData}.{DataNames.Items(plural)}[{CSharp.Literal(slot)}];").Line();
        }
        w.Line($"/// <summary>Every {name}, in the order of the fact files.</summary>");
        w.Line($"public static {TypeNames.ReadOnlyList}<{name}> {GeneratedNames.All} => {GeneratedNames.FactData}.{DataNames.All(plural)};").Line();
        w.Line($"/// <summary>The {name} with this id.</summary>");
        w.Line($"/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No {name} has the id.</exception>");
        w.Open($"public static {name} {GeneratedNames.Get}(string id)");
        w.Line($"if ({GeneratedNames.TryGet}(id, out var fact)) return fact;");
        w.Line($"throw new global::System.Collections.Generic.KeyNotFoundException(\"No {name} has the id '\" + id + \"'.\");");
        w.Close().Line();
        w.Line($"/// <summary>Finds the {name} with this id, without throwing.</summary>");
        w.Open($"public static bool {GeneratedNames.TryGet}(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {name}? fact)");
        w.Line("if (id is null) throw new global::System.ArgumentNullException(nameof(id));");
        w.Line($"return {GeneratedNames.FactData}.{DataNames.ById(plural)}.TryGetValue(id, out fact);");
        w.Close();
        foreach (var field in schema.Fields.Where(f => f.IsIndexed)) EmitLookup(w, schema, field);
        w.Close().Line();
    }

    private static void EmitLookup(SourceWriter w, KindSchema schema, FieldSchema field)
    {
        var name = GeneratedNames.Record(schema);
        var keyType = TypeNames.Element(schema, field);
        var keyExpression = field.Type == FieldType.Reference ? "key.Id" : "key";
        w.Line();
        var relation = (field.IsList ? "includes" : "is") + (field.IsPerSource ? ", by any source," : string.Empty);
        w.Line($"/// <summary>The {schema.Plural} whose <see cref=\"{name}.{field.PropertyName}\"/> {relation} <paramref name=\"key\"/>; empty when none.</summary>");
        w.Open($"public static {TypeNames.ReadOnlyList}<{name}> {GeneratedNames.Lookup(field)}({keyType} key)");
        if (field.Type == FieldType.Reference || field.Type == FieldType.String) w.Line("if (key is null) throw new global::System.ArgumentNullException(nameof(key));");
        w.Line($"return {GeneratedNames.FactData}.{DataNames.By(schema.Plural, field.PropertyName)}.TryGetValue({keyExpression}, out var facts) ? facts : global::System.Array.Empty<{name}>();");
        w.Close();
    }

    private static void EmitIds(SourceWriter w, KindEmitter kind)
    {
        w.Line($"/// <summary>The id of every {kind.Schema.Name}, as constants for attributes and switch statements.</summary>");
        w.Line(DocComments.GeneratedCode(kind.Options));
        w.Open($"{kind.Options.Visibility} static partial class {GeneratedNames.IdsClass(kind.Schema)}");
        foreach (var fact in kind.Kind.Facts)
        {
            w.Line($"/// <summary><c>{CSharp.DocText(fact.Id)}</c></summary>");
            w.Line($"public const string {GeneratedNames.FactMember(fact.Id)} = {CSharp.Literal(fact.Id)};");
        }
        w.Close().Line();
    }
}
