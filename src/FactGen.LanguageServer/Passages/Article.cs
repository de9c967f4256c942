using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Core.Binding;

namespace FactGen.LanguageServer.Passages;

/// <summary>
/// A source article as the checks see it (<see cref="SourceDocument"/>: normalized paragraphs) and
/// as the reader sees it (the printed paragraphs and the line each starts on), so a quote is found
/// exactly as <c>validate</c> finds it and shown, or jumped to, where it is printed.
/// </summary>
public sealed class Article
{
    private Article(string path, SourceDocument document, IReadOnlyList<string> printed, IReadOnlyList<int> startLines)
    {
        Path = path;
        Document = document;
        Printed = printed;
        StartLines = startLines;
    }

    public string Path { get; }
    public string FileName => Document.FileName;
    public SourceDocument Document { get; }

    /// <summary>The paragraphs as printed, the headline first (<see cref="SourceDocument.SplitParagraphs"/>).</summary>
    public IReadOnlyList<string> Printed { get; }

    /// <summary>The 0-based line each paragraph starts on.</summary>
    public IReadOnlyList<int> StartLines { get; }

    public static Article Read(string path) => Parse(path, File.ReadAllText(path));

    public static Article Parse(string path, string text)
    {
        var printed = SourceDocument.SplitParagraphs(text);
        return new Article(path, SourceDocument.Parse(SourceDocument.FileNameOf(path), text), printed, StartLinesOf(text));
    }

    /// <summary>The first words of a paragraph, for a completion's detail.</summary>
    public string FirstWords(int paragraph, int count = 8)
    {
        if (paragraph < 0 || paragraph >= Document.Paragraphs.Count) return string.Empty;
        var words = Document.Paragraphs[paragraph].Split(' ');
        return string.Join(" ", words.Take(count)) + (words.Length > count ? " …" : string.Empty);
    }

    /// <summary>The printed paragraph as Markdown with the quoted words in bold, where the quote check finds them.</summary>
    public string Marked(int paragraph, string? quote)
    {
        if (paragraph < 0 || paragraph >= Printed.Count) return string.Empty;
        var nfc = Printed[paragraph].Normalize(NormalizationForm.FormC);
        var origin = new List<int>();
        var normalized = TextNormalizer.Normalize(nfc, origin);
        var needle = quote is null ? string.Empty : TextNormalizer.Normalize(quote);
        var at = needle.Length == 0 ? -1 : normalized.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0) return Escape(OneLine(nfc));
        var start = origin[at];
        var end = origin[at + needle.Length - 1] + 1;
        return Escape(OneLine(nfc.Substring(0, start))) + "**" + Escape(OneLine(nfc.Substring(start, end - start))) + "**" + Escape(OneLine(nfc.Substring(end)));
    }

    private static string OneLine(string text) => text.Replace('\n', ' ');

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>' or '#') builder.Append('\\');
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Where each paragraph starts, by the rule <see cref="SourceDocument.SplitParagraphs"/> applies: blocks separated by blank lines.</summary>
    private static IReadOnlyList<int> StartLinesOf(string text)
    {
        var starts = new List<int>();
        var inParagraph = false;
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        for (var line = 0; line < lines.Length; line++)
        {
            var blank = lines[line].Trim().Length == 0;
            if (!blank && !inParagraph) starts.Add(line);
            inParagraph = !blank;
        }
        return starts;
    }
}
