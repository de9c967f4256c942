using System.Collections.Generic;
using System.Linq;
using FactGen.Core;

namespace FactGen.Generator.Emit;

/// <summary>
/// The interfaces unions of kinds become (<c>IParty</c>), in a file of their own
/// (<c>FactGen.Shared.Unions.g.cs</c>): each extends <c>IFact</c> and declares what every member
/// record has alike: the fields all members declare with the same C# type (<c>Name</c>, nullable
/// when it is so on any member), and the inverse navigations of the fields that point at the union.
/// </summary>
internal static class UnionEmitter
{
    public static void Emit(SourceWriter w, ModelIndex index, EmitOptions options)
    {
        foreach (var union in index.Unions)
        {
            var members = string.Join(", ", union.Members.Select(m => $"<see cref=\"{GeneratedNames.Record(m)}\"/>"));
            w.Line($"/// <summary>{CSharp.DocText(union.Description ?? $"A {union.Name}.")} One of: {members}.</summary>");
            w.Line(DocComments.GeneratedCode(options));
            w.Open($"{options.Visibility} partial interface {GeneratedNames.UnionInterface(union)} : {GeneratedNames.FactInterface}");
            foreach (var (name, type) in SharedFields(index, union))
            {
                w.Line($"/// <summary>The {CSharp.DocText(name)} of the {union.Name}, whichever kind it is.</summary>");
                w.Line($"{type} {name} {{ get; }}");
            }
            foreach (var (owner, field) in index.InversesOf(union))
            {
                var ownerRecord = GeneratedNames.Record(owner);
                var relation = (field.IsList ? "includes" : "is") + (field.IsPerSource ? ", by any source," : string.Empty);
                w.Line($"/// <summary>The {owner.Plural} whose <see cref=\"{ownerRecord}.{field.PropertyName}\"/> {relation} this {union.Name}.</summary>");
                w.Line($"{TypeNames.ReadOnlyList}<{ownerRecord}> {field.Inverse} {{ get; }}");
            }
            w.Close().Line();
        }
    }

    /// <summary>
    /// The properties every member declares with one C# type. A reference type may be nullable on
    /// some members (a person's name is optional, a country's is not): the interface says nullable,
    /// which a non-nullable property implements. Enums are a type per kind, so never shared.
    /// </summary>
    private static IEnumerable<(string Name, string Type)> SharedFields(ModelIndex index, Core.Schema.UnionSchema union)
    {
        var members = union.Members.Select(index.Kind).ToList();
        foreach (var field in members[0].Fields)
        {
            if (field.Type == Core.Schema.FieldType.Enum) continue;
            var types = new List<string>();
            foreach (var member in members)
            {
                var same = member.FindField(field.Name);
                if (same is null || same.Type != field.Type || same.IsList != field.IsList || same.TargetKind != field.TargetKind) break;
                types.Add(TypeNames.Property(member, same));
            }
            if (types.Count != members.Count) continue;
            var plain = types.Select(t => t.TrimEnd('?')).Distinct().ToList();
            if (plain.Count != 1) continue;
            var nullable = types.Any(t => t.EndsWith("?", System.StringComparison.Ordinal));
            if (nullable && IsValueType(field.Type) && types.Any(t => !t.EndsWith("?", System.StringComparison.Ordinal))) continue;
            yield return (field.PropertyName, nullable ? plain[0] + "?" : plain[0]);
        }
    }

    private static bool IsValueType(Core.Schema.FieldType type) =>
        type is Core.Schema.FieldType.Int or Core.Schema.FieldType.Decimal or Core.Schema.FieldType.Bool or Core.Schema.FieldType.Date;
}
