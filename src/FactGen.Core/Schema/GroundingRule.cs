namespace FactGen.Core.Schema;

/// <summary>
/// How a reference field's values are grounded in the paragraphs the referring fact cites
/// (<c>grounding:</c> in the schema; issue 29). What a reference points at decides what the text
/// can show of it: a person, country, organization or place is named in the words, a subject is
/// not.
/// </summary>
public enum GroundingRule
{
    /// <summary>
    /// <c>name</c>, the default: a cited paragraph names the referenced fact, by its <c>name</c> (each
    /// source's own, for a per-source name) or an alias. A fact with neither (an unnamed official)
    /// can only be tied by a common paragraph, as for <see cref="SharedCitation"/>.
    /// </summary>
    Name,

    /// <summary>
    /// <c>shared-citation</c>: for a classification (a topic: what a fact is about) or an unnamed
    /// thing (a statement, an event described rather than named): the referring fact and the
    /// referenced fact cite a common paragraph. Names are not searched: a topic's label is the
    /// curator's, and matching it in the text would ground every mention of a place of that name.
    /// </summary>
    SharedCitation,

    /// <summary>
    /// <c>none</c>: the values are not checked against the text (a link between facts that no
    /// paragraph can show). Counted apart, as not checked, never as grounded.
    /// </summary>
    None,
}

/// <summary>The schema words for <see cref="GroundingRule"/>.</summary>
public static class GroundingRules
{
    public const string Name = "name";
    public const string SharedCitation = "shared-citation";
    public const string None = "none";

    public static readonly string[] All = [Name, SharedCitation, None];

    public static bool TryParse(string text, out GroundingRule rule)
    {
        rule = text switch
        {
            Name => GroundingRule.Name,
            SharedCitation => GroundingRule.SharedCitation,
            None => GroundingRule.None,
            _ => (GroundingRule)(-1),
        };
        return (int)rule >= 0;
    }

    public static string Text(GroundingRule rule) => rule switch
    {
        GroundingRule.SharedCitation => SharedCitation,
        GroundingRule.None => None,
        _ => Name,
    };
}
