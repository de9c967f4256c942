using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// Resolves every reference and every citation's source against the corpus's ids: an unknown id
/// (with a did-you-mean), a fact of the wrong kind, or a fact dropped for a name clash is reported
/// and excluded from the referring fact, so the emitted model still compiles. An unknown id that a
/// file that could not be bound may define is held back instead (FG0039).
/// </summary>
internal static class ReferenceChecker
{
    /// <param name="names">What the name check dropped: a reference to a dropped fact goes too.</param>
    public static Findings Check(CorpusJoin join, Exclusions names)
    {
        var findings = new Findings();
        var sourceKind = join.Schema.SourceKind?.Name;
        foreach (var fact in join.Facts)
        {
            join.Cancellation.ThrowIfCancellationRequested();
            foreach (var reference in fact.Source.References) Check(join, names, fact, reference, sourceKind, findings);
        }
        return findings;
    }

    private static void Check(CorpusJoin join, Exclusions names, CorpusFact fact, PendingReference reference, string? sourceKind, Findings findings)
    {
        var targetKind = reference.IsCitation ? sourceKind! : reference.Field!.TargetKind!;
        var targetKinds = join.Schema.KindsOf(targetKind);
        // "a Party (Country, Organization, Person)": the reader sees what the union admits.
        var targetName = targetKinds.Count > 1 ? $"{targetKind} ({string.Join(", ", targetKinds)})" : targetKind;
        if (join.ById.TryGetValue(reference.Id, out var target) && targetKinds.Contains(target.Kind.Name))
        {
            // A fact dropped for a name clash (FG0015, already reported) is not in the model either.
            if (names.IsDropped(target)) findings.Exclusions.ExcludeId(fact, reference.Id);
            return;
        }
        findings.Exclusions.ExcludeId(fact, reference.Id);
        if (target is not null)
        {
            findings.Report(DiagnosticCatalog.ReferenceToWrongKind, reference.Span, reference.Field?.Name ?? "source", targetName, reference.Id, target.Kind.Name);
            return;
        }
        var candidates = join.Facts.Where(f => targetKinds.Contains(f.Kind.Name)).Select(f => f.Id);
        var suggestion = Naming.DidYouMean(reference.Id, candidates);
        if (suggestion.Length == 0 && join.Incomplete.MayDefine(reference.Id, targetKinds) is { } file)
        {
            // The id may be in a file that could not be bound: held back, said once for that file
            // (FG0039). A typo of an id that exists is still reported, with its suggestion.
            findings.HeldBack.Reference(file, reference.Id);
            return;
        }
        if (reference.IsCitation) findings.Report(DiagnosticCatalog.UnknownSource, reference.Span, reference.Id, suggestion);
        else findings.Report(DiagnosticCatalog.UnresolvedReference, reference.Span, targetName, reference.Id, suggestion);
    }
}
