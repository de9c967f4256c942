using System.Collections.Generic;
using FactGen.Core.Binding;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>Writes bound values into a <see cref="DataLine"/>, in the order <see cref="DataReading"/> reads them.</summary>
internal sealed class DataWriter
{
    private readonly ModelIndex _index;

    public DataWriter(ModelIndex index) => _index = index;

    public void Write(DataLine line, FieldSchema field, FactValue? value)
    {
        if (field.IsList)
        {
            var items = (value as ListValue)?.Items;
            line.Int(items?.Count ?? 0);
            if (items is null) return;
            foreach (var item in items) Single(line, field, item);
            return;
        }
        // A missing required value (already reported as an error) reads back as default.
        if (value is null) line.None();
        else Single(line, field, value);
    }

    public void Citations(DataLine line, IReadOnlyList<CitationValue> citations)
    {
        line.Int(citations.Count);
        foreach (var citation in citations) Citation(line, citation);
    }

    private void Citation(DataLine line, CitationValue citation) =>
        line.Int(_index.Slot(citation.SourceId)).Int(citation.Paragraph).String(citation.Quote);

    private void Single(DataLine line, FieldSchema field, FactValue value)
    {
        switch (value)
        {
            case StringValue text: line.String(text.Value); break;
            case IntValue number: line.Int(number.Value); break;
            case DecimalValue amount: line.Decimal(amount.Value); break;
            case BoolValue flag: line.Int(flag.Value ? 1 : 0); break;
            case DateValue date:
                line.Int(date.Year);
                if (date.Month is { } month) line.Int(month); else line.None();
                if (date.Day is { } day) line.Int(day); else line.None();
                break;
            case UrlValue url: line.String(url.Value); break;
            case EnumValue member: line.Int(field.EnumValues.IndexOf(member.Value)); break;
            case ReferenceValue reference: line.Int(_index.Slot(reference.Id)); break;
            case CitationValue citation: Citation(line, citation); break;
        }
    }
}

/// <summary>The C# expressions that read a field's value back with <c>FactData.Data_Reader</c>.</summary>
internal static class DataReading
{
    public static string Value(KindSchema kind, FieldSchema field, ModelIndex index, string reader)
    {
        if (field.IsList)
        {
            return $"{reader}.List(static (ref {DataNames.Reader} item) => {Element(kind, field, index, "item")})";
        }
        return $"{reader}.None() ? {(field.IsRequired ? "default!" : "null")} : {Element(kind, field, index, reader)}";
    }

    private static string Element(KindSchema kind, FieldSchema field, ModelIndex index, string reader) => field.Type switch
    {
        FieldType.String or FieldType.Text => $"{reader}.String()",
        FieldType.Int => $"{reader}.Int()",
        FieldType.Decimal => $"{reader}.Decimal()",
        FieldType.Bool => $"{reader}.Int() != 0",
        FieldType.Date => $"new FactDate({reader}.Int(), {reader}.None() ? null : {reader}.Int(), {reader}.None() ? null : {reader}.Int())",
        FieldType.Url => $"new global::System.Uri({reader}.String(), global::System.UriKind.Absolute)",
        FieldType.Enum => $"({TypeNames.EnumType(kind, field)}){reader}.Int()",
        FieldType.Reference => $"{DataNames.Items(index.Kind(field.TargetKind!).Plural)}[{reader}.Int()]",
        _ => $"{reader}.Citation()",
    };
}
