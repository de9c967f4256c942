using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen.Facts;

namespace FactGen.Briefing;

/// <summary>
/// Renders the briefing from the typed model: who is who, the visit, the agenda with each side's
/// position, what each side said, and the timeline. Every line ends with its citations,
/// <c>[1 ¶3]</c> meaning article 1, paragraph 3 (the articles are listed at the top).
/// </summary>
internal sealed class BriefingWriter
{
    private readonly TextBlock _text;

    public BriefingWriter(TextBlock text) => _text = text;

    public void WriteFull()
    {
        var visit = Events.BlinkenChinaVisit2024;
        _text.Line($"BRIEFING: {visit.Name.ToUpperInvariant()}");
        WriteSources();
        WriteVisit(visit);
        WriteWhoIsWho();
        WriteAgenda();
        WriteStatements();
        WriteTimeline();
    }

    public bool WriteTopic(string id, TextWriter error)
    {
        var topic = FindTopic(id);
        if (topic is null)
        {
            error.WriteLine($"No topic has the id '{id}'. Known topics: {string.Join(", ", Topics.All.Select(t => ShortTopicId(t)))}.");
            return false;
        }
        _text.Line($"BRIEFING ON ONE TOPIC: {topic.Name.ToUpperInvariant()}");
        WriteSources();
        _text.Heading(topic.Name);
        _text.Paragraph($"{topic.Summary} {Cite(topic)}", "  ");
        if (topic.Countries.Count > 0) _text.Paragraph("Involves: " + string.Join(", ", topic.Countries.Select(c => c.Name)), "  ");
        if (topic.Places.Count > 0) _text.Paragraph("Where: " + string.Join(", ", topic.Places.Select(p => p.Name)), "  ");
        WritePositions(topic);
        WriteClaims(topic.Claims);
        if (topic.Statements.Count > 0)
        {
            _text.Subheading("What was said");
            foreach (var statement in topic.Statements) WriteStatement(statement);
        }
        if (topic.Events.Count > 0)
        {
            _text.Subheading("Events");
            foreach (var e in OrderEvents(topic.Events)) WriteEvent(e);
        }
        return true;
    }

    public bool WritePerson(string id, TextWriter error)
    {
        if (!People.TryGet(id, out var person))
        {
            error.WriteLine($"No person has the id '{id}'. Known people: {string.Join(", ", People.All.Select(p => p.Id))}.");
            return false;
        }
        _text.Line($"BRIEFING ON ONE PERSON: {Display(person).ToUpperInvariant()}");
        WriteSources();
        _text.Heading(Display(person));
        _text.Paragraph($"{Describe(person)} {Cite(person)}", "  ");
        if (person.Statements.Count > 0)
        {
            _text.Subheading("What they said");
            foreach (var statement in person.Statements) WriteStatement(statement);
        }
        var voiced = Positions.All.Where(p => p.VoicedBy == person).ToList();
        if (voiced.Count > 0)
        {
            _text.Subheading("Positions they voiced");
            foreach (var position in voiced) _text.Paragraph($"{position.Topic.Name}: {position.Stance} {Cite(position)}", "  - ", "    ");
        }
        if (person.Events.Count > 0)
        {
            _text.Subheading("Events they take part in");
            foreach (var e in OrderEvents(person.Events)) WriteEvent(e);
        }
        return true;
    }

    private void WriteSources()
    {
        _text.Line("Sources:");
        var number = 1;
        foreach (var source in Sources.All)
        {
            _text.Paragraph($"\"{source.Headline}\" ({source.Dateline ?? "no dateline"}; {source.File})", $"  [{number++}] ", "      ");
        }
        _text.Line("Citations read [article ¶paragraph]. Facts marked (inferred) are a curator's conclusion, not the articles' words.");
    }

