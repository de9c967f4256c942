using System.Collections.Generic;
using System.IO;
using FactGen.Cli.Report;
using FactGen.Core.Binding;

namespace FactGen.Cli.Export;

/// <summary>
/// The W3C Web Annotation <c>TextQuoteSelector</c> of a citation: the quoted words exactly as the
/// article prints them, with up to <see cref="Context"/> characters before and after from the same
/// paragraph, so a reader of the RDF can find the words again. The articles are found as the
/// report finds them (<see cref="Article"/>: the quote matched after normalizing, as
/// <c>validate</c> matches it); without them, or for a quote not found, only <c>exact</c>, the quote.
/// </summary>
internal sealed class QuoteSelectors
{
    public const int Context = 32;

    private readonly Dictionary<string, Article> _articlesBySource = new(System.StringComparer.Ordinal);

    /// <param name="sourceFiles">Each source fact's id and its article's file name.</param>
    public QuoteSelectors(string? sourcesDirectory, IEnumerable<(string SourceId, string File)> sourceFiles)
    {
        if (sourcesDirectory is null) return;
        foreach (var (id, file) in sourceFiles)
        {
            var path = Path.Combine(sourcesDirectory, file);
            if (File.Exists(path)) _articlesBySource[id] = Article.Parse(file, File.ReadAllText(path));
        }
    }

    public sealed record Selector(string Exact, string? Prefix, string? Suffix);

    public Selector For(CitationValue citation)
    {
        if (!_articlesBySource.TryGetValue(citation.SourceId, out var article) || citation.Paragraph >= article.Paragraphs.Count)
            return new Selector(citation.Quote, null, null);
        var paragraph = article.Paragraphs[citation.Paragraph];
        if (paragraph.Find(citation.Quote) is not { } range) return new Selector(citation.Quote, null, null);
        var text = paragraph.Text;
        var before = System.Math.Max(0, range.Start - Context);
        var after = System.Math.Min(text.Length, range.End + Context);
        return new Selector(text[range.Start..range.End], text[before..range.Start], text[range.End..after]);
    }
}
