using System.Linq;
using FactGen.Core;
using FactGen.Core.Binding;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>Writes a bound value as a C# expression, with the invariant culture.</summary>
internal sealed class ValueWriter
{
    private readonly ModelIndex _index;

    public ValueWriter(ModelIndex index) => _index = index;

    public string Write(KindSchema kind, FieldSchema field, FactValue? value)
    {
        if (field.IsList)
        {
            var element = TypeNames.Element(kind, field);
            var items = (value as ListValue)?.Items.Select(v => Single(kind, field, v)).ToList();
            return items is null || items.Count == 0
                ? $"global::System.Array.Empty<{element}>()"
                : $"{DataNames.ReadOnlyList}(new {element}[] {{ {string.Join(", ", items)} }})";
        }
        if (value is null) return field.IsRequired ? "default!" : "null";
        return Single(kind, field, value);
    }

    public string Citation(CitationValue citation) =>
        $"new Citation({DataNames.Items(_index.SourceKind!.Plural)}[{_index.Slot(citation.SourceId)}], {CSharp.Literal(citation.Paragraph)}, {CSharp.Literal(citation.Quote)})";

    private string Single(KindSchema kind, FieldSchema field, FactValue value) => value switch
    {
        ReferenceValue reference => $"{DataNames.Items(_index.Kind(field.TargetKind!).Schema.Plural)}[{_index.Slot(reference.Id)}]",
        CitationValue citation => Citation(citation),
        _ => Scalar(kind, field, value),
    };

    public static string Scalar(KindSchema kind, FieldSchema field, FactValue value) => value switch
    {
        StringValue text => CSharp.Literal(text.Value),
        IntValue number => CSharp.Literal(number.Value),
        DecimalValue amount => CSharp.Literal(amount.Value),
        BoolValue flag => CSharp.Literal(flag.Value),
        DateValue date => $"new FactDate({CSharp.Literal(date.Year)}, {Optional(date.Month)}, {Optional(date.Day)})",
        UrlValue url => $"new global::System.Uri({CSharp.Literal(url.Value)}, global::System.UriKind.Absolute)",
        EnumValue member => $"{TypeNames.EnumType(kind, field)}.{Naming.ToPascalCase(member.Value)}",
        _ => "default!",
    };

    private static string Optional(int? number) => number is { } value ? CSharp.Literal(value) : "null";
}