    private void WriteVisit(Event visit)
    {
        _text.Heading("The visit");
        _text.Paragraph($"{visit.Summary} {Cite(visit)}", "  ");
        _text.Paragraph($"When: {visit.When}", "  ");
        _text.Paragraph($"Where: {string.Join(", ", visit.Places.Select(p => p.Name))}", "  ");
        _text.Paragraph($"With: {string.Join("; ", visit.Participants.Select(p => $"{Display(p)}, {p.Title}"))}", "  ");
        if (visit.Organizations.Count > 0) _text.Paragraph($"Bodies involved: {string.Join("; ", visit.Organizations.Select(o => o.Name))}", "  ");
        var before = visit.Follows.Select(e => e.Name).ToList();
        if (before.Count > 0) _text.Paragraph($"It follows: {string.Join("; ", before)}", "  ");
    }

    private void WriteWhoIsWho()
    {
        _text.Heading("Who is who");
        foreach (var side in People.All.GroupBy(p => p.Country?.Name ?? "Other"))
        {
            _text.Subheading(side.Key);
            foreach (var person in side) _text.Paragraph($"{Display(person)}: {Describe(person)} {Cite(person)}", "  - ", "    ");
        }
    }

    private void WriteAgenda()
    {
        _text.Heading("The agenda");
        foreach (var topic in Topics.All.Where(t => t.OnAgenda == true))
        {
            _text.Subheading($"{topic.Name} ({topic.Category.ToString().ToLowerInvariant()})");
            _text.Paragraph($"{topic.Summary} {Cite(topic)}", "  ");
            foreach (var position in topic.Positions.Where(p => p.Holder == Countries.UnitedStates))
            {
                _text.Paragraph($"{position.Stance} {Cite(position)}", "  US position: ", "    ");
            }
            foreach (var position in topic.Positions.Where(p => p.Holder != Countries.UnitedStates))
            {
                _text.Paragraph($"{position.Stance} {Cite(position)}", $"  {position.Holder.Name}'s position: ", "    ");
            }
        }
        var off = Topics.All.Where(t => t.OnAgenda != true).Select(t => t.Name).ToList();
        if (off.Count > 0) _text.Paragraph("Also in dispute, but not named among the visit's subjects: " + string.Join("; ", off) + ".", "  ");
    }

    private void WritePositions(Topic topic)
    {
        if (topic.Positions.Count == 0) return;
        _text.Subheading("Positions");
        foreach (var position in topic.Positions)
        {
            var voice = position.VoicedBy is null ? string.Empty : $" (voiced by {Display(position.VoicedBy)})";
            _text.Paragraph($"{position.Stance}{voice} {Cite(position)}", $"  {position.Holder.Name}: ", "    ");
        }
    }

    private void WriteClaims(IReadOnlyList<Claim> claims)
    {
        if (claims.Count == 0) return;
        _text.Subheading("Claims");
        foreach (var claim in claims)
        {
            _text.Paragraph($"{claim.Claimant.Name} {claim.Stance.ToString().ToLowerInvariant()}: {claim.Assertion} {Cite(claim)}", "  - ", "    ");
        }
    }

    private void WriteStatements()
    {
        _text.Heading("What each side said");
        foreach (var side in Statements.All.GroupBy(s => Side(s)?.Name ?? "Others"))
        {
            _text.Subheading(side.Key);
            foreach (var statement in side) WriteStatement(statement);
        }
    }

    private void WriteStatement(Statement statement)
    {
        var who = statement.Speaker is { } speaker
            ? speaker.Name is null ? Display(speaker) : $"{speaker.Name} ({speaker.Title})"
            : statement.Organization?.Name ?? "Unattributed";
        var when = statement.When is null ? string.Empty : $", {statement.When}";
        if (statement.Event is { } occasion) when += $" ({occasion.Name})";
        // A quote is the speaker's words; a paraphrase is the article's, so it gets no quotation marks.
        var words = statement.Form == StatementForm.Quote ? $"said: \"{statement.Wordings[0]}\"" : $"said (paraphrased): {statement.Wordings[0]}";
        _text.Paragraph($"{who}{when}, {words} {Cite(statement)}", "  - ", "    ");
        for (var i = 1; i < statement.Wordings.Count; i++)
        {
            var other = statement.Form == StatementForm.Quote ? $"\"{statement.Wordings[i]}\"" : statement.Wordings[i];
            _text.Paragraph(other, "    Also reported as: ", "      ");
        }
    }

