using System.Collections.Generic;
using System.Linq;

namespace FactGen.Core.Binding;

/// <summary>
/// A required field's property is not nullable, so the model never holds a fact without a value
/// for it (issue 26). Its error (FG0005, or FG0007, FG0013... for the value refused) is already
/// reported; a project may lower that error in <c>.globalconfig</c> and build anyway, and the fact
/// would then read <c>null</c> where the type says it cannot. Such a fact is left out of the model,
/// as a fact whose name clashes is (FG0015): references to it are taken out of the facts that hold
/// them, and a fact that loses a required reference that way is left out in turn.
/// </summary>
internal static class RequiredValueChecker
{
    public static void Check(CorpusJoin join)
    {
        var dropped = new HashSet<string>(System.StringComparer.Ordinal);
        while (true)
        {
            join.Cancellation.ThrowIfCancellationRequested();
            var newly = join.Facts.Where(f => !f.Dropped && LacksRequiredValue(f)).ToList();
            if (newly.Count == 0) return;
            foreach (var fact in newly)
            {
                fact.Dropped = true;
                dropped.Add(fact.Id);
            }
            foreach (var fact in join.Facts.Where(f => !f.Dropped && Names(f, dropped)))
            {
                fact.Remove(value => value switch
                {
                    ReferenceValue reference => dropped.Contains(reference.Id),
                    CitationValue citation => dropped.Contains(citation.SourceId),
                    _ => false,
                }, dropped.Contains);
            }
        }
    }

    private static bool LacksRequiredValue(CorpusFact fact)
    {
        for (var i = 0; i < fact.Kind.Fields.Count; i++)
        {
            if (fact.Kind.Fields[i].IsRequired && fact.Values[i] is null) return true;
        }
        return false;
    }

    /// <summary>Whether the fact points at any of <paramref name="ids"/>: by a reference, a citation or a value by source.</summary>
    private static bool Names(CorpusFact fact, HashSet<string> ids) =>
        fact.Source.References.Any(r => ids.Contains(r.Id)) || fact.BySource.Any(s => s.Entries.Any(e => ids.Contains(e.SourceId)));
}
