using System.Linq;
using FactGen.Core;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>
/// A kind's static class (<c>People</c>: <c>All</c>, <c>Get</c>, <c>TryGet</c> and a
/// <c>By{Field}</c> lookup per indexed field) and its id constants' class (<c>PersonIds</c>). Both are
/// partial: each chunk file adds a property and a constant per fact (<see cref="ChunkEmitter"/>).
/// </summary>
internal static class FactsClassEmitter
{
    public static void Emit(SourceWriter w, KindEmitter kind)
    {
        EmitFactsClass(w, kind);
        w.Line($"/// <summary>The id of every {kind.Schema.Name}, as constants for attributes and switch statements.</summary>");
        w.Line(DocComments.GeneratedCode(kind.Options));
        w.Line($"{kind.Options.Visibility} static partial class {GeneratedNames.IdsClass(kind.Schema)} {{ }}").Line();
    }

    private static void EmitFactsClass(SourceWriter w, KindEmitter kind)
    {
        var schema = kind.Schema;
        var name = GeneratedNames.Record(schema);
        var plural = schema.Plural;
        var data = GeneratedNames.FactData;
        w.Line($"/// <summary>Every {name} in the fact files, by property, by id and through lookups. Each fact is made from data compiled into the assembly when it is first asked for.</summary>");
        w.Line(DocComments.GeneratedCode(kind.Options));
        w.Open($"{kind.Options.Visibility} static partial class {GeneratedNames.FactsClass(schema)}");
        w.Line($"/// <summary>Every {name}, in the order of the fact files.</summary>");
        w.Line($"public static {TypeNames.ReadOnlyList}<{name}> {GeneratedNames.All} => {data}.{DataNames.List(plural)}.{DataNames.HeldAll};").Line();
        w.Line($"/// <summary>The {name} with this id.</summary>");
        w.Line($"/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No {name} has the id.</exception>");
        w.Open($"public static {name} {GeneratedNames.Get}(string id)");
        w.Line($"if ({GeneratedNames.TryGet}(id, out var fact)) return fact;");
        w.Line($"throw new global::System.Collections.Generic.KeyNotFoundException(\"No {name} has the id '\" + id + \"'.\");");
        w.Close().Line();
        w.Line($"/// <summary>Finds the {name} with this id, without throwing.</summary>");
        w.Open($"public static bool {GeneratedNames.TryGet}(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {name}? fact)");
        w.Line("if (id is null) throw new global::System.ArgumentNullException(nameof(id));");
        w.Line($"fact = {data}.{DataNames.Find(plural)}(id);");
        w.Line("return fact is not null;");
        w.Close();
        foreach (var field in schema.Fields.Where(f => f.IsIndexed)) EmitLookup(w, kind, field);
        w.Close().Line();
    }

    /// <summary>A <c>By{Field}</c> lookup: its parameter is named after the field (<c>BySpeaker(Person speaker)</c>).</summary>
    private static void EmitLookup(SourceWriter w, KindEmitter kind, FieldSchema field)
    {
        var schema = kind.Schema;
        var name = GeneratedNames.Record(schema);
        var keyType = TypeNames.Element(schema, field);
        var data = GeneratedNames.FactData;
        var key = KindEmitter.Parameter(field.Name);
        w.Line();
        var relation = (field.IsList ? "includes" : "is") + (field.IsPerSource ? ", by any source," : string.Empty);
        w.Line($"/// <summary>The {schema.Plural} whose <see cref=\"{name}.{field.PropertyName}\"/> {relation} <paramref name=\"{key.TrimStart('@')}\"/>; empty when none.</summary>");
        w.Open($"public static {TypeNames.ReadOnlyList}<{name}> {GeneratedNames.Lookup(field)}({keyType} {key})");
        if (field.Type == FieldType.Reference || field.Type == FieldType.String) w.Line($"if ({key} is null) throw new global::System.ArgumentNullException(nameof({key}));");
        if (field.Type != FieldType.Reference)
        {
            w.Line($"return {data}.{DataNames.Groups(schema.Plural, field.PropertyName)}({key});");
        }
        else if (!field.TargetIsUnion)
        {
            var target = kind.Index.Kind(field.TargetKind!);
            w.Line($"return {data}.{DataNames.GroupsIn(schema.Plural, field.PropertyName, target.Plural)}({key}.{DataNames.FactSlot});");
        }
        else
        {
            // A union key is a fact of one member kind: its groups are in that member's table. The
            // pattern's variables have '_', which the parameter (a camelCase field name) has not.
            w.Open($"return {key} switch");
            foreach (var member in kind.Index.Union(field.TargetKind!).Members.Select(kind.Index.Kind))
            {
                var one = "one_" + member.Name;
                w.Line($"{GeneratedNames.Record(member)} {one} => {data}.{DataNames.GroupsIn(schema.Plural, field.PropertyName, member.Plural)}({one}.{DataNames.FactSlot}),");
            }
            w.Line($"_ => global::System.Array.Empty<{name}>(),");
            w.Close(";");
        }
        w.Close();
    }
}
