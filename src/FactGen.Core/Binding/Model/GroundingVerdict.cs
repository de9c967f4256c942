namespace FactGen.Core.Binding;

/// <summary>What grounded one reference value, or that nothing did.</summary>
public enum GroundingOutcome
{
    /// <summary>A cited paragraph names the referenced fact (its name or an alias).</summary>
    Name,

    /// <summary>The two facts cite a common paragraph.</summary>
    SharedCitation,

    /// <summary>Not grounded, but the curator declared the value inferred (with a note).</summary>
    Inferred,

    /// <summary>Not grounded: warned (FG0040 or FG0072).</summary>
    Ungrounded,

    /// <summary>The field is declared <c>grounding: none</c>.</summary>
    NotChecked,
}

/// <summary>
/// The grounding check's finding for one reference value, for the report and <c>factgen docs</c>:
/// the referring fact, its field, the referenced fact, the source whose paragraphs were searched (null
/// for all the fact cites), how it was grounded and, when it was, the paragraph that did it.
/// </summary>
public sealed record GroundingVerdict(string FactId, string Field, string TargetId, string? SourceId, GroundingOutcome Outcome,
    string? ParagraphSourceId = null, int Paragraph = -1);

/// <summary>An alias declared to be another fact's name used for this one: <c>{ name: Beijing, metonymyOf: beijing }</c> on China.</summary>
public sealed record Metonymy(string Alias, string FactId);
