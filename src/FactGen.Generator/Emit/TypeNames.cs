using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>The C# types a schema field becomes.</summary>
internal static class TypeNames
{
    public const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    public static string EnumType(KindSchema kind, FieldSchema field) => Core.GeneratedNames.EnumType(kind, field);

    public static string Element(KindSchema kind, FieldSchema field) => field.Type switch
    {
        FieldType.String or FieldType.Text => "string",
        FieldType.Int => "int",
        FieldType.Decimal => "decimal",
        FieldType.Bool => "bool",
        FieldType.Date => Core.GeneratedNames.FactDate,
        FieldType.Url => "global::System.Uri",
        FieldType.Enum => EnumType(kind, field),
        FieldType.Reference => field.TargetIsUnion ? Core.GeneratedNames.UnionInterface(field.TargetKind!) : Core.GeneratedNames.Record(field.TargetKind!),
        _ => Core.GeneratedNames.Citation,
    };

    /// <summary>What one source states for a field: an element, or a list for a list field.</summary>
    public static string SourcedValue(KindSchema kind, FieldSchema field) =>
        field.IsList ? $"{ReadOnlyList}<{Element(kind, field)}>" : Element(kind, field);

    /// <summary>The <c>{Field}BySource</c> property of a per-source field.</summary>
    public static string BySource(KindSchema kind, FieldSchema field) =>
        $"{ReadOnlyList}<{Core.GeneratedNames.Sourced}<{SourcedValue(kind, field)}>>";

    public static string Property(KindSchema kind, FieldSchema field)
    {
        var element = Element(kind, field);
        if (field.IsList) return $"{ReadOnlyList}<{element}>";
        return field.IsRequired ? element : element + "?";
    }

    /// <summary>
    /// A generated type named from the global namespace down, for places where the simple name is an
    /// expression: inside a record, a field named <c>factBasis</c> makes a property <c>FactBasis</c>
    /// that would hide the enum of that name.
    /// </summary>
    public static string Qualified(EmitOptions options, string type) =>
        options.Namespace.Length == 0 ? "global::" + type : "global::" + options.Namespace + "." + type;

    /// <summary>
    /// Fields whose values point at other facts: read on first use into the fact's links object
    /// (<see cref="FactLayout.Links"/>), so making a fact never makes another and cycles cost nothing.
    /// </summary>
    public static bool IsLinked(FieldSchema field) => field.Type is FieldType.Reference or FieldType.Citation;
}
