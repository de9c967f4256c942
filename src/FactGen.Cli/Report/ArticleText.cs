using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Binding;

namespace FactGen.Cli.Report;

/// <summary>
/// One paragraph of an article as printed (<see cref="Text"/>, as Core keeps it in
/// <see cref="SourceDocument.Printed"/>) and its sentences. Quotes are not matched here: Core's
/// citation check says where each one is (<see cref="CitationMatch"/>), in this same text.
/// </summary>
internal sealed class ArticleParagraph
{
    public ArticleParagraph(int number, string text)
    {
        Number = number;
        Text = text;
        Sentences = SentenceSplitter.Split(text);
    }

    public int Number { get; }

    /// <summary>The paragraph as the article prints it (trimmed, NFC, lines joined with '\n').</summary>
    public string Text { get; }

    /// <summary>The sentences as [start, end) ranges of <see cref="Text"/>, in order.</summary>
    public IReadOnlyList<TextRange> Sentences { get; }
}

/// <summary>Characters [Start, End) of a paragraph's text.</summary>
internal readonly record struct TextRange(int Start, int End)
{
    public bool Overlaps(TextRange other) => Start < other.End && other.Start < End;
}

/// <summary>An article as Core read it (<see cref="SourceDocument"/>), paragraph by paragraph as printed.</summary>
internal sealed record Article(string FileName, IReadOnlyList<ArticleParagraph> Paragraphs)
{
    public static Article From(SourceDocument document) =>
        new(document.FileName, document.Printed.Select((text, number) => new ArticleParagraph(number, text)).ToList());
}
