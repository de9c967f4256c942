using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen.Core.Binding;

/// <summary>
/// What the grounding check looks for when a field is grounded by name: the referenced fact's
/// <c>name</c> and aliases, normalized as paragraphs are, found as whole words.
/// </summary>
internal static class GroundingNames
{
    /// <summary>Whether the fact has a name or an alias to look for.</summary>
    public static bool Any(CorpusFact fact) => fact.Aliases.Count > 0 || NameValues(fact).Any();

    /// <summary>
    /// The names to look for in a paragraph of <paramref name="sourceId"/>: the name as that source
    /// gives it (a per-source name that source does not give: every source's), and the aliases.
    /// Issue 26 item 5: the first source's name alone missed what the second article calls it.
    /// </summary>
    public static List<string> Of(CorpusFact fact, string sourceId)
    {
        var names = NameValues(fact, sourceId).ToList();
        if (names.Count == 0) names = NameValues(fact).ToList();
        names.AddRange(fact.Aliases);
        return names.Select(Comparable).Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// A name normalized as paragraphs are, to compare. Text NFC refuses (a noncharacter such as
    /// U+FFFF, which the YAML reader lets through) is compared as written rather than crash the build.
    /// </summary>
    public static string Comparable(string name)
    {
        try
        {
            return TextNormalizer.Normalize(name);
        }
        catch (ArgumentException)
        {
            return name.Trim();
        }
    }

    /// <summary>The fact's <c>name</c> values, as written: one, or each source's of a per-source name.</summary>
    /// <param name="sourceId">Only that source's value of a per-source name; null for every value.</param>
    public static IEnumerable<string> NameValues(CorpusFact fact, string? sourceId = null)
    {
        var index = fact.Kind.IndexOfField(Schema.BuiltInFields.Name);
        if (index < 0) yield break;
        var sourced = fact.BySource.FirstOrDefault(s => s.FieldIndex == index);
        var values = sourced is null
            ? [fact.Values[index]]
            : sourced.Entries.Where(e => sourceId is null || e.SourceId == sourceId).Select(e => (FactValue?)e.Value);
        foreach (var value in values)
        {
            if (value is StringValue { Value: var name } && name.Trim().Length > 0) yield return name;
        }
    }

    /// <summary>Whether a normalized name occurs in the paragraph as whole words: 'US' is not found in 'USSR' or 'thus'.</summary>
    public static bool Mentions(SourceDocument document, int paragraph, IEnumerable<string> names)
    {
        if (paragraph < 0 || paragraph >= document.Paragraphs.Count) return false;
        var text = document.Paragraphs[paragraph];
        foreach (var needle in names)
        {
            for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
            {
                var end = at + needle.Length;
                if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]))) return true;
            }
        }
        return false;
    }
}
