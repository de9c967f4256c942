using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// The grounding check: a fact's citations support it as a whole, but each fact it points at must
/// also be in the words it cites. A reference is grounded when a paragraph the referring fact cites
/// (for a value given per source, a paragraph of that source) names the referenced fact, by its
/// <c>name</c> or one of its <c>aliases</c>, as a whole word in the normalized text; a fact with
/// neither (a statement, a claim, an unnamed official) is grounded when the two facts cite a common
/// paragraph. A value that is not grounded is a warning at the value (FG0040), unless its fact is
/// inferred or its field is listed in the fact's <c>inferred</c>: then a curator concluded it and
/// the note says how; it is counted, never hidden.
/// </summary>
internal sealed class GroundingChecker
{
    private readonly CorpusJoin _join;
    private readonly SourceFiles _sources;
    private int _checked;
    private int _grounded;
    private int _ungrounded;
    private int _inferred;

    public GroundingChecker(CorpusJoin join, SourceFiles sources)
    {
        _join = join;
        _sources = sources;
    }

    public GroundingSummary Check()
    {
        foreach (var fact in _join.Facts)
        {
            _join.Cancellation.ThrowIfCancellationRequested();
            if (fact.Dropped) continue;
            foreach (var reference in fact.Source.References)
            {
                if (reference.IsCitation || !StillInModel(fact, reference, out var target)) continue;
                Check(fact, reference, target);
            }
        }
        return new GroundingSummary(_checked, _grounded, _ungrounded, _inferred);
    }

    /// <summary>Whether the reference resolved and its value survived the other checks (a per-source value for an uncited source did not).</summary>
    private bool StillInModel(CorpusFact fact, PendingReference reference, out CorpusFact target)
    {
        if (!_join.ById.TryGetValue(reference.Id, out target!) || target.Dropped) return false;
        if (!_join.Schema.KindsOf(reference.Field!.TargetKind!).Contains(target.Kind.Name)) return false;
        if (reference.SourceId is null) return true;
        var field = fact.Kind.IndexOfField(reference.Field.Name);
        return fact.BySource.Any(s => s.Field == field && s.Entries.Any(e => e.SourceId == reference.SourceId));
    }

    private void Check(CorpusFact fact, PendingReference reference, CorpusFact target)
    {
        var paragraphs = CitedParagraphs(fact, reference.SourceId);
        var names = NamesOf(target);
        bool grounded;
        if (names.Count == 0)
        {
            var targetParagraphs = CitedParagraphs(target, sourceId: null);
            grounded = paragraphs.Any(targetParagraphs.Contains);
        }
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
            _join.Report(DiagnosticCatalog.UngroundedReference, reference.Span, Message(fact, reference, target, names, paragraphs));
        }
    }

    private static List<(string SourceId, int Number)> CitedParagraphs(CorpusFact fact, string? sourceId) =>
        fact.Citations.Concat(fact.FieldCitations)
            .Select(c => (c.Citation.SourceId, Number: c.Citation.Paragraph))
            .Where(p => sourceId is null || p.SourceId == sourceId)
            .Distinct()
            .ToList();

    /// <summary>The fact's <c>name</c> (when its kind has one and it is set) and its aliases.</summary>
    private static List<string> NamesOf(CorpusFact fact)
    {
        var names = new List<string>();
        var index = fact.Kind.IndexOfField("name");
        if (index >= 0 && fact.Values[index] is StringValue { Value: var name } && name.Trim().Length > 0) names.Add(name);
        names.AddRange(fact.Aliases);
        return names;
    }

    /// <summary>Whether a name occurs in the paragraph as whole words: 'US' is not found in 'USSR' or 'thus'.</summary>
    internal static bool Mentions(SourceDocument document, int paragraph, IEnumerable<string> names)
    {
        if (paragraph < 0 || paragraph >= document.Paragraphs.Count) return false;
        var text = document.Paragraphs[paragraph];
        foreach (var name in names)
        {
            var needle = TextNormalizer.Normalize(name);
            if (needle.Length == 0) continue;
            for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                var end = at + needle.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
            }
        }
        return false;
    }

    private static string Message(CorpusFact fact, PendingReference reference, CorpusFact target, List<string> names, List<(string SourceId, int Number)> paragraphs)
    {
        var where = paragraphs.Count == 0
            ? (reference.SourceId is null ? $"'{fact.Id}' cites no paragraph" : $"'{fact.Id}' cites no paragraph of '{reference.SourceId}'")
            : $"the paragraphs '{fact.Id}' cites{(reference.SourceId is null ? string.Empty : " from '" + reference.SourceId + "'")} ({Describe(paragraphs)})";
        var fix = $"or list '{reference.Field!.Name}' in the 'inferred' of '{fact.Id}' with a note that says how it is known";
        if (names.Count == 0)
        {
            var theirs = CitedParagraphs(target, sourceId: null);
            return $"The {target.Kind.Name} '{target.Id}' in '{reference.Field!.Name}' has no name to look for, and shares no paragraph with {where}; it cites {(theirs.Count == 0 ? "none" : Describe(theirs))}. "
                + $"Cite a paragraph that states both, give '{target.Id}' the 'aliases' the article uses for it, {fix}";
        }
        var searched = string.Join(", ", names.Select(n => "'" + n + "'"));
        return $"The {target.Kind.Name} '{target.Id}' in '{reference.Field!.Name}' is not named in {where}; searched for {searched}. "
            + $"Cite a paragraph that names it, add the name the article uses to the 'aliases' of '{target.Id}', {fix}";
    }

    /// <summary>"source-a ¶2, ¶5; source-b ¶3".</summary>
    private static string Describe(IEnumerable<(string SourceId, int Number)> paragraphs) =>
        string.Join("; ", paragraphs.GroupBy(p => p.SourceId, StringComparer.Ordinal)
            .Select(g => g.Key + " " + string.Join(", ", g.Select(p => p.Number).OrderBy(n => n).Select(n => "¶" + n.ToString(CultureInfo.InvariantCulture)))));
}
