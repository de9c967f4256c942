using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// Checks the keys of per-source values once every source is known: each must be the id of a
/// source (FG0041) that the fact cites (FG0042). A value for a source the fact does not cite has no
/// words behind it; it is reported and left out of the model.
/// </summary>
internal static class SourceKeyChecker
{
    public static void Check(CorpusJoin join)
    {
        var sourceKind = join.Schema.SourceKind?.Name;
        foreach (var fact in join.Facts)
        {
            join.Cancellation.ThrowIfCancellationRequested();
            if (fact.Source.SourceKeys.IsEmpty) continue;
            var cited = new HashSet<string>(fact.Citations.Concat(fact.FieldCitations).Select(c => c.Citation.SourceId), System.StringComparer.Ordinal);
            var invalid = new HashSet<string>(System.StringComparer.Ordinal);
            foreach (var key in fact.Source.SourceKeys)
            {
                var isSource = join.ById.TryGetValue(key.SourceId, out var target) && target.Kind.Name == sourceKind;
                if (!isSource && sourceKind is not null && join.MayBeMissing(sourceKind) && Naming.DidYouMean(key.SourceId, join.Facts.Where(f => f.Kind.Name == sourceKind).Select(f => f.Id)).Length == 0)
                {
                    // The source may be in a file that could not be bound: counted once (FG0039), not reported here.
                    join.UncheckedReferences++;
                    invalid.Add(key.SourceId);
                }
                else if (!isSource)
                {
                    var sources = join.Facts.Where(f => f.Kind.Name == sourceKind).Select(f => f.Id);
                    join.Report(DiagnosticCatalog.PerSourceKeyNotASource, key.Span, key.SourceId, Naming.DidYouMean(key.SourceId, sources));
                    invalid.Add(key.SourceId);
                }
                else if (!cited.Contains(key.SourceId))
                {
                    join.Report(DiagnosticCatalog.PerSourceSourceNotCited, key.Span, fact.Kind.Name, fact.Id, key.SourceId);
                    invalid.Add(key.SourceId);
                }
            }
            if (invalid.Count > 0) fact.Remove(_ => false, invalid.Contains);
        }
    }
}
