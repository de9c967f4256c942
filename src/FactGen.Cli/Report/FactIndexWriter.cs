using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactGen.Cli.Docs;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using FactGen.Core.Schema;

namespace FactGen.Cli.Report;

/// <summary>
/// The fact index: each fact with its values, its citations as links to the spans they highlight,
/// its basis and note, and the diagnostics the checks raised about it. The fact's heading
/// (<c>.fact-head</c>) is also what the article's tooltip shows, copied by the script.
/// </summary>
internal static class FactIndexWriter
{
    /// <summary>How many values a fact's heading shows, and how long each may be, so a tooltip stays short.</summary>
    private const int KeyValues = 3;

    private const int KeyValueLength = 80;

    public static void Write(StringBuilder html, CoverageModel coverage, IReadOnlyDictionary<string, List<FactDiagnostic>> diagnostics)
    {
        foreach (var kind in coverage.Graph.Facts.GroupBy(f => f.Kind.Name))
        {
            var facts = kind.ToList();
            html.Append("<section class=\"kind-facts\" id=\"k-").AppendEscaped(kind.Key).Append("\" aria-labelledby=\"k-").AppendEscaped(kind.Key).Append("-h\">\n");
            html.Append("<h3 id=\"k-").AppendEscaped(kind.Key).Append("-h\">").AppendEscaped(facts[0].Kind.Plural)
                .Append(" (").Append(facts.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h3>\n");
            foreach (var fact in facts)
            {
                diagnostics.TryGetValue(fact.Id, out var raised);
                WriteFact(html, fact, coverage, raised);
            }
            html.Append("</section>\n");
        }
    }

    private static void WriteFact(StringBuilder html, FactEntry fact, CoverageModel coverage, List<FactDiagnostic>? diagnostics)
    {
        html.Append("<article class=\"fact\" id=\"f-").AppendEscaped(fact.Id).Append("\" aria-labelledby=\"h-").AppendEscaped(fact.Id).Append("\">\n");
        html.Append("<h4 class=\"fact-head\" id=\"h-").AppendEscaped(fact.Id).Append("\"><span class=\"kind\">").AppendEscaped(fact.Kind.Name)
            .Append("</span> <code>").AppendEscaped(fact.Id).Append("</code>");
        var key = KeyText(fact);
        if (key.Length > 0) html.Append(" ").AppendEscaped(key);
        if (fact.Fact.IsInferred) html.Append(" <span class=\"inferred\">(inferred)</span>");
        html.Append("</h4>\n");

        html.Append("<dl>");
        for (var i = 0; i < fact.Kind.Fields.Count; i++)
        {
            var field = fact.Kind.Fields[i];
            var value = fact.Fact.Values[i];
            if (value is null || field.Type == FieldType.Citation) continue;
            html.Append("<dt>").AppendEscaped(field.Name).Append("</dt><dd>");
            WriteValue(html, value, coverage.Graph);
            html.Append("</dd>");
        }
        html.Append("<dt>basis</dt><dd>").Append(fact.Fact.IsInferred ? "<span class=\"inferred\">inferred</span>" : "stated").Append("</dd>");
        if (fact.Fact.Note is { } note) html.Append("<dt>note</dt><dd class=\"note\">").AppendEscaped(note).Append("</dd>");
        html.Append("</dl>\n");

        var citations = coverage.CitationsOf(fact.Id);
        if (citations.Count > 0)
        {
            html.Append("<ol class=\"cites\" aria-label=\"Citations\">");
            foreach (var citation in citations) WriteCitation(html, citation);
            html.Append("</ol>\n");
        }
        if (diagnostics is { Count: > 0 })
        {
            html.Append("<ul class=\"diags\" aria-label=\"Problems the checks found\">");
            foreach (var diagnostic in diagnostics) WriteDiagnostic(html, diagnostic);
            html.Append("</ul>\n");
        }
        html.Append("</article>\n");
    }

    public static void WriteDiagnostic(StringBuilder html, FactDiagnostic diagnostic)
    {
        var severity = FactDiagnostic.SeverityText(diagnostic.Severity);
        html.Append("<li class=\"").Append(severity).Append("\">").Append(severity).Append(' ').AppendEscaped(diagnostic.Id).Append(": ")
            .AppendEscaped(diagnostic.Message).Append(" <span class=\"where\">(").AppendEscaped(diagnostic.Span.ToString()).Append(")</span></li>");
    }

    private static void WriteCitation(StringBuilder html, ReportCitation citation)
    {
        var label = Label(citation);
        if (citation.Span is { } span)
        {
            html.Append("<li><a class=\"cite\" href=\"#").Append(span.Id).Append("\">").AppendEscaped(label).Append("</a> <q>").AppendEscaped(citation.Citation.Quote).Append("</q></li>");
            return;
        }
        var why = citation.ArticleNumber == 0 ? "article not available" : "quote not found in the paragraph";
        html.Append("<li class=\"miss\">").AppendEscaped(label).Append(" <q>").AppendEscaped(citation.Citation.Quote).Append("</q> (").Append(why).Append(")</li>");
    }

    private static string Label(ReportCitation citation)
    {
        var paragraph = citation.Citation.Paragraph.ToString(CultureInfo.InvariantCulture);
        return citation.ArticleNumber == 0
            ? $"[{citation.Citation.SourceId} ¶{paragraph}]"
            : $"[{citation.ArticleNumber.ToString(CultureInfo.InvariantCulture)} ¶{paragraph}]";
    }

    private static void WriteValue(StringBuilder html, FactValue value, ReferenceGraph graph)
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
                    WriteValue(html, item, graph);
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

    /// <summary>The first few plain values of a fact (its name, title, category...), each cut short.</summary>
    private static string KeyText(FactEntry fact)
    {
        var parts = new List<string>();
        for (var i = 0; i < fact.Kind.Fields.Count && parts.Count < KeyValues; i++)
        {
            var field = fact.Kind.Fields[i];
            if (field.IsList || field.Type is FieldType.Reference or FieldType.Citation || fact.Fact.Values[i] is not { } value) continue;
            var text = PlainText(value);
            if (text.Length > KeyValueLength)
            {
                var cut = char.IsHighSurrogate(text[KeyValueLength - 2]) ? KeyValueLength - 2 : KeyValueLength - 1;
                text = text.Substring(0, cut) + "…";
            }
            parts.Add(text);
        }
        return string.Join(" · ", parts);
    }
}
