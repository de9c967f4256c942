using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// Resolves every reference and every citation's source against the corpus's ids: an unknown id
/// (with a did-you-mean), a fact of the wrong kind, or a fact left out for a name clash is reported
/// and taken out of the referring fact, so the emitted model still compiles.
/// </summary>
internal static class ReferenceChecker
{
    public static void Check(CorpusJoin join)
    {
        var invalid = new HashSet<(CorpusFact, string)>();
        var sourceKind = join.Schema.SourceKind?.Name;
        foreach (var fact in join.Facts)
        {
            join.Cancellation.ThrowIfCancellationRequested();
            foreach (var reference in fact.Source.References) Check(join, fact, reference, sourceKind, invalid);
        }
        if (invalid.Count == 0) return;

        // The other facts keep the very BoundFact their file made.
        var affected = new HashSet<CorpusFact>(invalid.Select(pair => pair.Item1));
        foreach (var fact in join.Facts)
        {
            if (!affected.Contains(fact)) continue;
            fact.Remove(value => value switch
            {
                ReferenceValue reference => invalid.Contains((fact, reference.Id)),
                CitationValue citation => invalid.Contains((fact, citation.SourceId)),
                _ => false,
            }, sourceId => invalid.Contains((fact, sourceId)));
        }
    }

    private static void Check(CorpusJoin join, CorpusFact fact, PendingReference reference, string? sourceKind, HashSet<(CorpusFact, string)> invalid)
    {
        var targetKind = reference.IsCitation ? sourceKind! : reference.Field!.TargetKind!;
        var targetKinds = join.Schema.KindsOf(targetKind);
        // "a Party (Country, Organization, Person)": the reader sees what the union admits.
        var targetName = targetKinds.Count > 1 ? $"{targetKind} ({string.Join(", ", targetKinds)})" : targetKind;
        if (join.ById.TryGetValue(reference.Id, out var target) && targetKinds.Contains(target.Kind.Name))
        {
            // A fact dropped for a name clash (FG0015, already reported) is not in the model either.
            if (target.Dropped) invalid.Add((fact, reference.Id));
            return;
        }
        invalid.Add((fact, reference.Id));
        if (target is not null)
        {
            join.Report(DiagnosticCatalog.ReferenceToWrongKind, reference.Span, reference.Field?.Name ?? "source", targetName, reference.Id, target.Kind.Name);
            return;
        }
        var candidates = join.Facts.Where(f => targetKinds.Contains(f.Kind.Name)).Select(f => new ReferenceSuggestion.Candidate(f.Id, NamesOf(f)));
        var suggestion = ReferenceSuggestion.DidYouMean(reference.Id, candidates);
        if (suggestion.Length == 0 && targetKinds.Any(join.MayBeMissing))
        {
            // The id may be in a file that could not be bound: counted, reported once (FG0039). A
            // typo of an id that exists is still reported, with its suggestion.
            join.UncheckedReferences++;
            return;
        }
        if (reference.IsCitation) join.Report(DiagnosticCatalog.UnknownSource, reference.Span, reference.Id, suggestion);
        else join.Report(DiagnosticCatalog.UnresolvedReference, reference.Span, targetName, reference.Id, suggestion);
    }

    /// <summary>The fact's <c>name</c>, when its kind has one and it is set, and its aliases.</summary>
    private static IReadOnlyList<string> NamesOf(CorpusFact fact)
    {
        var index = fact.Kind.IndexOfField("name");
        var name = index >= 0 && fact.Values[index] is StringValue { Value: var text } ? text : null;
        return name is null ? fact.Aliases.ToList() : fact.Aliases.Prepend(name).ToList();
    }
}
