using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// Aliases are names (issue 29): the grounding check takes a paragraph that says one to name the
/// fact, so an alias that is also another fact's name or alias (FG0073) lets a mention of one
/// ground a reference to the other, and one repeated within a fact (FG0074) says nothing more. A
/// deliberate metonymy, another fact's name used for this one (Beijing, the city, for China's
/// government), is declared as <c>{ name: Beijing, metonymyOf: beijing }</c> and then allowed;
/// one that names no fact of that name is FG0075. Names compare as grounding finds them: normalized,
/// case kept.
/// </summary>
internal static class AliasChecker
{
    public static Findings Check(CorpusJoin join)
    {
        var findings = new Findings();
        var facts = join.Facts.Where(f => !f.Dropped).ToList();
        var owners = new Dictionary<string, List<Owner>>(StringComparer.Ordinal);
        foreach (var fact in facts)
        {
            foreach (var name in OwnNames(fact)) OwnersOf(owners, name).Add(new Owner(fact, false, null));
            foreach (var alias in fact.Source.AliasSpans.GroupBy(a => GroundingNames.Comparable(a.Name), StringComparer.Ordinal)) OwnersOf(owners, alias.Key).Add(new Owner(fact, true, alias.First().MetonymyOf));
        }
        foreach (var fact in facts)
        {
            join.Cancellation.ThrowIfCancellationRequested();
            var own = OwnNames(fact).ToList();
            var earlier = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alias in fact.Source.AliasSpans)
            {
                var name = GroundingNames.Comparable(alias.Name);
                if (own.Contains(name)) findings.Report(DiagnosticCatalog.AliasRepeated, alias.Span, alias.Name, fact.Id, "its name");
                else if (!earlier.Add(name)) findings.Report(DiagnosticCatalog.AliasRepeated, alias.Span, alias.Name, fact.Id, "an earlier alias");
                else CheckShared(findings, fact, alias, owners[name]);
            }
        }
        return findings;
    }

    private static void CheckShared(Findings findings, CorpusFact fact, LocatedAlias alias, List<Owner> owners)
    {
        // A fact that declared this name a metonymy of this one shares it on purpose.
        var others = owners.Where(o => o.Fact != fact && o.MetonymyOf != fact.Id).ToList();
        if (alias.MetonymyOf is { } declared)
        {
            if (!others.Any(o => o.Fact.Id == declared)) findings.Report(DiagnosticCatalog.MetonymyWithoutThatName, alias.Span, alias.Name, fact.Id, declared);
            others = others.Where(o => o.Fact.Id != declared).ToList();
        }
        if (others.Count == 0) return;
        var other = others[0];
        findings.Report(DiagnosticCatalog.AliasOfAnotherFact, alias.Span, alias.Name, fact.Id, other.IsAlias ? "an alias" : "the name", other.Fact.Kind.Name, other.Fact.Id);
    }

    /// <summary>The fact's <c>name</c>, every source's value of a per-source one, normalized.</summary>
    private static IEnumerable<string> OwnNames(CorpusFact fact) =>
        GroundingNames.NameValues(fact).Select(GroundingNames.Comparable).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal);

    private static List<Owner> OwnersOf(Dictionary<string, List<Owner>> owners, string name)
    {
        if (!owners.TryGetValue(name, out var list)) owners[name] = list = new List<Owner>();
        return list;
    }

    /// <summary>A fact that has a name, as its name or as an alias (declared a metonymy of <paramref name="MetonymyOf"/>).</summary>
    private sealed record Owner(CorpusFact Fact, bool IsAlias, string? MetonymyOf);
}
