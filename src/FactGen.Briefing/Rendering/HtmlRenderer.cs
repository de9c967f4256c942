using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using FactGen.Briefing.Document;
using static System.FormattableString;

namespace FactGen.Briefing.Rendering;

/// <summary>
/// The briefing as one HTML page that needs nothing else: footnote numbers link to the notes and
/// each note back to where it is first cited. Fact text is always encoded; the page allows only its
/// own style sheet (by hash) and no script at all.
/// </summary>
internal sealed class HtmlRenderer : Inlines
{
    private const string Style = """
        body { max-width: 48rem; margin: 2rem auto; padding: 0 1rem; font: 16px/1.55 system-ui, sans-serif; color: #1b1b1b; }
        sup a { text-decoration: none; } .inferred { color: #7a4100; font-style: italic; }
        .notes { font-size: .9rem; } a:focus-visible { outline: 3px solid #0b57d0; }
        """;

    private readonly HashSet<int> _seen = new();

    public static void Write(BriefingDocument document, TextWriter writer)
    {
        var html = new StringBuilder();
        var inlines = new HtmlRenderer();
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Style)));
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-").Append(hash).Append("'\">\n");
        var title = document.Blocks.OfType<Title>().FirstOrDefault()?.Text ?? "Briefing";
        html.Append("<title>").Append(Encode(title)).Append("</title>\n<style>").Append(Style).Append("</style>\n</head>\n<body>\n<main>\n");
        var inList = false;
        foreach (var block in document.Blocks)
        {
            var isItem = block is Paragraph { IsItem: true };
            if (inList && !isItem) html.Append("</ul>\n");
            if (!inList && isItem) html.Append("<ul>\n");
            inList = isItem;
            switch (block)
            {
                case Title t:
                    html.Append("<h1>").Append(Encode(t.Text)).Append("</h1>\n<p>Sources:</p>\n<ol class=\"sources\">\n");
                    foreach (var article in document.Articles)
                    {
                        html.Append(Invariant($"<li id=\"article-{article.Number}\">")).Append(Encode(article.Headline)).Append(" (")
                            .Append(Encode(article.Dateline ?? "no dateline")).Append("; <code>").Append(Encode(article.File)).Append("</code>)</li>\n");
                    }
                    html.Append("</ol>\n<p>Superscript numbers lead to the notes: the article, the paragraph and the words quoted. <span class=\"inferred\">(inferred: ...)</span> marks a curator's conclusion, with the reason.</p>\n");
                    break;
                case Heading heading: html.Append("<h2>").Append(Encode(heading.Text)).Append("</h2>\n"); break;
                case Subheading subheading: html.Append("<h3>").Append(Encode(subheading.Text)).Append("</h3>\n"); break;
                case Paragraph paragraph:
                    var label = paragraph.Label is null ? string.Empty : "<strong>" + Encode(paragraph.Label) + "</strong> ";
                    html.Append(isItem ? "<li>" : "<p>").Append(label).Append(inlines.Render(paragraph.Content)).Append(isItem ? "</li>\n" : "</p>\n");
                    break;
            }
        }
        if (inList) html.Append("</ul>\n");
        if (document.Footnotes.Count > 0)
        {
            html.Append("<h2 id=\"notes\">Notes</h2>\n<ol class=\"notes\">\n");
            foreach (var note in document.Footnotes)
            {
                html.Append(Invariant($"<li id=\"note-{note.Number}\"><a href=\"#article-{note.Article}\">Article {note.Article}</a>, ¶{note.Paragraph}: <q>"))
                    .Append(Encode(note.Quote)).Append(Invariant($"</q> <a href=\"#ref-{note.Number}\" aria-label=\"Back to where note {note.Number} is first cited\">↩</a></li>\n"));
            }
            html.Append("</ol>\n");
        }
        html.Append("</main>\n</body>\n</html>\n");
        writer.Write(html.ToString());
    }

    protected override string Words(string text) => Encode(text);

    /// <summary>The first reference to a note gets the id its back link points to.</summary>
    protected override string Notes(IReadOnlyList<int> numbers) => string.Concat(numbers.Select(n =>
        _seen.Add(n)
            ? Invariant($"<sup><a href=\"#note-{n}\" id=\"ref-{n}\">{n}</a></sup>")
            : Invariant($"<sup><a href=\"#note-{n}\">{n}</a></sup>")));

    protected override string Inferred(string note) => $"<span class=\"inferred\">(inferred: {Encode(note)})</span>";

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
