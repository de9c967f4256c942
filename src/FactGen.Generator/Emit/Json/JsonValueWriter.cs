using System.Globalization;
using FactGen.Core;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit.Json;

/// <summary>
/// The statements that write one field of a record as its YAML would hold it: a scalar as itself, an
/// enum as its YAML value, a date as ISO text to its precision, a reference as the target's id, a
/// citation as <c>{ source, paragraph, quote }</c>; a list as an array; a per-source field as a
/// mapping from each source's id to what that source states. Absent values are left out, as in YAML.
/// </summary>
internal static class JsonValueWriter
{
    /// <summary>Writes one field of <c>fact</c>; <paramref name="n"/> keeps its locals apart from the other fields'.</summary>
    public static void Field(SourceWriter w, KindSchema kind, FieldSchema field, int n)
    {
        var name = JsonNames.NameField(field.Name);
        var property = "fact." + field.PropertyName;
        var each = "each_" + n.ToString(CultureInfo.InvariantCulture);
        var value = "value_" + n.ToString(CultureInfo.InvariantCulture);
        if (field.IsPerSource)
        {
            // Every source the fact cites for the field, by id: the provenance of the value travels with it.
            var entries = "entries_" + n.ToString(CultureInfo.InvariantCulture);
            w.Line($"var {entries} = fact.{GeneratedNames.BySourceProperty(field)};");
            w.Open($"if ({entries}.Count > 0)");
            w.Line($"writer.WritePropertyName({name});").Line("writer.WriteStartObject();");
            w.Open($"for (var i = 0; i < {entries}.Count; i++)");
            w.Line($"var {each} = {entries}[i];");
            w.Line($"writer.WritePropertyName({each}.Source.{GeneratedNames.Id});");
            ListOrElement(w, field, each + ".Value", "item_" + n.ToString(CultureInfo.InvariantCulture));
            w.Close();
            w.Line("writer.WriteEndObject();");
            w.Close();
        }
        else if (field.IsList)
        {
            w.Open($"if ({property}.Count > 0)");
            w.Line($"writer.WritePropertyName({name});");
            ListOrElement(w, field, property, each);
            w.Close();
        }
        else if (field.IsRequired && IsValueType(field.Type))
        {
            w.Line($"writer.WritePropertyName({name});").Line(Element(field, property));
        }
        else
        {
            w.Open($"if ({property} is {{ }} {value})");
            w.Line($"writer.WritePropertyName({name});").Line(Element(field, value));
            w.Close();
        }
    }

    private static void ListOrElement(SourceWriter w, FieldSchema field, string expression, string each)
    {
        if (!field.IsList)
        {
            w.Line(Element(field, expression));
            return;
        }
        // By index: a foreach over the IReadOnlyList would allocate an enumerator.
        var list = "list_" + each;
        w.Line($"var {list} = {expression};");
        w.Line("writer.WriteStartArray();");
        w.Line($"for (var j = 0; j < {list}.Count; j++) {Element(field, list + "[j]")}");
        w.Line("writer.WriteEndArray();");
    }

    /// <summary>The statement that writes one value of the field's element type.</summary>
    public static string Element(FieldSchema field, string value) => field.Type switch
    {
        FieldType.String or FieldType.Text => $"writer.WriteStringValue({value});",
        FieldType.Int or FieldType.Decimal => $"writer.WriteNumberValue({value});",
        FieldType.Bool => $"writer.WriteBooleanValue({value});",
        // FactDate prints ISO 8601 to its precision (2024, 2024-04, 2024-04-24), as the YAML holds it.
        FieldType.Date => $"writer.WriteStringValue({value}.ToString());",
        FieldType.Url => $"writer.WriteStringValue({value}.OriginalString);",
        // The enum's members are numbered in the order of the schema's values, as is the table.
        FieldType.Enum => $"writer.WriteStringValue({JsonNames.EnumValuesField(field.Name)}[(int){value}]);",
        FieldType.Reference => $"writer.WriteStringValue({value}.{GeneratedNames.Id});",
        _ => $"WriteCitation(writer, {value});",
    };

    private static bool IsValueType(FieldType type) =>
        type is FieldType.Int or FieldType.Decimal or FieldType.Bool or FieldType.Date or FieldType.Enum;
}
