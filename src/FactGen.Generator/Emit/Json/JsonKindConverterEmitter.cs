using System.Linq;
using FactGen.Core;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit.Json;

/// <summary>
/// A kind's converter (<c>FactJsonContext.Converters.PersonConverter</c>): writes a record as its
/// fact in the YAML, in the YAML's order: id, the fields in schema order, then aliases, inferred,
/// basis (only when inferred, stated being the default), note and citations. Inverse navigations
/// and lookups are never written: they are the model's, not the fact's, and they are what made the
/// reflection-based serializer loop (issue 31). Property names are encoded once, in static fields.
/// </summary>
internal static class JsonKindConverterEmitter
{
    public static void Emit(SourceWriter w, KindSchema kind, EmitOptions options)
    {
        var record = TypeNames.Qualified(options, GeneratedNames.Record(kind));
        w.Line($"/// <summary>Writes a <see cref=\"{record}\"/> as its fact in the YAML. Reading is not supported: the facts are compiled from the YAML.</summary>");
        w.Open($"public sealed class {GeneratedNames.JsonConverter(kind)} : {JsonNames.Converter}<{record}>");
        foreach (var field in kind.Fields) w.Line(JsonNames.EncodedField(JsonNames.NameField(field.Name), field.Name));
        foreach (var field in kind.Fields.Where(f => f.Type == FieldType.Enum))
        {
            var values = string.Join(", ", field.EnumValues.Select(v => $"{JsonNames.Encoded}.Encode({CSharp.Literal(v)})"));
            w.Line($"private static readonly {JsonNames.Encoded}[] {JsonNames.EnumValuesField(field.Name)} = new {JsonNames.Encoded}[] {{ {values} }};");
        }
        w.Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"public override {record} Read(ref {JsonNames.Reader} reader, global::System.Type typeToConvert, {JsonNames.Options} options) => throw {JsonConvertersTemplate.ReadNotSupported}(typeToConvert);").Line();
        w.Line("/// <inheritdoc/>");
        w.Open($"public override void Write({JsonNames.Writer} writer, {record} value, {JsonNames.Options} options)");
        w.Line("writer.WriteStartObject();").Line("WriteProperties(writer, value);").Line("writer.WriteEndObject();");
        w.Close().Line();

        w.Line("/// <summary>The fact's properties, between the braces another writer opened (the polymorphic one adds the kind first).</summary>");
        w.Open($"internal static void WriteProperties({JsonNames.Writer} writer, {record} fact)");
        w.Line($"writer.WriteString(s_id, fact.{GeneratedNames.Id});");
        foreach (var field in kind.Fields) w.Line($"Write_{field.Name}(writer, fact);");
        w.Line("WriteBuiltIns(writer, fact, FieldName);");
        w.Close().Line();

        // A method per field, so none grows with the kind (the underscore keeps them apart from any member).
        for (var n = 0; n < kind.Fields.Count; n++)
        {
            w.Open($"private static void Write_{kind.Fields[n].Name}({JsonNames.Writer} writer, {record} fact)");
            JsonValueWriter.Field(w, kind, kind.Fields[n], n);
            w.Close().Line();
        }

        // InferredFields holds C# property names; the YAML lists field names.
        w.Line("/// <summary>The YAML name of a property a curator inferred.</summary>");
        w.Open("private static string FieldName(string property) => property switch");
        foreach (var field in kind.Fields) w.Line($"{CSharp.Literal(field.PropertyName)} => {CSharp.Literal(field.Name)},");
        w.Line("_ => property,");
        w.Close(";");
        w.Close().Line();
    }
}
