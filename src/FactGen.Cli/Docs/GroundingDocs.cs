using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using FactGen.Cli.Output;
using FactGen.Core.Binding;

namespace FactGen.Cli.Docs;

/// <summary>
/// The catalog's account of grounding (issue 29): the figures per rule, each fact's references with
/// the rule that grounded each value and the paragraph that did it, and the aliases declared
/// metonymies (another fact's name used for this one).
/// </summary>
internal static class GroundingDocs
{
    public static void WriteSummary(StringBuilder output, GroundingSummary grounding)
    {
        output.Append("## Grounding\n\n");
        output.Append("Each reference value is checked against the paragraphs its fact cites, by the rule its field declares in the schema (`grounding`): ")
            .Append("by **name**, a cited paragraph names the referenced fact (its name or an alias); by **shared citation**, the two facts cite a common paragraph ")
            .Append("(a topic is what a fact is about, which the text does not name). ")
            .Append(GroundingText.Line(grounding).Substring("grounding: ".Length)).Append(".\n\n");
    }

    public static ILookup<string, GroundingVerdict> ByFact(GroundingSummary? grounding) =>
        (grounding?.Values.AsEnumerable() ?? []).ToLookup(v => v.FactId, System.StringComparer.Ordinal);

    /// <summary>"`topics` topic-taiwan: shared citation (src ¶4); ..."; null when there are none.</summary>
    public static string? Verdicts(IEnumerable<GroundingVerdict> verdicts)
    {
        var parts = verdicts.Select(v => $"`{v.Field}` {MarkdownText.FactLink(v.TargetId)}{(v.SourceId is null ? string.Empty : " in " + v.SourceId)}: {Outcome(v)}").ToList();
        return parts.Count == 0 ? null : string.Join("; ", parts);
    }

    private static string Outcome(GroundingVerdict verdict)
    {
        var where = verdict.ParagraphSourceId is null ? string.Empty : $" ({verdict.ParagraphSourceId} ¶{verdict.Paragraph.ToString(CultureInfo.InvariantCulture)})";
        return verdict.Outcome switch
        {
            GroundingOutcome.Name => "name" + where,
            GroundingOutcome.SharedCitation => "shared citation" + where,
            GroundingOutcome.Inferred => "inferred",
            GroundingOutcome.NotChecked => "not checked",
            _ => "not grounded",
        };
    }

    /// <summary>The aliases, a metonymy shown with the fact whose name it is.</summary>
    public static string Aliases(BoundFact fact) =>
        string.Join(", ", fact.Aliases.Select(alias =>
            fact.Metonymies.FirstOrDefault(m => m.Alias == alias) is { } metonymy
                ? $"{MarkdownText.Escape(alias)} (metonymy: the name of {MarkdownText.FactLink(metonymy.FactId)})"
                : MarkdownText.Escape(alias)));
}
