using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using FactGen.Core.Binding;
using FactGen.Core.Schema;

namespace FactGen.Cli.Export;

/// <summary>
/// A checked fact as JSON in the shape of its YAML, the same shape the generated model's converters
/// write (<c>JsonSerializer.Serialize(FactCatalog.All)</c>; <c>ExportTests</c> holds the two equal): the
/// kind, the id, the fields in schema order (references as ids, a per-source field as a mapping from
/// each source's id to its value), then aliases, inferred, basis when inferred, note and citations,
/// each left out when empty.
/// </summary>
internal static class FactJsonWriter
{
    public static void Write(Utf8JsonWriter writer, KindSchema kind, BoundFact fact)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", kind.Name);
        writer.WriteString("id", fact.Id);
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            var field = kind.Fields[i];
            if (field.IsPerSource && fact.SourcedAt(i) is { Entries.Count: > 0 } sourced)
            {
                writer.WriteStartObject(field.Name);
                foreach (var entry in sourced.Entries)
                {
                    writer.WritePropertyName(entry.SourceId);
                    WriteValue(writer, entry.Value);
                }
                writer.WriteEndObject();
            }
            else if (fact.Values[i] is { } value && value is not ListValue { Items.Count: 0 })
            {
                writer.WritePropertyName(field.Name);
                WriteValue(writer, value);
            }
        }
        WriteStrings(writer, "aliases", fact.Aliases);
        WriteStrings(writer, "inferred", fact.InferredFields);
        if (fact.IsInferred) writer.WriteString("basis", "inferred");
        if (fact.Note is { } note) writer.WriteString("note", note);
        if (fact.Citations.Count > 0)
        {
            writer.WriteStartArray("citations");
            foreach (var citation in fact.Citations) WriteValue(writer, citation);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    public static void WriteValue(Utf8JsonWriter writer, FactValue value)
    {
        switch (value)
        {
            case StringValue s: writer.WriteStringValue(s.Value); break;
            case IntValue n: writer.WriteNumberValue(n.Value); break;
            case DecimalValue d: writer.WriteNumberValue(d.Value); break;
            case BoolValue b: writer.WriteBooleanValue(b.Value); break;
            case DateValue date: writer.WriteStringValue(Iso(date)); break;
            case UrlValue url: writer.WriteStringValue(url.Value); break;
            case EnumValue e: writer.WriteStringValue(e.Value); break;
            case ReferenceValue r: writer.WriteStringValue(r.Id); break;
            case CitationValue c:
                writer.WriteStartObject();
                writer.WriteString("source", c.SourceId);
                writer.WriteNumber("paragraph", c.Paragraph);
                writer.WriteString("quote", c.Quote);
                writer.WriteEndObject();
                break;
            case ListValue list:
                writer.WriteStartArray();
                foreach (var item in list.Items) WriteValue(writer, item);
                writer.WriteEndArray();
                break;
        }
    }

    /// <summary>ISO 8601 to the date's precision, as the generated <c>FactDate.ToString</c> prints it.</summary>
    public static string Iso(DateValue date) =>
        date.Year.ToString("D4", CultureInfo.InvariantCulture)
        + (date.Month is { } month ? "-" + month.ToString("D2", CultureInfo.InvariantCulture) : string.Empty)
        + (date.Day is { } day ? "-" + day.ToString("D2", CultureInfo.InvariantCulture) : string.Empty);

    /// <summary>A list of strings, left out when empty, as the YAML leaves it out.</summary>
    public static void WriteStrings(Utf8JsonWriter writer, string name, IReadOnlyCollection<string> values)
    {
        if (values.Count == 0) return;
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    /// <summary>Every fact of the model, kind by kind in schema order, each kind's in file order: <c>FactCatalog.All</c>'s order.</summary>
    public static IEnumerable<(KindSchema Kind, BoundFact Fact)> AllFacts(FactModel model) =>
        model.Kinds.SelectMany(k => k.Facts.Select(f => (k.Schema, f)));
}
