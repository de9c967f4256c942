using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>Writes a fact's parts (<see cref="FactLayout"/>) into a <see cref="DataLine"/>, as <see cref="DataReading"/> reads them.</summary>
internal sealed class DataWriter
{
    private readonly ModelIndex _index;

    public DataWriter(ModelIndex index) => _index = index;

    /// <summary>Writes one part of a fact: <see cref="DataReading.Part"/> reads it back.</summary>
    public void Part(DataLine line, FactPart part, KindSchema kind, BoundFact fact)
    {
        switch (part.Kind)
        {
            case PartKind.Id: line.String(fact.Id); break;
            // As FactBasis numbers them: Stated 0, Inferred 1.
            case PartKind.Basis: line.Int(fact.IsInferred ? 1 : 0); break;
            case PartKind.Note:
                if (fact.Note is null) line.None();
                else line.String(fact.Note);
                break;
            case PartKind.Aliases: Strings(line, fact.Aliases); break;
            // By their C# names, as the record's InferredFields lists them.
            case PartKind.InferredFields: Strings(line, fact.InferredFields.Select(f => kind.FindField(f)!.PropertyName).ToList()); break;
            case PartKind.Field: Write(line, part.Field!, fact.Values[kind.Fields.IndexOf(part.Field!)]); break;
            case PartKind.Citations: Citations(line, fact.Citations); break;
            default: Sourced(line, part.Field!, fact.SourcedAt(kind.Fields.IndexOf(part.Field!))); break;
        }
    }

    private void Write(DataLine line, FieldSchema field, FactValue? value)
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
    private void Sourced(DataLine line, FieldSchema field, SourcedField? sourced)
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

    private static void Strings(DataLine line, IReadOnlyList<string> items)
    {
        line.Int(items.Count);
        foreach (var item in items) line.String(item);
    }

    private void Citations(DataLine line, IReadOnlyList<CitationValue> citations)
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

/// <summary>
/// The C# expressions that read a fact's parts back with <c>FactData.Data_Reader</c>. Each reads its
/// values in statements or in a conditional, never as several arguments of one call, so nothing
/// rests on the order arguments are evaluated in.
/// </summary>
internal static class DataReading
{
    /// <summary>Reads what <see cref="DataWriter.Part"/> wrote for <paramref name="part"/>.</summary>
    public static string Part(KindSchema kind, FactPart part, ModelIndex index, string reader) => part.Kind switch
    {
        PartKind.Id => $"{reader}.String()",
        PartKind.Basis => $"({Core.GeneratedNames.FactBasis}){reader}.Int()",
        PartKind.Note => $"{reader}.None() ? null : {reader}.String()",
        PartKind.Aliases or PartKind.InferredFields => $"{reader}.Strings()",
        PartKind.Field => Value(kind, part.Field!, index, reader),
        PartKind.Citations => $"{reader}.{Core.GeneratedNames.Citations}()",
        _ => Sourced(kind, part.Field!, index, reader),
    };

    private static string Value(KindSchema kind, FieldSchema field, ModelIndex index, string reader)
    {
        if (field.IsList) return $"{reader}.List(static (ref {DataNames.Reader} {DataNames.ListItem}) => {Element(kind, field, index, DataNames.ListItem)})";
        return $"{reader}.None() ? {(field.IsRequired ? "default!" : "null")} : {Element(kind, field, index, reader)}";
    }

    /// <summary>What each source states for a field: a list of <c>Sourced&lt;T&gt;</c>, each the source's slot, then the value.</summary>
    private static string Sourced(KindSchema kind, FieldSchema field, ModelIndex index, string reader)
    {
        const string item = DataNames.ListItem;
        var value = field.IsList
            ? $"{item}.List(static (ref {DataNames.Reader} {DataNames.ListElement}) => {Element(kind, field, index, DataNames.ListElement)})"
            : Element(kind, field, index, item);
        var sourced = $"{Core.GeneratedNames.Sourced}<{TypeNames.SourcedValue(kind, field)}>";
        var source = $"{DataNames.Fact(index.SourceKind!.Plural)}({item}.Int())";
        return $"{reader}.List(static (ref {DataNames.Reader} {item}) => {{ var each_source = {source}; var each_value = {value}; return new {sourced}(each_source, each_value); }})";
    }

    private static string Element(KindSchema kind, FieldSchema field, ModelIndex index, string reader) => field.Type switch
    {
        FieldType.String or FieldType.Text => $"{reader}.String()",
        FieldType.Int => $"{reader}.Int()",
        FieldType.Decimal => $"{reader}.Decimal()",
        FieldType.Bool => $"{reader}.Int() != 0",
        FieldType.Date => $"{reader}.{DataNames.ReadDate}()",
        FieldType.Url => $"new global::System.Uri({reader}.String(), global::System.UriKind.Absolute)",
        FieldType.Enum => $"({TypeNames.EnumType(kind, field)}){reader}.Int()",
        FieldType.Reference when field.TargetIsUnion => $"{DataNames.ReadUnion(field.TargetKind!)}(ref {reader})",
        FieldType.Reference => $"{DataNames.Fact(index.Kind(field.TargetKind!).Plural)}({reader}.Int())",
        _ => $"{reader}.{Core.GeneratedNames.Citation}()",
    };
}
