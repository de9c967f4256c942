using System.Globalization;
using System.Linq;
using System.Text;
using FactGen.Core.Binding;
using FactGen.Core.Schema;

namespace FactGen.Cli.Docs;

/// <summary>
/// Fact values and schema text as GitHub Markdown, safe inside a table cell. Every number and
/// date in the invariant culture, so the catalog is the same on every machine.
/// </summary>
internal static class MarkdownText
{
    public static string KindAnchor(string kind) => "kind-" + kind.ToLowerInvariant();

    public static string FactAnchor(string id) => "fact-" + id;

    public static string KindLink(string kind) => $"[{kind}](#{KindAnchor(kind)})";

    public static string FactLink(string id) => $"[{id}](#{FactAnchor(id)})";

    /// <summary>Plain text made literal: no emphasis, links, HTML or table breaks; line breaks kept as &lt;br&gt;.</summary>
    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var normalized = text.Replace("\r\n", "\n").Trim();
        foreach (var c in normalized)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '\n': builder.Append("<br>"); break;
                case '\\' or '|' or '*' or '_' or '`' or '[' or ']' or '~':
                    builder.Append('\\').Append(c);
                    break;
                default: builder.Append(c); break;
            }
        }
        return builder.ToString();
    }

    /// <summary>A field's type as the schema gives it, with its target kind (or a union's member kinds) linked.</summary>
    public static string TypeOf(FieldSchema field, System.Collections.Generic.IReadOnlyList<UnionSchema> unions)
    {
        var type = field.Type switch
        {
            FieldType.Reference when field.TargetIsUnion => $"reference to {field.TargetKind} ({string.Join(", ", unions.First(u => u.Name == field.TargetKind).Members.Select(KindLink))})",
            FieldType.Reference => "reference to " + KindLink(field.TargetKind!),
            FieldType.Enum => "enum: " + string.Join(", ", field.EnumValues.Select(v => $"`{v}`")),
            _ => field.Type.ToString().ToLowerInvariant(),
        };
        if (field.IsList) type = "list of " + type;
        if (field.Inverse is not null) type += $"; inverse `{field.Inverse}`";
        if (field.IsIndexed) type += "; indexed";
        if (field.IsPerSource) type += "; per source";
        if (field.Type == FieldType.Reference) type += $"; grounding `{GroundingRules.Text(field.Grounding)}`";
        return type;
    }

    public static string Value(FieldSchema field, FactValue value) => value switch
    {
        ListValue list => string.Join(field.Type == FieldType.Text ? "<br>" : ", ", list.Items.Select(item => Value(field, item))),
        StringValue text => Escape(text.Value),
        IntValue number => number.Value.ToString(CultureInfo.InvariantCulture),
        DecimalValue number => number.Value.ToString(CultureInfo.InvariantCulture),
        BoolValue flag => flag.Value ? "true" : "false",
        DateValue date => Date(date),
        UrlValue url => "<" + url.Value.Replace("<", "%3C").Replace(">", "%3E").Replace("|", "%7C").Replace(" ", "%20") + ">",
        EnumValue choice => $"`{choice.Value}`",
        ReferenceValue reference => FactLink(reference.Id),
        CitationValue citation => $"{FactLink(citation.SourceId)} ¶{citation.Paragraph.ToString(CultureInfo.InvariantCulture)}: \"{Escape(citation.Quote)}\"",
        _ => Escape(value.ToString()),
    };

    private static string Date(DateValue date)
    {
        var text = date.Year.ToString("0000", CultureInfo.InvariantCulture);
        if (date.Month is { } month) text += "-" + month.ToString("00", CultureInfo.InvariantCulture);
        if (date.Day is { } day) text += "-" + day.ToString("00", CultureInfo.InvariantCulture);
        return text;
    }
}
