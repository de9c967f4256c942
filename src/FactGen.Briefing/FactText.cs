using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Briefing.Document;
using FactGen.Facts;

namespace FactGen.Briefing;

/// <summary>How the briefing names and orders facts, shared by the full briefing and the focused ones.</summary>
internal static class FactText
{
    /// <summary>A person's name, or for someone the articles leave unnamed, how they describe them.</summary>
    public static string Display(Person person) => person.Name ?? $"{person.Title} (unnamed)";

    public static string Describe(Person person)
    {
        var parts = person.Name is null ? new List<string>() : new List<string> { person.Title };
        if (person.Organization is { } organization) parts.Add(organization.Name);
        if (person.Country is { } country) parts.Add(country.Name);
        return string.Join(", ", parts.Distinct());
    }

    /// <summary>Any fact in a few words, whatever its kind: what a list of facts of mixed kinds shows.</summary>
    public static string Name(IFact fact) => fact switch
    {
        Person p => Display(p),
        Organization o => o.Name,
        Country c => c.Name,
        Place p => p.Name,
        Topic t => t.Name,
        Event e => e.Name,
        Source s => s.Headline,
        Position p => $"{Display(p.Holder)} on {p.Topic.Name}",
        Claim c => $"{Display(c.Claimant)} {c.Stance.ToString().ToLowerInvariant()}: {c.Assertion}",
        Statement s => s.Wordings[0],
        _ => fact.Id,
    };

    public static Country? Side(Statement statement) => statement.Speaker?.Country ?? statement.Organization?.Country;

    /// <summary>
    /// A value as the articles state it (a time, a stance): one wording when they agree; where they
    /// differ (the generated <c>...BySource</c>), each article's words with its number:
    /// <c>next week (article 1) / this week (article 2)</c>.
    /// </summary>
    public static string PerArticle(string value, IReadOnlyList<Sourced<string>> bySource, DocumentBuilder document) =>
        PerArticle(value, bySource, s => s, document);

    /// <summary>Who holds a position, as each article names them when they name different parties.</summary>
    public static string Holder(Position position, DocumentBuilder document) =>
        PerArticle(position.Holder, position.HolderBySource, Display, document);

    private static string PerArticle<T>(T value, IReadOnlyList<Sourced<T>> bySource, Func<T, string> text, DocumentBuilder document)
    {
        if (bySource.Select(s => text(s.Value)).Distinct(StringComparer.Ordinal).Count() <= 1) return text(value);
        return string.Join(" / ", bySource.Select(s => FormattableString.Invariant($"{text(s.Value)} (article {document.ArticleNumber(s.Source)})")));
    }

    /// <summary>A party as the briefing names it: a person by name or description, anyone else by name.</summary>
    public static string Display(IParty party) => party is Person person ? Display(person) : party.Name ?? party.Id;

    /// <summary>
    /// Earlier first, in the order the articles give: an event comes after every event they say it
    /// follows; past before ongoing before planned; then where the articles first mention it.
    /// </summary>
    public static IReadOnlyList<Event> OrderEvents(IEnumerable<Event> events)
    {
        var depth = new Dictionary<Event, int>();
        int Depth(Event e, HashSet<Event> visiting)
        {
            if (depth.TryGetValue(e, out var known)) return known;
            if (!visiting.Add(e)) return 0; // a cycle in the data: stop rather than loop
            var value = e.Follows.Count == 0 ? 0 : e.Follows.Max(f => Depth(f, visiting)) + 1;
            visiting.Remove(e);
            return depth[e] = value;
        }
        var sources = Sources.All.ToList();
        return events
            .OrderBy(e => (int)e.Status)
            .ThenBy(e => Depth(e, new HashSet<Event>()))
            .ThenBy(e => e.Citations.Count == 0 ? int.MaxValue : e.Citations.Min(c => sources.IndexOf(c.Source) * 1000 + c.Paragraph))
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ToList();
    }
}
