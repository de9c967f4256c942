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

    /// <summary>What each source states for a per-source field: how many sources, then each source's slot and value.</summary>
    public void Sourced(DataLine line, FieldSchema field, SourcedField? sourced)
    {
        var entries = sourced?.Entries;
        line.Int(entries?.Count ?? 0);
        if (entries is null) return;
        foreach (var entry in entries)
        {
            line.Int(_index.Slot(entry.SourceId));
            Write(line, field, entry.Value);
        }
    }

    public static void Strings(DataLine line, IReadOnlyList<string> items)
    {
        line.Int(items.Count);
        foreach (var item in items) line.String(item);
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
            case ReferenceValue reference:
                if (field.TargetIsUnion) line.Int(_index.MemberNumber(field.TargetKind!, reference.Id));
                line.Int(_index.Slot(reference.Id));
                break;
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

    /// <summary>Reads what <see cref="DataWriter.Sourced"/> wrote: a list of <c>Sourced&lt;T&gt;</c>.</summary>
    public static string Sourced(KindSchema kind, FieldSchema field, ModelIndex index, string reader)
    {
        var value = field.IsList
            ? $"item.List(static (ref {DataNames.Reader} element) => {Element(kind, field, index, "element")})"
            : Element(kind, field, index, "item");
        var sourced = $"{Core.GeneratedNames.Sourced}<{TypeNames.SourcedValue(kind, field)}>";
        return $"{reader}.List(static (ref {DataNames.Reader} item) => new {sourced}({DataNames.Fact(index.SourceKind!.Plural)}(item.Int()), {value}))";
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
        FieldType.Reference when field.TargetIsUnion => $"{DataNames.ReadUnion(field.TargetKind!)}(ref {reader})",
        FieldType.Reference => $"{DataNames.Fact(index.Kind(field.TargetKind!).Plural)}({reader}.Int())",
        _ => $"{reader}.Citation()",
    };
}
