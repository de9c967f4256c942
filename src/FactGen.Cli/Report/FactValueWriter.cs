using System.Globalization;
using System.Linq;
using System.Text;
using FactGen.Cli.Docs;
using FactGen.Core.Binding;

namespace FactGen.Cli.Report;

/// <summary>
/// A fact's value on the page: references as links to the facts they name, safe URLs as links,
/// lists as lists, and a per-source field as what each source states (issue 27: the index showed
/// only the first source's value, where <c>factgen docs</c> shows them all).
/// </summary>
internal static class FactValueWriter
{
    /// <summary>The value, or, for a per-source field given a value per source, each source's value with the source's id.</summary>
    public static void Write(StringBuilder html, FactValue value, SourcedField? sourced, ReferenceGraph graph)
    {
        if (sourced is not { IsExplicit: true })
        {
            Write(html, value, graph);
            return;
        }
        html.Append("<ul class=\"by-source\" aria-label=\"What each source states\">");
        foreach (var entry in sourced.Entries)
        {
            html.Append("<li>");
            Write(html, entry.Value, graph);
            html.Append(" <span class=\"src\">(per <a href=\"#f-").AppendEscaped(entry.SourceId).Append("\">").AppendEscaped(entry.SourceId).Append("</a>)</span></li>");
        }
        html.Append("</ul>");
    }

    public static void Write(StringBuilder html, FactValue value, ReferenceGraph graph)
    {
        switch (value)
        {
            case ReferenceValue reference:
                var target = graph.Find(reference.Id);
                html.Append("<a href=\"#f-").AppendEscaped(reference.Id).Append("\">").AppendEscaped(target?.DisplayName ?? reference.Id).Append("</a>");
                break;
            case UrlValue url when HtmlText.IsSafeUrl(url.Value):
                html.Append("<a rel=\"noopener noreferrer\" href=\"").AppendEscaped(url.Value).Append("\">").AppendEscaped(url.Value).Append("</a>");
                break;
            case ListValue list:
                html.Append("<ul class=\"values\">");
                foreach (var item in list.Items)
                {
                    html.Append("<li>");
                    Write(html, item, graph);
                    html.Append("</li>");
                }
                html.Append("</ul>");
                break;
            default:
                html.AppendEscaped(PlainText(value));
                break;
        }
    }

    /// <summary>A value as plain text, invariant: dates as 2024-04-24, decimals with a point.</summary>
    public static string PlainText(FactValue value) => value switch
    {
        StringValue s => s.Value,
        UrlValue u => u.Value,
        EnumValue e => e.Value,
        IntValue i => i.Value.ToString(CultureInfo.InvariantCulture),
        DecimalValue d => d.Value.ToString(CultureInfo.InvariantCulture),
        BoolValue b => b.Value ? "true" : "false",
        DateValue d => d.Year.ToString("D4", CultureInfo.InvariantCulture)
            + (d.Month is { } m ? "-" + m.ToString("D2", CultureInfo.InvariantCulture) : string.Empty)
            + (d.Day is { } day ? "-" + day.ToString("D2", CultureInfo.InvariantCulture) : string.Empty),
        ReferenceValue r => r.Id,
        CitationValue c => c.Quote,
        ListValue l => string.Join(", ", l.Items.Select(PlainText)),
        _ => string.Empty,
    };
}