    private void WriteTimeline()
    {
        _text.Heading("Timeline");
        _text.Line("  Earlier events first, as the articles order them; times are as the articles state them.");
        foreach (var e in OrderEvents(Events.All)) WriteEvent(e);
    }

    private void WriteEvent(Event e)
    {
        var when = e.When is null ? string.Empty : $" [{e.When}]";
        var date = e.Date is { } d ? $" ({d}, inferred)" : string.Empty;
        _text.Paragraph($"{e.Name}{when}{date}: {e.Summary} {Cite(e)}", $"  {e.Status.ToString().ToLowerInvariant(),-8} ", new string(' ', 11));
    }

    /// <summary>Earlier first: an event comes after every event it follows; then past before planned, then file order.</summary>
    internal static IReadOnlyList<Event> OrderEvents(IEnumerable<Event> events)
    {
        var pending = events.ToList();
        var depth = new Dictionary<Event, int>();
        int Depth(Event e, HashSet<Event> visiting)
        {
            if (depth.TryGetValue(e, out var known)) return known;
            if (!visiting.Add(e)) return 0; // a cycle in the data: stop rather than loop
            var value = e.Follows.Count == 0 ? 0 : e.Follows.Max(f => Depth(f, visiting)) + 1;
            visiting.Remove(e);
            return depth[e] = value;
        }
        var order = Events.All.Select((e, i) => (e, i)).ToDictionary(p => p.e, p => p.i);
        return pending
            .OrderBy(e => (int)e.Status)
            .ThenBy(e => Depth(e, new HashSet<Event>()))
            .ThenBy(e => order[e])
            .ToList();
    }

    internal static Country? Side(Statement statement) => statement.Speaker?.Country ?? statement.Organization?.Country;

    /// <summary>A person's name, or for someone the articles leave unnamed, how they describe them.</summary>
    internal static string Display(Person person) => person.Name ?? $"{person.Title} (unnamed)";

    private static string Describe(Person person)
    {
        var parts = person.Name is null ? new List<string>() : new List<string> { person.Title };
        if (person.Organization is { } organization) parts.Add(organization.Name);
        if (person.Country is { } country) parts.Add(country.Name);
        var text = string.Join(", ", parts.Distinct());
        return person.IsInferred ? text + " (inferred: " + person.Note + ")" : text;
    }

    private static Topic? FindTopic(string id) =>
        Topics.TryGet(id, out var topic) ? topic : Topics.TryGet("topic-" + id, out topic) ? topic : null;

    private static string ShortTopicId(Topic topic) => topic.Id.StartsWith("topic-", StringComparison.Ordinal) ? topic.Id.Substring(6) : topic.Id;

    /// <summary>The citations of a fact, compact: [1 ¶1, 3; 2 ¶4], with (inferred) when it is.</summary>
    internal static string Cite(IFact fact)
    {
        var sources = Sources.All;
        var groups = fact.Citations
            .GroupBy(c => c.Source)
            .OrderBy(g => IndexOf(sources, g.Key))
            .Select(g => $"{IndexOf(sources, g.Key) + 1} ¶{string.Join(", ", g.Select(c => c.Paragraph).Distinct().OrderBy(p => p))}");
        var cite = "[" + string.Join("; ", groups) + "]";
        return fact.IsInferredFact() ? cite + " (inferred)" : cite;
    }

    private static int IndexOf(IReadOnlyList<Source> sources, Source source)
    {
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] == source) return i;
        }
        return -1;
    }
}

internal static class FactExtensions
{
    public static bool IsInferredFact(this IFact fact) => fact.Basis == FactBasis.Inferred;
}
