using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// The grounding check: a fact's citations support it as a whole, but each fact it points at must
/// also be in the words it cites. How depends on the field's <c>grounding</c> in the schema
/// (<see cref="GroundingRule"/>; issue 29): by <b>name</b>, a paragraph the referring fact cites names
/// the referenced fact, by its <c>name</c> (for a per-source name, the value the searched source
/// gives) or one of its <c>aliases</c>, as whole words in the normalized text; by <b>shared
/// citation</b>, the two facts cite a common paragraph: for a classification such as a topic, which
/// the text does not name, and for a fact with nothing to look for (a statement, an unnamed
/// official, a source, which stands on every paragraph of its article). A per-source field is checked
/// source by source: a value given for one source against that source's paragraphs, and one value
/// given for all against each cited source's, since the model records it as what each of them
/// states. A value that is not grounded is a warning at the value (FG0040 by name, FG0072 by shared
/// citation). A value whose fact is inferred, or whose field is listed in the fact's <c>inferred</c>,
/// is not searched: a curator concluded it and the note says how; it is counted as inferred, never
/// hidden, and never passed off as grounded by a word that happens to be nearby. Every value's
/// verdict, with the rule that grounded it, is kept for the report and the docs.
/// </summary>
internal sealed class GroundingChecker
{
    private readonly CorpusJoin _join;
    private readonly SourceFiles _sources;
    private readonly string? _sourceKind;
    private readonly GroundingMessages _messages;
    private readonly Dictionary<CorpusFact, HashSet<(string SourceId, int Number)>> _paragraphs = new();
    private readonly List<GroundingVerdict> _verdicts = new();
    private readonly Findings _findings = new();
    private int _byName;
    private int _bySharedCitation;
    private int _ungrounded;
    private int _inferred;
    private int _notChecked;

    public GroundingChecker(CorpusJoin join, SourceFiles sources)
    {
        _join = join;
        _sources = sources;
        _sourceKind = join.Schema.SourceKind?.Name;
        _messages = new GroundingMessages(_findings, Paragraphs);
    }

    /// <summary>Checks every reference still in the model; <paramref name="summary"/> counts what it found, rule by rule.</summary>
    public Findings Check(out GroundingSummary summary)
    {
        foreach (var fact in _join.Facts)
        {
            if (fact.Dropped) continue;
            foreach (var reference in fact.Source.References)
            {
                _join.Cancellation.ThrowIfCancellationRequested();
                if (reference.IsCitation || !StillInModel(fact, reference, out var target)) continue;
                if (reference.Field!.Grounding == GroundingRule.None)
                {
                    _notChecked++;
                    _verdicts.Add(new GroundingVerdict(fact.Id, reference.Field.Name, target.Id, reference.SourceId, GroundingOutcome.NotChecked));
                    continue;
                }
                // One value on a per-source field says each cited source states it: check each.
                var sources = reference.SourceId is null && reference.Field.IsPerSource
                    ? Paragraphs(fact).Select(p => p.SourceId).Distinct(StringComparer.Ordinal).OrderBy(s => s, StringComparer.Ordinal).Cast<string?>().ToList()
                    : [reference.SourceId];
                foreach (var source in sources) Check(fact, reference, target, source);
            }
        }
        var grounded = _byName + _bySharedCitation;
        summary = new GroundingSummary(grounded + _ungrounded + _inferred, grounded, _ungrounded, _inferred,
            _byName, _bySharedCitation, _notChecked, new Collections.EquatableArray<GroundingVerdict>(_verdicts.ToArray()));
        return _findings;
    }

    /// <summary>Whether the reference resolved and its value survived the other checks (a per-source value for an uncited source did not).</summary>
    private bool StillInModel(CorpusFact fact, PendingReference reference, out CorpusFact target)
    {
        if (!_join.ById.TryGetValue(reference.Id, out target!) || target.Dropped) return false;
        if (!_join.Schema.KindsOf(reference.Field!.TargetKind!).Contains(target.Kind.Name)) return false;
        if (reference.SourceId is null) return true;
        var field = fact.Kind.IndexOfField(reference.Field.Name);
        return fact.BySource.Any(s => s.FieldIndex == field && s.Entries.Any(e => e.SourceId == reference.SourceId));
    }

    /// <param name="sourceId">The source whose paragraphs are searched; null for all the fact cites.</param>
    private void Check(CorpusFact fact, PendingReference reference, CorpusFact target, string? sourceId)
    {
        if (fact.IsInferredField(reference.Field!.Name))
        {
            // The curator says the text does not state it: a name that happens to be in the paragraph
            // (China in another clause of the one that gives Wang Yi's "Chinese") must not count.
            _inferred++;
            _verdicts.Add(new GroundingVerdict(fact.Id, reference.Field.Name, target.Id, sourceId, GroundingOutcome.Inferred));
            return;
        }
        var paragraphs = Paragraphs(fact).Where(p => sourceId is null || p.SourceId == sourceId)
            .OrderBy(p => p.SourceId, StringComparer.Ordinal).ThenBy(p => p.Number).ToList();
        var byName = reference.Field!.Grounding == GroundingRule.Name && target.Kind.Name != _sourceKind && GroundingNames.Any(target);
        (string SourceId, int Number)? at;
        if (!byName)
        {
            var theirs = Paragraphs(target);
            at = paragraphs.Where(theirs.Contains).Select(p => ((string SourceId, int Number)?)p).FirstOrDefault();
        }
        else
        {
            // A paragraph whose article was not given cannot be searched: no verdict either way.
            var documents = paragraphs.Select(p => (Paragraph: p, Document: _sources.Document(p.SourceId))).ToList();
            var found = documents.FirstOrDefault(d => d.Document is not null && GroundingNames.Mentions(d.Document, d.Paragraph.Number, GroundingNames.Of(target, d.Paragraph.SourceId)));
            at = found.Document is null ? null : ((string SourceId, int Number)?)found.Paragraph;
            if (at is null && documents.Any(d => d.Document is null)) return;
        }

        var outcome = at is null ? GroundingOutcome.Ungrounded : byName ? GroundingOutcome.Name : GroundingOutcome.SharedCitation;
        _verdicts.Add(new GroundingVerdict(fact.Id, reference.Field.Name, target.Id, sourceId, outcome, at?.SourceId, at?.Number ?? -1));
        switch (outcome)
        {
            case GroundingOutcome.Name: _byName++; break;
            case GroundingOutcome.SharedCitation: _bySharedCitation++; break;
            default:
                _ungrounded++;
                if (byName) _messages.ReportNotNamed(fact, reference, target, paragraphs, sourceId);
                else _messages.ReportNoSharedParagraph(fact, reference, target, paragraphs, sourceId, target.Kind.Name == _sourceKind);
                break;
        }
    }

    /// <summary>
    /// The paragraphs a fact cites, by its citations and its citation fields; a source, which cites
    /// nothing, stands on every paragraph of its own article.
    /// </summary>
    private HashSet<(string SourceId, int Number)> Paragraphs(CorpusFact fact)
    {
        if (_paragraphs.TryGetValue(fact, out var known)) return known;
        var paragraphs = new HashSet<(string, int)>(fact.Citations.Concat(fact.FieldCitations).Select(c => (c.Citation.SourceId, c.Citation.Paragraph)));
        if (fact.Kind.Name == _sourceKind && _sources.Document(fact.Id) is { } own)
        {
            for (var number = 0; number <= own.LastParagraph; number++) paragraphs.Add((fact.Id, number));
        }
        return _paragraphs[fact] = paragraphs;
    }
}
