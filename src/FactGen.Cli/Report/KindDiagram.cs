using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactGen.Cli.Docs;

namespace FactGen.Cli.Report;

/// <summary>
/// The kinds and the references between facts as inline SVG (no script, no Mermaid runtime): a box
/// per kind with its fact count, placed on a circle in schema order, and an arrow per reference
/// field labelled with how many references the facts make through it. A table says the same for
/// screen readers, and the Mermaid source of <c>factgen docs</c> follows for anyone who wants it.
/// At 10,000 facts the diagram is as large as at 140: it grows with the schema, not the corpus.
/// </summary>
internal static class KindDiagram
{
    private const double BoxHeight = DiagramLayout.BoxHeight;

    private sealed record Link(string From, string Field, string To, int Count);

    public static void Write(StringBuilder html, CoverageModel coverage, Core.Binding.FactModel model)
    {
        var graph = coverage.Graph;
        var kinds = model.Kinds.Select(k => k.Schema.Name).ToList();
        var counts = model.Kinds.ToDictionary(k => k.Schema.Name, k => k.Facts.Count, StringComparer.Ordinal);
        var links = graph.Edges
            .GroupBy(e => (From: e.From.Kind.Name, Field: e.Field.Name, To: e.To.Kind.Name))
            .Select(g => new Link(g.Key.From, g.Key.Field, g.Key.To, g.Count()))
            .ToList();
        var layout = DiagramLayout.Place(kinds.Select(k => k + " (" + counts[k].ToString(CultureInfo.InvariantCulture) + ")").ToList());
        var places = new Dictionary<string, (double X, double Y)>(StringComparer.Ordinal);
        for (var i = 0; i < kinds.Count; i++) places[kinds[i]] = layout.Centers[i];
        var (width, height, boxWidth) = (layout.Width, layout.Height, layout.BoxWidth);
        var labels = new LabelPlacer(layout);

        html.Append("<figure><svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"diagram-title\" viewBox=\"0 0 ")
            .Append(N(width)).Append(' ').Append(N(height)).Append("\" width=\"100%\">\n<title id=\"diagram-title\">The kinds of fact and the references between them</title>\n")
            .Append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
        var seen = new Dictionary<(string, string), int>();
        foreach (var link in links)
        {
            var pair = string.CompareOrdinal(link.From, link.To) <= 0 ? (link.From, link.To) : (link.To, link.From);
            seen.TryGetValue(pair, out var nth);
            seen[pair] = nth + 1;
            WriteLink(html, link, places[link.From], places[link.To], nth, boxWidth, labels);
        }
        foreach (var kind in kinds)
        {
            var (x, y) = places[kind];
            html.Append("<g><rect x=\"").Append(N(x - boxWidth / 2)).Append("\" y=\"").Append(N(y - BoxHeight / 2)).Append("\" width=\"").Append(N(boxWidth)).Append("\" height=\"").Append(N(BoxHeight))
                .Append("\" rx=\"6\" fill=\"#e8eef9\" stroke=\"#1d3a6e\"/><text x=\"").Append(N(x)).Append("\" y=\"").Append(N(y + 5)).Append("\" text-anchor=\"middle\" fill=\"#111\">")
                .AppendEscaped(kind).Append(" (").Append(counts[kind].ToString(CultureInfo.InvariantCulture)).Append(")</text></g>\n");
        }
        html.Append("</svg><figcaption>Each box is a kind with its number of facts; each arrow a reference field, with the number of references the facts make through it.</figcaption></figure>\n");

        html.Append("<table><caption>References between facts, by field</caption><thead><tr><th scope=\"col\">from</th><th scope=\"col\">field</th><th scope=\"col\">to</th><th scope=\"col\">references</th></tr></thead><tbody>\n");
        foreach (var link in links)
        {
            html.Append("<tr><td>").AppendEscaped(link.From).Append("</td><td>").AppendEscaped(link.Field).Append("</td><td>").AppendEscaped(link.To)
                .Append("</td><td>").Append(link.Count.ToString(CultureInfo.InvariantCulture)).Append("</td></tr>\n");
        }
        html.Append("</tbody></table>\n");

        var mermaid = new StringBuilder();
        MermaidWriter.WriteSchema(mermaid, model);
        html.Append("<details><summary>Mermaid source of the schema (as in <code>factgen docs</code>)</summary><pre>").AppendEscaped(mermaid.ToString()).Append("</pre></details>\n");
    }

    private static void WriteLink(StringBuilder html, Link link, (double X, double Y) from, (double X, double Y) to, int nth, double boxWidth, LabelPlacer labels)
    {
        var label = $"{link.Field} ({link.Count.ToString(CultureInfo.InvariantCulture)})";
        if (link.From == link.To)
        {
            // A kind that refers to itself (an event that follows another): a loop above its box.
            var top = from.Y - BoxHeight / 2;
            html.Append("<path d=\"M").Append(N(from.X - 20)).Append(',').Append(N(top)).Append(" C").Append(N(from.X - 40)).Append(',').Append(N(top - 45))
                .Append(' ').Append(N(from.X + 40)).Append(',').Append(N(top - 45)).Append(' ').Append(N(from.X + 20)).Append(',').Append(N(top))
                .Append("\" fill=\"none\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>");
            var (lx, ly) = labels.Place(label, [(from.X, top - 40 - 14 * nth)]);
            Label(html, lx, ly, label);
            return;
        }
        var dx = to.X - from.X;
        var dy = to.Y - from.Y;
        var t = Math.Min(boxWidth / 2 / Math.Max(Math.Abs(dx), 1e-9), BoxHeight / 2 / Math.Max(Math.Abs(dy), 1e-9));
        var end = (X: to.X - dx * t, Y: to.Y - dy * t);
        html.Append("<line x1=\"").Append(N(from.X)).Append("\" y1=\"").Append(N(from.Y)).Append("\" x2=\"").Append(N(end.X)).Append("\" y2=\"").Append(N(end.Y))
            .Append("\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>");
        // Along the arrow, the middle first; the first place no other label or box takes.
        var along = new[] { 0.5, 0.4, 0.6, 0.32, 0.68, 0.25, 0.75 }.SelectMany(t => new[] { 0.0, 16, -16, 32, -32 }.Select(d => (from.X + dx * t, from.Y + dy * t + d + 14 * nth)));
        var (x, y) = labels.Place(label, along.ToList());
        Label(html, x, y, label);
    }

    private static void Label(StringBuilder html, double x, double y, string text) =>
        html.Append("<text class=\"lbl\" x=\"").Append(N(x)).Append("\" y=\"").Append(N(y)).Append("\" text-anchor=\"middle\" fill=\"#333\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\">")
            .AppendEscaped(text).Append("</text>\n");

    private static string N(double value) => Math.Round(value, 1).ToString("0.#", CultureInfo.InvariantCulture);
}
