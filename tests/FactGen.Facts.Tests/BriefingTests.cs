using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Facts;

namespace FactGen.Facts.Tests;

/// <summary>The example app's output, driven through its entry point.</summary>
public class BriefingTests
{
    private static readonly Regex Note = new(@"^  \[(\d+)\] Article (\d+), ¶(\d+): ""(.*)""$", RegexOptions.Multiline);

    internal static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter { NewLine = "\n" };
        var error = new StringWriter { NewLine = "\n" };
        var exit = FactGen.Briefing.Program.Run(args.Append("--width").Append("10000").ToArray(), output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>The text before the NOTES heading, and the notes: number to (article, paragraph, quote).</summary>
    private static (string Body, Dictionary<int, (int Article, int Paragraph, string Quote)> Notes) Split(string output)
    {
        var at = output.IndexOf("\nNOTES\n", StringComparison.Ordinal);
        Assert.True(at > 0, "no NOTES section");
        var notes = Note.Matches(output.Substring(at)).ToDictionary(
            m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture),
            m => (int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture), m.Groups[4].Value));
        return (output.Substring(0, at), notes);
    }

    private static IEnumerable<int> References(string text) =>
        Regex.Matches(text, @" \[(\d+(?:, \d+)*)\]").SelectMany(m => m.Groups[1].Value.Split(", ").Select(n => int.Parse(n, System.Globalization.CultureInfo.InvariantCulture)));

    private static (int, int, string) Key(Citation c) => (Sources.All.ToList().IndexOf(c.Source) + 1, c.Paragraph, c.Quote);

    [Fact]
    public void The_full_briefing_has_every_section()
    {
        var (exit, output, error) = Run();

        Assert.Equal(0, exit);
        Assert.Equal(string.Empty, error);
        foreach (var heading in new[] { "THE VISIT", "WHO IS WHO", "THE AGENDA", "WHO SAID WHAT", "TIMELINE", "WHAT THE CURATORS INFERRED", "NOTES" })
        {
            Assert.Contains("\n" + heading + "\n", output);
        }
        foreach (var person in People.All) Assert.Contains(person.Name ?? person.Title, output);
    }

    [Fact]
    public void Footnotes_are_numbered_in_order_and_each_is_a_citation_of_the_corpus()
    {
        var (body, notes) = Split(Run().Output);
        var citations = FactCatalog.All.SelectMany(f => f.Citations).Select(Key).ToHashSet();
        var referenced = References(body).ToList();

        Assert.Equal(Enumerable.Range(1, notes.Count), notes.Keys.OrderBy(n => n));
        Assert.All(notes.Values, note => Assert.Contains(note, citations));
        Assert.Equal(notes.Keys.OrderBy(n => n), referenced.Distinct().OrderBy(n => n));
        // Numbered where first cited: the first reference to each note comes in number order.
        Assert.Equal(referenced.Distinct().OrderBy(n => n), referenced.Distinct());
    }

    [Fact]
    public void The_visit_cites_exactly_its_own_quotes()
    {
        var (body, notes) = Split(Run().Output);
        var visit = Events.BlinkenChinaVisit;
        var line = body.Split('\n').First(l => l.Contains(visit.Summary, StringComparison.Ordinal));

        var cited = References(line).Select(n => notes[n]).ToHashSet();

        Assert.Equal(visit.Citations.Select(Key).ToHashSet(), cited);
    }

    [Fact]
    public void Inferred_facts_appear_with_their_notes()
    {
        var (_, output, _) = Run();
        var inferred = FactCatalog.All.Where(f => f.Basis == FactBasis.Inferred).ToList();

        Assert.NotEmpty(inferred);
        Assert.All(inferred, f => Assert.Contains($"(inferred: {f.Note})", output));
    }

    [Fact]
    public void Times_the_articles_state_differently_are_given_per_article()
    {
        var (_, output, _) = Run();

        // Each article's words from WhenBySource, numbered; the length of the visit is a typed number.
        var when = Events.BlinkenChinaVisit.WhenBySource;
        Assert.Equal(2, when.Select(w => w.Value).Distinct().Count());
        Assert.Contains($"When: {when[0].Value} (article 1) / {when[1].Value} (article 2), for {Events.BlinkenChinaVisit.Days} days", output);
        Assert.DoesNotMatch(@"\(\d{3}\)", output);
    }

    [Fact]
    public void Who_said_what_lists_each_speakers_statements_under_them_lead_first()
    {
        var (_, output, _) = Run();
        var section = output.Substring(output.IndexOf("\nWHO SAID WHAT\n", StringComparison.Ordinal));
        section = section.Substring(0, section.IndexOf("\nTIMELINE\n", StringComparison.Ordinal));
        var blinken = People.Get(PersonIds.AntonyBlinken);
        var parts = section.Split("\nAntony Blinken (Secretary of State, United States)\n");

        Assert.Equal(2, parts.Length);
        Assert.DoesNotContain("(Secretary of", parts[0], StringComparison.Ordinal);
        var own = parts[1].Split("\n-")[0];
        Assert.All(Statements.BySpeaker(blinken), s => Assert.Contains(s.Wordings[0], own));
        Assert.All(Statements.All.Where(s => s.Speaker is not null && s.Speaker != blinken), s => Assert.DoesNotContain(s.Wordings[0], own));
    }

    [Fact]
    public void The_timeline_puts_the_call_before_the_visit()
    {
        var (_, output, _) = Run();
        var timeline = output.Substring(output.IndexOf("\nTIMELINE\n", StringComparison.Ordinal));

        Assert.True(timeline.IndexOf(Events.BidenXiCall.Name, StringComparison.Ordinal) < timeline.IndexOf(", " + Events.BlinkenChinaVisit.Name + " (", StringComparison.Ordinal));
    }

    [Fact]
    public void Markdown_defines_every_footnote_it_references()
    {
        var (_, output, _) = Run("--format", "markdown");
        var used = Regex.Matches(output, @"\[\^(\d+)\](?!:)").Select(m => m.Groups[1].Value).ToHashSet();
        var defined = Regex.Matches(output, @"^\[\^(\d+)\]: Article \d+, ¶\d+: ", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(defined.Count, defined.Distinct().Count());
        Assert.Equal(used.OrderBy(n => n), defined.OrderBy(n => n));
    }

    [Fact]
    public void Html_links_every_reference_to_its_note_and_every_note_back()
    {
        var (_, output, _) = Run("--format", "html");
        var ids = Regex.Matches(output, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        var targets = Regex.Matches(output, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();

        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(targets, target => Assert.Contains(target, ids));
        Assert.Equal(Regex.Matches(output, "<li id=\"note-").Count, Regex.Matches(output, "id=\"ref-").Count);
        Assert.DoesNotContain("<script", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--topic", "taiwan", "BRIEFING ON ONE TOPIC: TAIWAN AND THE TAIWAN STRAIT")]
    [InlineData("--topic", "topic-taiwan", "BRIEFING ON ONE TOPIC: TAIWAN AND THE TAIWAN STRAIT")]
    [InlineData("--person", "wang-yi", "BRIEFING ON ONE PERSON: WANG YI")]
    [InlineData("--fact", "beijing", "ONE FACT: BEIJING")]
    public void Focus_options_select_one_subject(string option, string id, string expected)
    {
        var (exit, output, _) = Run(option, id);

        Assert.Equal(0, exit);
        Assert.StartsWith(expected + "\n", output);
        Assert.DoesNotContain("WHO IS WHO", output);
        Assert.Contains("\nNOTES\n", output);
    }

    [Theory]
    [InlineData("--topic", "atlantis", "No topic has the id 'atlantis'")]
    [InlineData("--person", "nobody", "No person has the id 'nobody'")]
    [InlineData("--fact", "nothing", "No fact has the id 'nothing'")]
    public void An_unknown_id_gets_a_clear_message_and_exit_2(string option, string id, string message)
    {
        var (exit, output, error) = Run(option, id);

        Assert.Equal(2, exit);
        Assert.Contains(message, error);
        Assert.Equal(string.Empty, output);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var (exit, _, error) = Run("--format", "pdf");

        Assert.Equal(2, exit);
        Assert.Contains("pdf", error);
    }
}
