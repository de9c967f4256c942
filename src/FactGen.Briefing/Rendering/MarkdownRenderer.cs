using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Briefing.Document;
using static System.FormattableString;

namespace FactGen.Briefing.Rendering;

/// <summary>The briefing as Markdown: headings, lists, and footnotes (<c>[^3]</c>) as GitHub and most renderers show them.</summary>
internal sealed class MarkdownRenderer : Inlines
{
    public static void Write(BriefingDocument document, TextWriter writer)
    {
        var inlines = new MarkdownRenderer();
        var inList = false;
        foreach (var block in document.Blocks)
        {
            var isItem = block is Paragraph { IsItem: true };
            if (inList && !isItem) writer.Write('\n');
            inList = isItem;
            switch (block)
            {
                case Title title:
                    writer.Write($"# {Escape(title.Text)}\n\nSources:\n\n");
                    foreach (var article in document.Articles)
                    {
                        writer.Write(Invariant($"{article.Number}. {Escape(article.Headline)} ({Escape(article.Dateline ?? "no dateline")}; `{article.File.Replace("`", "'")}`)\n"));
                    }
                    writer.Write("\nFootnotes give the article, the paragraph and the words quoted. *(inferred: ...)* marks a curator's conclusion, not the articles' words, with the reason.\n\n");
                    break;
                case Heading heading: writer.Write($"## {Escape(heading.Text)}\n\n"); break;
                case Subheading subheading: writer.Write($"### {Escape(subheading.Text)}\n\n"); break;
                case Paragraph paragraph:
                    var label = paragraph.Label is null ? string.Empty : $"**{Escape(paragraph.Label)}**";
                    var line = $"{label} {inlines.Render(paragraph.Content)}".Trim();
                    writer.Write(isItem ? $"- {line}\n" : $"{line}\n\n");
                    break;
            }
        }
        if (inList) writer.Write('\n');
        foreach (var note in document.Footnotes)
        {
            writer.Write(Invariant($"[^{note.Number}]: Article {note.Article}, ¶{note.Paragraph}: \u201C{Escape(note.Quote)}\u201D\n"));
        }
    }

    protected override string Words(string text) => Escape(text);

    protected override string Notes(IReadOnlyList<int> numbers) => string.Concat(numbers.Select(n => Invariant($"[^{n}]")));

    protected override string Inferred(string note) => $"*(inferred: {Escape(note)})*";

    /// <summary>Fact text is words, never markup: every character Markdown (or the HTML inside it) gives a meaning is escaped.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#' or '|' or '!' or '~') escaped.Append('\\');
            escaped.Append(c is '\n' or '\r' ? ' ' : c);
        }
        return escaped.ToString();
    }
}
