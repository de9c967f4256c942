using System;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// A per-source reference may give two sources different values only when they name the same
/// party in other words (issue 29): "the United States" in one article, "the Biden administration"
/// in the other. The corpus keeps one fact per thing, with its other names as aliases, so two
/// facts of the same kind are two different parties (two people, two organizations), and giving
/// them as one party's per-source values joins two remarks into one (FG0076). Facts of different
/// kinds (a country and its government, a group and a country) may be the same party at another
/// grain: the check cannot know, and the curator must say so in the note.
/// </summary>
internal static class PerSourcePartyChecker
{
    public static Findings Check(CorpusJoin join)
    {
        var findings = new Findings();
        foreach (var fact in join.Facts.Where(f => !f.Dropped))
        {
            foreach (var field in fact.BySource.Where(s => s.IsExplicit && fact.Kind.Fields[s.FieldIndex].Type == Schema.FieldType.Reference))
            {
                var name = fact.Kind.Fields[field.FieldIndex].Name;
                var entries = field.Entries.Where(e => e.Value is ReferenceValue).ToList();
                for (var i = 1; i < entries.Count; i++)
                {
                    var (first, other) = (entries[0], entries[i]);
                    if (!join.ById.TryGetValue(((ReferenceValue)first.Value).Id, out var a) || !join.ById.TryGetValue(((ReferenceValue)other.Value).Id, out var b)) continue;
                    if (a == b || a.Kind != b.Kind) continue;
                    var span = fact.Source.References.FirstOrDefault(r => r.Field?.Name == name && r.SourceId == other.SourceId)?.Span ?? fact.IdSpan;
                    findings.Report(DiagnosticCatalog.PerSourcePartiesDiffer, span, name, fact.Id, a.Kind.Name, a.Id, first.SourceId, b.Id, other.SourceId);
                }
            }
        }
        return findings;
    }
}
