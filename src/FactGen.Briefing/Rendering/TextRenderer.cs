using System.Collections.Generic;
using System.Linq;
using static System.FormattableString;
using System.IO;
using FactGen.Briefing.Document;

namespace FactGen.Briefing.Rendering;

/// <summary>The briefing for a terminal: wrapped lines, footnote numbers in brackets, the notes at the end.</summary>
internal sealed class TextRenderer : Inlines
{
    public static void Write(BriefingDocument document, TextWriter writer, int width)
    {
        var text = new TextBlock(writer, width);
        var inlines = new TextRenderer();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Title title:
                    text.Line(title.Text.ToUpperInvariant());
                    text.Line("Sources:");
                    foreach (var article in document.Articles)
                    {
                        text.Paragraph($"\"{article.Headline}\" ({article.Dateline ?? "no dateline"}; {article.File})", Invariant($"  Article {article.Number}: "), "      ");
                    }
                    text.Paragraph("Numbers in brackets are notes, listed at the end: the article, the paragraph and the words quoted. (inferred: ...) marks a curator's conclusion, not the articles' words, with the reason.");
                    break;
                case Heading heading: text.Heading(heading.Text); break;
                case Subheading subheading: text.Subheading(subheading.Text); break;
                case Paragraph paragraph:
                    var body = (paragraph.Label is null ? string.Empty : paragraph.Label + " ") + inlines.Render(paragraph.Content);
                    if (paragraph.IsItem) text.Paragraph(body, "  - ", "    ");
                    else text.Paragraph(body, "  ");
                    break;
            }
        }
        if (document.Footnotes.Count == 0) return;
        text.Heading("Notes");
        foreach (var note in document.Footnotes)
        {
            var number = Invariant($"  [{note.Number}] ");
            text.Paragraph(Invariant($"Article {note.Article}, ¶{note.Paragraph}: \"{note.Quote}\""), number, new string(' ', number.Length));
        }
    }

    protected override string Words(string text) => text;

    protected override string Notes(IReadOnlyList<int> numbers) => " [" + string.Join(", ", numbers.Select(n => Invariant($"{n}"))) + "]";

    protected override string Inferred(string note) => $"(inferred: {note})";
}
