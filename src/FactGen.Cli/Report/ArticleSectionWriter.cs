using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace FactGen.Cli.Report;

/// <summary>
/// An article paragraph by paragraph. Each distinct cited passage has an empty anchor where it
/// starts (the id the fact index links to) and its text in <c>&lt;mark&gt;</c> segments: a
/// segment lists the facts of every passage covering it (<c>data-f</c>) and those passages
/// (<c>data-s</c>), so overlapping quotes need no nested markup. Sentences no passage touches are
/// marked <c>un</c>, with words a screen reader says.
/// </summary>
internal static class ArticleSectionWriter
{
    public static void Write(StringBuilder html, ArticleCoverage article)
    {
        var id = "a" + Number(article.Number);
        var headline = article.Article.Paragraphs.Count > 0 ? article.Article.Paragraphs[0].Text : article.Article.FileName;
        html.Append("<section class=\"article\" id=\"").Append(id).Append("\" aria-labelledby=\"").Append(id).Append("-h\">\n");
        html.Append("<h3 id=\"").Append(id).Append("-h\">[").Append(Number(article.Number)).Append("] ").AppendEscaped(headline).Append("</h3>\n");
        html.Append("<p class=\"meta\"><code>").AppendEscaped(article.Article.FileName).Append("</code>, source <a href=\"#f-")
            .AppendEscaped(article.Source.Id).Append("\">").AppendEscaped(article.Source.Id).Append("</a>. ")
            .Append("Sentences cited: <span class=\"art-cov\" data-cited=\"").Append(Number(article.CitedSentences)).Append("\" data-total=\"").Append(Number(article.Sentences)).Append("\">")
            .Append(Coverage(article.CitedSentences, article.Sentences)).Append("</span>; body paragraphs no fact cites: ")
            .Append("<span class=\"art-uncited\">").Append(Number(article.UncitedParagraphs)).Append("</span>.</p>\n");
        foreach (var paragraph in article.Paragraphs) WriteParagraph(html, id, paragraph);
        html.Append("</section>\n");
    }

    public static string Coverage(int cited, int total) =>
        $"{Number(cited)} of {Number(total)} ({Percent(cited, total)})";

    public static string Percent(int part, int total) =>
        total == 0 ? "n/a" : (100.0 * part / total).ToString("0", CultureInfo.InvariantCulture) + "%";

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static void WriteParagraph(StringBuilder html, string articleId, ParagraphCoverage coverage)
    {
        var paragraph = coverage.Paragraph;
        var none = coverage.CitedSentences == 0 && !coverage.IsHeadline ? " none" : string.Empty;
        html.Append("<div class=\"para").Append(none).Append("\" id=\"").Append(articleId).Append('p').Append(Number(paragraph.Number)).Append("\">");
        html.Append("<span class=\"pn\">");
        if (coverage.IsHeadline) html.Append("headline<span class=\"cov\">not counted</span></span>");
        else html.Append("¶").Append(Number(paragraph.Number))
            .Append("<span class=\"cov\" data-cited=\"").Append(Number(coverage.CitedSentences)).Append("\" data-total=\"").Append(Number(coverage.SentenceCited.Count)).Append("\">")
            .Append(Number(coverage.CitedSentences)).Append('/').Append(Number(coverage.SentenceCited.Count)).Append("<span class=\"vh\"> sentences cited</span></span></span>");
        html.Append("<p>");
        var text = paragraph.Text;
        var position = 0;
        for (var s = 0; s < paragraph.Sentences.Count; s++)
        {
            var sentence = paragraph.Sentences[s];
            html.AppendEscaped(text.Substring(position, sentence.Start - position));
            var cited = coverage.SentenceCited[s] || coverage.IsHeadline;
            html.Append(cited ? "<span class=\"sent\">" : "<span class=\"sent un\"><span class=\"vh\">(no fact cites this sentence) </span>");
            WriteSegments(html, text, sentence, coverage.Spans);
            html.Append("</span>");
            position = sentence.End;
        }
        html.AppendEscaped(text.Substring(position));
        html.Append("</p></div>\n");
    }

    private static void WriteSegments(StringBuilder html, string text, TextRange sentence, IReadOnlyList<CitedSpan> spans)
    {
        var inside = spans.Where(span => span.Range.Overlaps(sentence)).ToList();
        var cuts = new SortedSet<int> { sentence.Start, sentence.End };
        foreach (var span in inside)
        {
            if (span.Range.Start > sentence.Start) cuts.Add(span.Range.Start);
            if (span.Range.End < sentence.End) cuts.Add(span.Range.End);
        }
        var points = cuts.ToList();
        for (var i = 0; i + 1 < points.Count; i++)
        {
            var segment = new TextRange(points[i], points[i + 1]);
            foreach (var span in inside.Where(span => span.Range.Start == segment.Start)) html.Append("<span class=\"at\" id=\"").Append(span.Id).Append("\"></span>");
            var covering = inside.Where(span => span.Range.Start <= segment.Start && span.Range.End >= segment.End).ToList();
            var piece = text.Substring(segment.Start, segment.End - segment.Start);
            if (covering.Count == 0)
            {
                html.AppendEscaped(piece);
                continue;
            }
            var facts = covering.SelectMany(span => span.FactIds).Distinct().ToList();
            html.Append("<mark tabindex=\"0\"").Append(covering.Count > 1 ? " class=\"m2\"" : string.Empty)
                .Append(" data-s=\"").Append(string.Join(" ", covering.Select(span => span.Id))).Append('"')
                .Append(" data-f=\"").AppendEscaped(string.Join(" ", facts)).Append("\">")
                .AppendEscaped(piece).Append("</mark>");
        }
    }
}
