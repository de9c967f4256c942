using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// Each fact becomes a property of its kind's static class and a constant of its ids class: two
/// facts whose ids make the same C# name, or a fact named like a member the class already has
/// (<see cref="GeneratedNames.ReservedFactMembers"/>), would not compile. The later fact is reported
/// and dropped from the model (in the findings' exclusions).
/// </summary>
internal static class MemberNameChecker
{
    public static Findings Check(CorpusJoin join)
    {
        var findings = new Findings();
        foreach (var group in join.Facts.GroupBy(f => f.Kind.Name))
        {
            var kind = group.First().Kind;
            // The fact that took a name, or null for a member the class already has; the message is
            // made only on a clash (one string per fact cost more than the check at 100,000 facts).
            var taken = new Dictionary<string, CorpusFact?>(StringComparer.Ordinal);
            foreach (var member in GeneratedNames.ReservedFactMembers(kind)) taken[member] = null;
            foreach (var fact in group)
            {
                join.Cancellation.ThrowIfCancellationRequested();
                var name = fact.Source.Member;
                if (taken.TryGetValue(name, out var owner))
                {
                    findings.Report(DiagnosticCatalog.NameCollision, fact.IdSpan, fact.Id, name, owner is null ? "a member the generated class already has" : $"the same as '{owner.Id}'");
                    findings.Exclusions.Drop(fact);
                    continue;
                }
                taken[name] = fact;
            }
        }
        return findings;
    }
}
