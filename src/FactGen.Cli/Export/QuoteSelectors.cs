using System.Collections.Generic;
using System.IO;
using FactGen.Core.Binding;

namespace FactGen.Cli.Export;

/// <summary>
/// The W3C Web Annotation <c>TextQuoteSelector</c> of a citation: the quoted words exactly as the
/// article prints them, with up to <see cref="Context"/> characters before and after from the same
/// paragraph, so a reader of the RDF can find the words again. The quote is located by Core's own
/// match (<see cref="SourceDocument.Locate"/>: after normalizing, as <c>validate</c> matches it, in
/// the paragraph as printed); without the articles, or for a quote not found, only <c>exact</c>.
/// </summary>
internal sealed class QuoteSelectors
{
    public const int Context = 32;

    private readonly Dictionary<string, SourceDocument> _articlesBySource = new(System.StringComparer.Ordinal);

    /// <param name="sourceFiles">Each source fact's id and its article's file name.</param>
    public QuoteSelectors(string? sourcesDirectory, IEnumerable<(string SourceId, string File)> sourceFiles)
    {
        if (sourcesDirectory is null) return;
        foreach (var (id, file) in sourceFiles)
        {
            var path = Path.Combine(sourcesDirectory, file);
            if (File.Exists(path)) _articlesBySource[id] = SourceDocument.Parse(file, File.ReadAllText(path));
        }
    }

    public sealed record Selector(string Exact, string? Prefix, string? Suffix);

    public Selector For(CitationValue citation)
    {
        if (!_articlesBySource.TryGetValue(citation.SourceId, out var article)
            || article.Locate(citation.Paragraph, citation.Quote) is not { } range)
            return new Selector(citation.Quote, null, null);
        var text = article.Printed[citation.Paragraph];
        var end = range.Start + range.Length;
        var before = System.Math.Max(0, range.Start - Context);
        var after = System.Math.Min(text.Length, end + Context);
        return new Selector(text[range.Start..end], text[before..range.Start], text[end..after]);
    }
}
