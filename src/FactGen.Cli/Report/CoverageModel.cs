using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Cli.Docs;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using FactGen.Core.Schema;

namespace FactGen.Cli.Report;

/// <summary>A distinct cited passage of a paragraph and the facts that cite it. <see cref="Id"/> is its anchor in the page.</summary>
internal sealed record CitedSpan(string Id, TextRange Range, IReadOnlyList<string> FactIds);

/// <summary>One citation of a fact as the report shows it: the article's number and the span it found, or none (FG0018).</summary>
internal sealed record ReportCitation(CitationValue Citation, int ArticleNumber, CitedSpan? Span);

internal sealed record ParagraphCoverage(ArticleParagraph Paragraph, IReadOnlyList<CitedSpan> Spans, IReadOnlyList<bool> SentenceCited)
{
    public int CitedSentences => SentenceCited.Count(c => c);

    /// <summary>The headline is the Source fact's <c>headline</c>: shown, but not counted, as FG0028 does not count it.</summary>
    public bool IsHeadline => Paragraph.Number == 0;
}

/// <summary>An article with its number (1, 2, ... in the order of the Source facts) and what is cited in it.</summary>
internal sealed record ArticleCoverage(int Number, FactEntry Source, Article Article, IReadOnlyList<ParagraphCoverage> Paragraphs)
{
    public int Sentences => Paragraphs.Where(p => !p.IsHeadline).Sum(p => p.SentenceCited.Count);

    public int CitedSentences => Paragraphs.Where(p => !p.IsHeadline).Sum(p => p.CitedSentences);

    /// <summary>Body paragraphs (not the headline) that no citation names, as FG0028 counts them.</summary>
    public int UncitedParagraphs { get; init; }
}

/// <summary>
/// Everything the report shows, worked out before any HTML is written: each article's paragraphs
/// with their cited spans and sentence coverage, and each fact's citations resolved to spans.
/// </summary>
internal sealed class CoverageModel
{
    private CoverageModel(IReadOnlyList<ArticleCoverage> articles, Dictionary<string, List<ReportCitation>> citations, ReferenceGraph graph)
    {
        Articles = articles;
        _citations = citations;
        Graph = graph;
    }

    private readonly Dictionary<string, List<ReportCitation>> _citations;

    public IReadOnlyList<ArticleCoverage> Articles { get; }

    public ReferenceGraph Graph { get; }

    /// <summary>Every citation of the fact (its <c>citations</c>, then citation-typed fields), in the fact's order.</summary>
    public IReadOnlyList<ReportCitation> CitationsOf(string factId) =>
        _citations.TryGetValue(factId, out var list) ? list : Array.Empty<ReportCitation>();

    public int CitationCount => _citations.Values.Sum(l => l.Count);

    public int HighlightedCitationCount => _citations.Values.Sum(l => l.Count(c => c.Span is not null));

    public static CoverageModel Build(FactModel model, CorpusQuery query, IReadOnlyList<SourceDocument> sources)
    {
        var graph = ReferenceGraph.Build(model);
        var byFile = sources.GroupBy(a => a.FileName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => Article.From(g.First()), StringComparer.Ordinal);
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var found = new List<(FactEntry Source, Article Article)>();
        foreach (var source in graph.Facts.Where(f => f.Kind.IsSource))
        {
            if (FileOf(source) is { } file && byFile.TryGetValue(file, out var article))
            {
                found.Add((source, article));
                numbers[source.Id] = found.Count;
            }
        }

        // Pass 1: every quote where Core's check found it, grouping identical passages so one span serves every fact citing it.
        var passages = new Dictionary<(int Article, int Paragraph, TextRange Range), List<string>>();
        var resolved = new List<(string FactId, CitationValue Citation, int Article, (int, int, TextRange)? Key)>();
        foreach (var fact in graph.Facts)
        {
            var matches = new Dictionary<LocatedCitation, CitationMatch>();
            foreach (var match in query.MatchesOf(fact.Id)) matches[match.Citation] = match;
            foreach (var located in CitationsOf(query, fact))
            {
                var citation = located.Citation;
                numbers.TryGetValue(citation.SourceId, out var number);
                (int, int, TextRange)? key = null;
                if (number > 0 && matches.TryGetValue(located, out var match))
                {
                    key = (number, citation.Paragraph, new TextRange(match.Start, match.Start + match.Length));
                    if (!passages.TryGetValue(key.Value, out var facts)) passages[key.Value] = facts = new List<string>();
                    // Citations come fact by fact, so a repeat of this fact can only be the last one added.
                    if (facts.Count == 0 || facts[^1] != fact.Id) facts.Add(fact.Id);
                }
                resolved.Add((fact.Id, citation, number, key));
            }
        }

        // Pass 2: number the spans of each paragraph in reading order and measure coverage.
        // Grouped once by paragraph: at 10,000 facts a scan per paragraph was most of the run.
        var byParagraph = passages.Keys.ToLookup(k => (k.Article, k.Paragraph));
        var spans = new Dictionary<(int, int, TextRange), CitedSpan>();
        var coverage = new List<ArticleCoverage>();
        for (var a = 0; a < found.Count; a++)
        {
            var number = a + 1;
            var paragraphs = new List<ParagraphCoverage>();
            foreach (var paragraph in found[a].Article.Paragraphs)
            {
                var here = byParagraph[(number, paragraph.Number)]
                    .OrderBy(k => k.Range.Start).ThenBy(k => k.Range.End).ToList();
                var list = new List<CitedSpan>();
                for (var i = 0; i < here.Count; i++)
                {
                    var span = new CitedSpan(FormattableString.Invariant($"a{number}p{paragraph.Number}s{i + 1}"), here[i].Range, passages[here[i]]);
                    spans[here[i]] = span;
                    list.Add(span);
                }
                var cited = paragraph.Sentences.Select(s => list.Any(span => span.Range.Overlaps(s))).ToList();
                paragraphs.Add(new ParagraphCoverage(paragraph, list, cited));
            }
            // Core's FG0028, one per body paragraph no citation names (none while coverage is held back, FG0039).
            var uncited = query.DiagnosticsOf(found[a].Source.Id).Count(d => d.Descriptor == DiagnosticCatalog.UncitedParagraph);
            coverage.Add(new ArticleCoverage(number, found[a].Source, found[a].Article, paragraphs) { UncitedParagraphs = uncited });
        }

        var citations = new Dictionary<string, List<ReportCitation>>(StringComparer.Ordinal);
        foreach (var (factId, citation, number, key) in resolved)
        {
            if (!citations.TryGetValue(factId, out var list)) citations[factId] = list = new List<ReportCitation>();
            list.Add(new ReportCitation(citation, number, key is { } k ? spans[k] : null));
        }
        return new CoverageModel(coverage, citations, graph);
    }

    public static string? FileOf(FactEntry source)
    {
        var index = IndexOf(source.Kind, "file");
        return index >= 0 ? (source.Fact.Values[index] as StringValue)?.Value : null;
    }

    /// <summary>
    /// The fact's citations, then those of its citation-typed fields, as Core checked them (from the
    /// located fact: the same records its quote matches name). A fact the model holds is always located.
    /// </summary>
    public static IEnumerable<LocatedCitation> CitationsOf(CorpusQuery query, FactEntry fact) =>
        query.Definition(fact.Id) is { } located ? located.Citations.Concat(located.FieldCitations) : [];

    private static int IndexOf(KindSchema kind, string field)
    {
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            if (kind.Fields[i].Name == field) return i;
        }
        return -1;
    }
}
