using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// Checks the keys of per-source values once every source is known: each must be the id of a
/// source (FG0041) that the fact cites (FG0042). A value for a source the fact does not cite has no
/// words behind it; it is reported and excluded from the model.
/// </summary>
internal static class SourceKeyChecker
{
    public static Findings Check(CorpusJoin join)
    {
        var findings = new Findings();
        var sourceKind = join.Schema.SourceKind?.Name;
        var sourceKinds = sourceKind is null ? [] : new[] { sourceKind };
        foreach (var fact in join.Facts)
        {
            join.Cancellation.ThrowIfCancellationRequested();
            if (fact.Source.SourceKeys.IsEmpty) continue;
            var cited = new HashSet<string>(fact.Citations.Concat(fact.FieldCitations).Select(c => c.Citation.SourceId), System.StringComparer.Ordinal);
            foreach (var key in fact.Source.SourceKeys)
            {
                var isSource = join.ById.TryGetValue(key.SourceId, out var target) && target.Kind.Name == sourceKind;
                var sources = join.Facts.Where(f => f.Kind.Name == sourceKind).Select(f => f.Id);
                if (!isSource && Naming.DidYouMean(key.SourceId, sources).Length == 0 && join.Incomplete.MayDefine(key.SourceId, sourceKinds) is { } file)
                {
                    // The source may be in a file that could not be bound: held back, said once for that file (FG0039).
                    findings.HeldBack.Reference(file, key.SourceId);
                    findings.Exclusions.ExcludeSource(fact, key.SourceId);
                }
                else if (!isSource)
                {
                    findings.Report(DiagnosticCatalog.PerSourceKeyNotASource, key.Span, key.SourceId, Naming.DidYouMean(key.SourceId, sources));
                    findings.Exclusions.ExcludeSource(fact, key.SourceId);
                }
                else if (!cited.Contains(key.SourceId))
                {
                    findings.Report(DiagnosticCatalog.PerSourceSourceNotCited, key.Span, fact.Kind.Name, fact.Id, key.SourceId);
                    findings.Exclusions.ExcludeSource(fact, key.SourceId);
                }
            }
        }
        return findings;
    }
}
