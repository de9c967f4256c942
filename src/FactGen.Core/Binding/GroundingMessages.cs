using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>The grounding check's warnings: FG0040 for a value no cited paragraph names, FG0072 for one that shares no paragraph.</summary>
internal sealed class GroundingMessages
{
    private readonly Findings _findings;
    private readonly Func<CorpusFact, HashSet<(string SourceId, int Number)>> _paragraphs;

    public GroundingMessages(Findings findings, Func<CorpusFact, HashSet<(string SourceId, int Number)>> paragraphs)
    {
        _findings = findings;
        _paragraphs = paragraphs;
    }

    public void ReportNotNamed(CorpusFact fact, PendingReference reference, CorpusFact target, List<(string SourceId, int Number)> paragraphs, string? sourceId)
    {
        var searched = paragraphs.Select(p => p.SourceId).Distinct(StringComparer.Ordinal).DefaultIfEmpty(sourceId ?? string.Empty)
            .SelectMany(s => GroundingNames.Of(target, s)).Distinct(StringComparer.Ordinal);
        _findings.Report(DiagnosticCatalog.UngroundedReference, reference.Span, target.Kind.Name, target.Id, reference.Field!.Name, Where(fact, paragraphs, sourceId),
            string.Join(", ", searched.Select(n => "'" + n + "'")), PerSourceFix(reference, sourceId), fact.Id);
    }

    /// <param name="isSource">The referenced fact is a source, which stands on every paragraph of its article.</param>
    public void ReportNoSharedParagraph(CorpusFact fact, PendingReference reference, CorpusFact target, List<(string SourceId, int Number)> paragraphs, string? sourceId, bool isSource)
    {
        var why = isSource ? "is a source, which stands on the paragraphs of its article"
            : reference.Field!.Grounding == Schema.GroundingRule.SharedCitation ? "is grounded by a common paragraph (grounding: shared-citation)"
            : "has no name to look for";
        var theirs = _paragraphs(target).ToList();
        _findings.Report(DiagnosticCatalog.NoSharedParagraph, reference.Span, target.Kind.Name, target.Id, reference.Field!.Name, why, Where(fact, paragraphs, sourceId),
            theirs.Count == 0 ? "none" : Describe(theirs), PerSourceFix(reference, sourceId), fact.Id);
    }

    private static string Where(CorpusFact fact, List<(string SourceId, int Number)> paragraphs, string? sourceId) =>
        paragraphs.Count == 0
            ? (sourceId is null ? $"'{fact.Id}' cites no paragraph" : $"'{fact.Id}' cites no paragraph of '{sourceId}'")
            : $"the paragraphs '{fact.Id}' cites{(sourceId is null ? string.Empty : " from '" + sourceId + "'")} ({Describe(paragraphs)})";

    /// <summary>A value given once for a per-source field: the other way out is to give it only for the sources that say it.</summary>
    private static string PerSourceFix(PendingReference reference, string? sourceId) =>
        reference.SourceId is null && sourceId is not null
            ? $"give '{reference.Field!.Name}' a value per source for the sources that state it, "
            : string.Empty;

    /// <summary>"source-a ¶2, ¶5; source-b ¶3", sources in the order cited.</summary>
    private static string Describe(IEnumerable<(string SourceId, int Number)> paragraphs) =>
        string.Join("; ", paragraphs.GroupBy(p => p.SourceId, StringComparer.Ordinal)
            .Select(g => g.Key + " " + string.Join(", ", g.Select(p => p.Number).Distinct().OrderBy(n => n).Select(n => "¶" + n.ToString(CultureInfo.InvariantCulture)))));
}
