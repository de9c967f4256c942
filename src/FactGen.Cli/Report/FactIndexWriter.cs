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

    public static void Write(StringBuilder html, CoverageModel coverage, DiagnosticPlacement diagnostics)
    {
        foreach (var kind in coverage.Graph.Facts.GroupBy(f => f.Kind.Name))
        {
            var facts = kind.ToList();
            html.Append("<section class=\"kind-facts\" id=\"k-").AppendEscaped(kind.Key).Append("\" aria-labelledby=\"k-").AppendEscaped(kind.Key).Append("-h\">\n");
            html.Append("<h3 id=\"k-").AppendEscaped(kind.Key).Append("-h\">").AppendEscaped(facts[0].Kind.Plural)
                .Append(" (").Append(facts.Count.ToString(CultureInfo.InvariantCulture)).Append(")</h3>\n");
            foreach (var fact in facts) WriteFact(html, fact, coverage, diagnostics);
            html.Append("</section>\n");
        }
    }

    private static void WriteFact(StringBuilder html, FactEntry fact, CoverageModel coverage, DiagnosticPlacement placement)
    {
        var bound = fact.Fact;
        html.Append("<article class=\"fact\" id=\"f-").AppendEscaped(fact.Id).Append("\" aria-labelledby=\"h-").AppendEscaped(fact.Id).Append("\">\n");
        html.Append("<h4 class=\"fact-head\" id=\"h-").AppendEscaped(fact.Id).Append("\"><span class=\"kind\">").AppendEscaped(fact.Kind.Name)
            .Append("</span> <code>").AppendEscaped(fact.Id).Append("</code>");
        var key = KeyText(fact);
        if (key.Length > 0) html.Append(" ").AppendEscaped(key);
        if (bound.IsInferred) html.Append(" <span class=\"inferred\">(inferred)</span>");
        else if (!bound.InferredFields.IsEmpty) html.Append(" <span class=\"inferred\">(partly inferred)</span>");
        html.Append("</h4>\n");

        html.Append("<dl>");
        for (var i = 0; i < fact.Kind.Fields.Count; i++)
        {
            var field = fact.Kind.Fields[i];
            var value = bound.Values[i];
            if (value is null || field.Type == FieldType.Citation) continue;
            html.Append("<dt>").AppendEscaped(field.Name);
            if (!bound.IsInferred && bound.InferredFields.Contains(field.Name)) html.Append(" <span class=\"inferred\">(inferred)</span>");
            html.Append("</dt><dd>");
            FactValueWriter.Write(html, value, bound.SourcedAt(i), coverage.Graph);
            html.Append("</dd>");
        }
        if (!bound.Aliases.IsEmpty) html.Append("<dt>aliases</dt><dd class=\"aliases\">").AppendEscaped(string.Join(", ", bound.Aliases)).Append("</dd>");
        html.Append("<dt>basis</dt><dd class=\"basis\">").Append(Basis(bound)).Append("</dd>");
        if (bound.Note is { } note) html.Append("<dt>note</dt><dd class=\"note\">").AppendEscaped(note).Append("</dd>");
        html.Append("</dl>\n");

        var citations = coverage.CitationsOf(fact.Id);
        if (citations.Count > 0)
        {
            html.Append("<ol class=\"cites\" aria-label=\"Citations\">");
            foreach (var citation in citations) WriteCitation(html, citation);
            html.Append("</ol>\n");
        }
        var diagnostics = placement.OfFact(fact.Id);
        if (diagnostics.Count > 0)
        {
            html.Append("<ul class=\"diags\" aria-label=\"Problems the checks found\">");
            foreach (var diagnostic in diagnostics) WriteDiagnostic(html, diagnostic, placement);
            html.Append("</ul>\n");
        }
        html.Append("</article>\n");
    }

    /// <summary>
    /// How the fact is known, as its YAML says: stated; inferred as a whole; or stated but for the
    /// fields a curator inferred (issue 27: such a fact showed "stated").
    /// </summary>
    private static string Basis(BoundFact fact)
    {
        if (fact.IsInferred) return "<span class=\"inferred\">inferred</span> (see the note)";
        if (fact.InferredFields.IsEmpty) return "stated";
        var fields = new StringBuilder().AppendEscaped(string.Join(", ", fact.InferredFields)).ToString();
        return "stated, except <span class=\"inferred\">inferred: " + fields + "</span> (see the note)";
    }

    public static void WriteDiagnostic(StringBuilder html, FactDiagnostic diagnostic, DiagnosticPlacement placement)
    {
        var severity = FactDiagnostic.SeverityText(diagnostic.Severity);
        html.Append("<li class=\"").Append(severity).Append("\" id=\"").Append(placement.AnchorOf(diagnostic)).Append("\">").Append(severity).Append(' ').AppendEscaped(diagnostic.Id).Append(": ")
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

    /// <summary>The first few plain values of a fact (its name, title, category...), each cut short.</summary>
    private static string KeyText(FactEntry fact)
    {
        var parts = new List<string>();
        for (var i = 0; i < fact.Kind.Fields.Count && parts.Count < KeyValues; i++)
        {
            var field = fact.Kind.Fields[i];
            if (field.IsList || field.Type is FieldType.Reference or FieldType.Citation || fact.Fact.Values[i] is not { } value) continue;
            var text = FactValueWriter.PlainText(value);
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
