using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// Checks the articles against the sources: each source's <c>file:</c> is among the articles given
/// (FG0031, always checked), and every paragraph of its article is cited by some fact (FG0028),
/// held back only for an article that a file which could not be bound may cite.
/// </summary>
internal static class CoverageChecker
{
    public static Findings Check(CorpusJoin join, SourceFiles sources)
    {
        var findings = new Findings();
        var cited = CitedParagraphs(join);
        foreach (var source in join.Facts.Where(f => f.Kind.IsSource))
        {
            join.Cancellation.ThrowIfCancellationRequested();
            var file = SourceFiles.FileOf(source);
            if (file is null) continue;
            if (!sources.TryGetFile(file, out var document))
            {
                findings.Report(DiagnosticCatalog.SourceFileMissing, source.Source.FileSpan ?? source.IdSpan, source.Id, file);
                continue;
            }
            // Facts that could not be bound may cite the paragraphs that look uncited.
            if (join.Incomplete.MayCite(source.Id) is { } incomplete)
            {
                findings.HeldBack.Coverage(incomplete, source.Id);
                continue;
            }
            cited.TryGetValue(source.Id, out var paragraphs);
            for (var paragraph = 1; paragraph <= document.LastParagraph; paragraph++)
            {
                if (paragraphs is null || !paragraphs.Contains(paragraph)) findings.Report(DiagnosticCatalog.UncitedParagraph, source.IdSpan, paragraph, source.Id);
            }
        }
        return findings;
    }

    /// <summary>
    /// The paragraphs each source has cited, by the facts kept and by a fact left out as a duplicate
    /// id (FG0012, already reported): "paragraph N is cited by no fact" would send the curator after
    /// the wrong problem.
    /// </summary>
    private static Dictionary<string, HashSet<int>> CitedParagraphs(CorpusJoin join)
    {
        var cited = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var citations = join.Facts.SelectMany(f => f.Citations.Concat(f.FieldCitations))
            .Concat(join.Duplicates.SelectMany(d => d.Citations.Concat(d.FieldCitations)));
        foreach (var located in citations)
        {
            var citation = located.Citation;
            if (!cited.TryGetValue(citation.SourceId, out var paragraphs)) cited[citation.SourceId] = paragraphs = new HashSet<int>();
            paragraphs.Add(citation.Paragraph);
        }
        return cited;
    }
}
