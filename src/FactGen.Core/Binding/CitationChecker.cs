using System;
using System.Globalization;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// Checks provenance fact by fact: every fact but a source cites one; an inferred fact explains
/// itself; and, when the articles are given, each quote is in its paragraph (found quotes are
/// returned as matches, with their range in the printed paragraph). Whether every paragraph is
/// cited is <see cref="CoverageChecker"/>'s.
/// </summary>
internal static class CitationChecker
{
    /// <param name="sources">The articles; null when none are given: then no quote is checked.</param>
    public static Findings Check(CorpusJoin join, SourceFiles? sources)
    {
        var findings = new Findings();
        foreach (var fact in join.Facts)
        {
            join.Cancellation.ThrowIfCancellationRequested();
            // A fact that wrote a broken citations list has already been told so; don't also say it has none.
            if (!fact.Kind.IsSource && fact.Citations.Count == 0 && !fact.Source.HasCitationsEntry)
            {
                findings.Report(DiagnosticCatalog.MissingCitation, fact.IdSpan, fact.Kind.Name, fact.Id);
            }
            if (string.IsNullOrWhiteSpace(fact.Note))
            {
                // A stated fact with inferred fields is not "inferred": say which fields need the note (issue 26).
                if (fact.IsInferred) findings.Report(DiagnosticCatalog.InferredWithoutNote, fact.IdSpan, fact.Kind.Name, fact.Id);
                else if (!fact.Source.Fact.InferredFields.IsEmpty) findings.Report(DiagnosticCatalog.InferredFieldsWithoutNote, fact.IdSpan, fact.Kind.Name, fact.Id, string.Join(", ", fact.Source.Fact.InferredFields));
            }
            if (sources is not null) CheckQuotes(fact, sources, findings, join.Cancellation);
        }
        return findings;
    }

    private static void CheckQuotes(CorpusFact fact, SourceFiles sources, Findings findings, System.Threading.CancellationToken cancellation)
    {
        foreach (var located in fact.Citations.Concat(fact.FieldCitations))
        {
            var citation = located.Citation;
            var document = sources.Document(citation.SourceId);
            if (document is null) continue;
            var paragraphSpan = located.Paragraph;
            if (citation.Paragraph > document.LastParagraph)
            {
                findings.Report(DiagnosticCatalog.ParagraphOutOfRange, paragraphSpan, citation.SourceId, document.LastParagraph, citation.Paragraph);
                continue;
            }
            if (!document.Contains(citation.Paragraph, citation.Quote))
            {
                // A quote that is in another paragraph was cited with the wrong number: say which.
                var holding = document.ParagraphHolding(citation.Quote, except: citation.Paragraph);
                var hint = holding >= 0
                    ? $"it is in paragraph {holding.ToString(CultureInfo.InvariantCulture)}: cite that paragraph"
                    : $"the closest passage is \"{document.ClosestPassage(citation.Paragraph, citation.Quote, cancellation)}\"";
                findings.Report(DiagnosticCatalog.QuoteNotFound, located.Quote, citation.Paragraph, citation.SourceId, hint);
            }
            else if (document.Locate(citation.Paragraph, citation.Quote) is { } match)
            {
                findings.Matches.Add(new CitationMatch(fact.Id, located, match.Start, match.Length));
            }
        }
    }
}
