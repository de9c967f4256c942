using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// The grounding check: a fact's citations support it as a whole, but each fact it points at must
/// also be in the words it cites. A reference is grounded when a paragraph the referring fact cites
/// names the referenced fact, by its <c>name</c> or one of its <c>aliases</c>, as a whole word in
/// the normalized text; a fact with neither (a statement, a claim, an unnamed official) is grounded
/// when the two facts cite a common paragraph, and a source when the referring fact cites it. A
/// per-source field is checked source by source: a value given for one source against that
/// source's paragraphs, and one value given for all against each cited source's, since the model
/// records it as what each of them states. A value that is not grounded is a warning at the value
/// (FG0040), unless its fact is inferred or its field is listed in the fact's <c>inferred</c>: then
/// a curator concluded it and the note says how; it is counted, never hidden.
/// </summary>
internal sealed class GroundingChecker
{
    private readonly CorpusJoin _join;
    private readonly SourceFiles _sources;
    private readonly string? _sourceKind;
    private readonly Dictionary<CorpusFact, List<string>> _names = new();
    private readonly Dictionary<CorpusFact, HashSet<(string SourceId, int Number)>> _paragraphs = new();
    private readonly Findings _findings = new();
    private int _checked;
    private int _grounded;
    private int _ungrounded;
    private int _inferred;

    public GroundingChecker(CorpusJoin join, SourceFiles sources)
    {
        _join = join;
        _sources = sources;
        _sourceKind = join.Schema.SourceKind?.Name;
    }

    /// <summary>Checks every reference still in the model; <paramref name="summary"/> counts what it found.</summary>
    public Findings Check(out GroundingSummary summary)
    {
        foreach (var fact in _join.Facts)
        {
            if (fact.Dropped) continue;
            foreach (var reference in fact.Source.References)
            {
                _join.Cancellation.ThrowIfCancellationRequested();
                if (reference.IsCitation || !StillInModel(fact, reference, out var target)) continue;
                // One value on a per-source field says each cited source states it: check each.
                var sources = reference.SourceId is null && reference.Field!.IsPerSource
                    ? Paragraphs(fact).Select(p => p.SourceId).Distinct(StringComparer.Ordinal).Cast<string?>().ToList()
                    : [reference.SourceId];
                foreach (var source in sources) Check(fact, reference, target, source);
            }
        }
        summary = new GroundingSummary(_checked, _grounded, _ungrounded, _inferred);
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
        var paragraphs = Paragraphs(fact).Where(p => sourceId is null || p.SourceId == sourceId).ToList();
        var names = NamesOf(target);
        bool grounded;
        if (target.Kind.Name == _sourceKind) grounded = paragraphs.Any(p => p.SourceId == target.Id);
        else if (names.Count == 0) grounded = paragraphs.Any(Paragraphs(target).Contains);
        else
        {
            // A paragraph whose article was not given cannot be searched: no verdict either way.
            var documents = paragraphs.Select(p => (Paragraph: p, Document: _sources.Document(p.SourceId))).ToList();
            grounded = documents.Any(d => d.Document is not null && Mentions(d.Document, d.Paragraph.Number, names));
            if (!grounded && documents.Any(d => d.Document is null)) return;
        }

        _checked++;
        if (grounded) _grounded++;
        else if (fact.IsInferredField(reference.Field!.Name)) _inferred++;
        else
        {
            _ungrounded++;
            _findings.Report(DiagnosticCatalog.UngroundedReference, reference.Span, Message(fact, reference, target, names, paragraphs, sourceId));
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

    /// <summary>The fact's <c>name</c> (when its kind has one and it is set) and its aliases, normalized as paragraphs are.</summary>
    private List<string> NamesOf(CorpusFact fact)
    {
        if (_names.TryGetValue(fact, out var known)) return known;
        var names = new List<string>();
        var index = fact.Kind.IndexOfField("name");
        if (index >= 0 && fact.Values[index] is StringValue { Value: var name } && name.Trim().Length > 0) names.Add(TextNormalizer.Normalize(name));
        names.AddRange(fact.Aliases.Select(TextNormalizer.Normalize));
        return _names[fact] = names;
    }

    /// <summary>Whether a normalized name occurs in the paragraph as whole words: 'US' is not found in 'USSR' or 'thus'.</summary>
    private static bool Mentions(SourceDocument document, int paragraph, IEnumerable<string> names)
    {
        if (paragraph < 0 || paragraph >= document.Paragraphs.Count) return false;
        var text = document.Paragraphs[paragraph];
        foreach (var needle in names)
        {
            if (needle.Length == 0) continue;
            for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                var end = at + needle.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
            }
        }
        return false;
    }

    private string Message(CorpusFact fact, PendingReference reference, CorpusFact target, List<string> names, List<(string SourceId, int Number)> paragraphs, string? sourceId)
    {
        var where = paragraphs.Count == 0
            ? (sourceId is null ? $"'{fact.Id}' cites no paragraph" : $"'{fact.Id}' cites no paragraph of '{sourceId}'")
            : $"the paragraphs '{fact.Id}' cites{(sourceId is null ? string.Empty : " from '" + sourceId + "'")} ({Describe(paragraphs)})";
        // A value given once for a per-source field: the other way out is to give it only for the sources that say it.
        var perSource = reference.SourceId is null && sourceId is not null
            ? $"give '{reference.Field!.Name}' a value per source for the sources that state it, "
            : string.Empty;
        var fix = $"or list '{reference.Field!.Name}' in the 'inferred' of '{fact.Id}' with a note that says how it is known";
        if (target.Kind.Name == _sourceKind)
        {
            return $"The {target.Kind.Name} '{target.Id}' in '{reference.Field!.Name}' is not cited by {where}. Cite the paragraph of '{target.Id}' that states it, {perSource}{fix}";
        }
        if (names.Count == 0)
        {
            var theirs = Paragraphs(target).ToList();
            return $"The {target.Kind.Name} '{target.Id}' in '{reference.Field!.Name}' has no name to look for, and shares no paragraph with {where}; it cites {(theirs.Count == 0 ? "none" : Describe(theirs))}. "
                + $"Cite a paragraph that states both, give '{target.Id}' the 'aliases' the article uses for it, {perSource}{fix}";
        }
        var searched = string.Join(", ", names.Select(n => "'" + n + "'"));
        return $"The {target.Kind.Name} '{target.Id}' in '{reference.Field!.Name}' is not named in {where}; searched for {searched}. "
            + $"Cite a paragraph that names it, add the name the article uses to the 'aliases' of '{target.Id}', {perSource}{fix}";
    }

    /// <summary>"source-a ¶2, ¶5; source-b ¶3", sources in the order cited.</summary>
    private static string Describe(IEnumerable<(string SourceId, int Number)> paragraphs) =>
        string.Join("; ", paragraphs.GroupBy(p => p.SourceId, StringComparer.Ordinal)
            .Select(g => g.Key + " " + string.Join(", ", g.Select(p => p.Number).Distinct().OrderBy(n => n).Select(n => "¶" + n.ToString(CultureInfo.InvariantCulture)))));
}
