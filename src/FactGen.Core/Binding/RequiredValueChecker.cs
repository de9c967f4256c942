using System.Collections.Generic;
using System.Linq;

namespace FactGen.Core.Binding;

/// <summary>
/// A required field's property is not nullable, so the model never holds a fact without a value
/// for it (issue 26). Its error (FG0005, or FG0007, FG0013... for the value refused) is already
/// reported; a project may lower that error in <c>.globalconfig</c> and build anyway, and the fact
/// would then read <c>null</c> where the type says it cannot. Such a fact is dropped from the
/// model, as a fact whose name clashes is (FG0015): references to it are taken out of the facts
/// that hold them, and a fact that loses a required reference that way is dropped in turn. It reads
/// the corpus as the other checks left it and reports nothing new.
/// </summary>
internal static class RequiredValueChecker
{
    /// <summary>The corpus without the facts that lack a required value, to a fixed point.</summary>
    public static CorpusJoin Apply(CorpusJoin corpus)
    {
        while (true)
        {
            corpus.Cancellation.ThrowIfCancellationRequested();
            var lacking = corpus.Facts.Where(f => !f.Dropped && LacksRequiredValue(f)).ToList();
            if (lacking.Count == 0) return corpus;
            var ids = new HashSet<string>(lacking.Select(f => f.Id), System.StringComparer.Ordinal);
            var exclusions = new Exclusions();
            foreach (var fact in lacking) exclusions.Drop(fact);
            foreach (var fact in corpus.Facts.Where(f => !f.Dropped))
            {
                foreach (var id in NamedIds(fact).Where(ids.Contains)) exclusions.ExcludeId(fact, id);
            }
            corpus = corpus.Without(exclusions);
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

    /// <summary>The ids the fact points at: by a reference, a citation or a value by source.</summary>
    private static IEnumerable<string> NamedIds(CorpusFact fact) =>
        fact.Source.References.Select(r => r.Id).Concat(fact.BySource.SelectMany(s => s.Entries.Select(e => e.SourceId))).Distinct(System.StringComparer.Ordinal);
}
