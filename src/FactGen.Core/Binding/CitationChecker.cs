using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// Checks provenance: every fact but a source cites one; an inferred fact explains itself; and,
/// when the articles are given, each quote is in its paragraph and every body paragraph is cited.
/// </summary>
internal sealed class CitationChecker
{
    private readonly CorpusJoin _join;
    private readonly SourceFiles? _sources;

    public CitationChecker(CorpusJoin join, SourceFiles? sources)
    {
        _join = join;
        _sources = sources;
    }

    public void Check()
    {
        var cited = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        foreach (var fact in _join.Facts)
        {
            _join.Cancellation.ThrowIfCancellationRequested();
            // A fact that wrote a broken citations list has already been told so; don't also say it has none.
            if (!fact.Kind.IsSource && fact.Citations.Count == 0 && !fact.Source.HasCitationsEntry)
            {
                _join.Report(DiagnosticCatalog.MissingCitation, fact.IdSpan, fact.Kind.Name, fact.Id);
            }
            if ((fact.IsInferred || !fact.Source.Fact.InferredFields.IsEmpty) && string.IsNullOrWhiteSpace(fact.Note))
            {
                _join.Report(DiagnosticCatalog.InferredWithoutNote, fact.IdSpan, fact.Kind.Name, fact.Id);
            }
            if (_sources is null) continue;
            foreach (var located in fact.Citations.Concat(fact.FieldCitations))
            {
                var citation = located.Citation;
                var document = _sources.Document(citation.SourceId);
                if (document is null) continue;
                var paragraphSpan = located.Paragraph;
                if (citation.Paragraph > document.LastParagraph)
                {
                    _join.Report(DiagnosticCatalog.ParagraphOutOfRange, paragraphSpan, citation.SourceId, document.LastParagraph, citation.Paragraph);
                    continue;
                }
                if (!cited.TryGetValue(citation.SourceId, out var paragraphs)) cited[citation.SourceId] = paragraphs = new HashSet<int>();
                paragraphs.Add(citation.Paragraph);
                if (!document.Contains(citation.Paragraph, citation.Quote))
                {
                    // A quote that is in another paragraph was cited with the wrong number: say which.
                    var holding = document.ParagraphHolding(citation.Quote, except: citation.Paragraph);
                    var hint = holding >= 0
                        ? $"it is in paragraph {holding.ToString(CultureInfo.InvariantCulture)}: cite that paragraph"
                        : $"the closest passage is \"{document.ClosestPassage(citation.Paragraph, citation.Quote)}\"";
                    _join.Report(DiagnosticCatalog.QuoteNotFound, located.Quote, citation.Paragraph, citation.SourceId, hint);
                }
                else if (document.Locate(citation.Paragraph, citation.Quote) is { } match)
                {
                    _join.Matches.Add(new CitationMatch(fact.Id, located, match.Start, match.Length));
                }
            }
        }
        if (_sources is null) return;
        // Facts that could not be bound may cite the paragraphs that look uncited.
        if (_join.IncompleteFiles.Count > 0) _join.CoverageSkipped = true;
        else CheckCoverage(cited);
    }

    private void CheckCoverage(Dictionary<string, HashSet<int>> cited)
    {
        // A fact left out as a duplicate id (FG0012, already reported) still cites its paragraphs:
        // "paragraph N is cited by no fact" would send the curator after the wrong problem.
        foreach (var duplicate in _join.Duplicates)
        {
            foreach (var located in duplicate.Citations.Concat(duplicate.FieldCitations))
            {
                if (!cited.TryGetValue(located.Citation.SourceId, out var paragraphs)) cited[located.Citation.SourceId] = paragraphs = new HashSet<int>();
                paragraphs.Add(located.Citation.Paragraph);
            }
        }
        foreach (var source in _join.Facts.Where(f => f.Kind.IsSource))
        {
            var file = SourceFiles.FileOf(source);
            var fileSpan = source.Source.FileSpan ?? source.IdSpan;
            if (file is null) continue;
            if (!_sources!.TryGetFile(file, out var document))
            {
                _join.Report(DiagnosticCatalog.SourceFileMissing, fileSpan, source.Id, file);
                continue;
            }
            cited.TryGetValue(source.Id, out var paragraphs);
            for (var paragraph = 1; paragraph <= document.LastParagraph; paragraph++)
            {
                if (paragraphs is null || !paragraphs.Contains(paragraph))
                {
                    _join.Report(DiagnosticCatalog.UncitedParagraph, source.IdSpan, paragraph, source.Id);
                }
            }
        }
    }
}
