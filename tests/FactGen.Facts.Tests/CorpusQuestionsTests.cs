using System.Collections.Generic;
using System.Linq;
using FactGen.Facts;

namespace FactGen.Facts.Tests;

/// <summary>Questions a reader asks of the corpus, answered through the generated API alone.</summary>
public class CorpusQuestionsTests
{
    [Fact]
    public void Who_is_Chinas_foreign_minister()
    {
        var ministers = People.ByCountry(Countries.China).Where(p => p.Title == "Foreign Minister").ToList();

        var minister = Assert.Single(ministers);
        Assert.Equal(People.WangYi, minister);
        Assert.Equal("Wang Yi", minister.Name);
    }

    [Fact]
    public void What_did_Blinken_say_about_Russia()
    {
        var aboutRussia = Statements.BySpeaker(People.AntonyBlinken)
            .Where(s => s.Topics.Contains(Topics.TopicRussiaSupport))
            .ToList();

        Assert.NotEmpty(aboutRussia);
        Assert.Contains(aboutRussia, s => s.Wordings.Any(w => w.Contains("dual-use goods")));
        Assert.All(aboutRussia, s => Assert.Equal(People.AntonyBlinken, s.Speaker));
    }

    [Fact]
    public void Which_topics_involve_Iran()
    {
        var topics = Countries.Iran.Topics;

        Assert.Contains(Topics.TopicMiddleEast, topics);
        Assert.All(topics, t => Assert.Contains(Countries.Iran, t.Countries));
        Assert.Equal(Topics.All.Where(t => t.Countries.Contains(Countries.Iran)), topics);
    }

    [Fact]
    public void Which_events_preceded_the_visit()
    {
        var visit = Events.BlinkenChinaVisit;

        Assert.Contains(Events.BidenXiCall, visit.Follows);
        Assert.All(visit.Follows, e => Assert.Contains(visit, e.FollowedBy));
        Assert.All(visit.Follows, e => Assert.Equal(EventStatus.Past, e.Status));
        Assert.Equal(EventStatus.Planned, visit.Status);
    }

    [Fact]
    public void Which_statements_come_from_unnamed_officials()
    {
        var unnamed = Statements.All.Where(s => s.Speaker is { Name: null }).ToList();

        Assert.NotEmpty(unnamed);
        Assert.Contains(unnamed, s => s.Speaker == People.SeniorStateDepartmentOfficial);
        Assert.DoesNotContain(unnamed, s => s.Speaker == People.AntonyBlinken);
    }

    [Fact]
    public void The_visit_takes_Blinken_to_Shanghai_and_Beijing_to_meet_Wang_Yi()
    {
        var visit = Events.Get(EventIds.BlinkenChinaVisit);

        Assert.Equal(new[] { Places.Shanghai, Places.Beijing }, visit.Places);
        Assert.Contains(People.AntonyBlinken, visit.Participants);
        Assert.Contains(People.WangYi, visit.Participants);
        Assert.Contains(visit, People.WangYi.Events);
    }

    [Fact]
    public void Every_statement_has_a_speaker_or_an_organization()
    {
        Assert.All(Statements.All, s => Assert.True(s.Speaker is not null || s.Organization is not null, s.Id));
        Assert.All(Statements.All, s => Assert.NotEmpty(s.Wordings));
    }

    [Fact]
    public void Every_fact_but_a_source_cites_a_source()
    {
        var facts = FactCatalog.All.Where(f => f is not Source).ToList();

        Assert.True(facts.Count > 100, $"only {facts.Count} facts");
        Assert.All(facts, f => Assert.NotEmpty(f.Citations));
        Assert.All(facts.SelectMany(f => f.Citations), c => Assert.Contains(c.Source, Sources.All));
    }

    [Fact]
    public void Every_inferred_fact_explains_itself()
    {
        Assert.All(FactCatalog.All.Where(f => f.Basis == FactBasis.Inferred), f => Assert.False(string.IsNullOrWhiteSpace(f.Note), f.Id));
    }

    [Fact]
    public void Every_body_paragraph_of_both_articles_is_cited()
    {
        var expected = new Dictionary<Source, int>
        {
            [Sources.BlinkenLatestOfficial] = 14,
            [Sources.BlinkenMajorDivides] = 22,
        };
        foreach (var (source, count) in expected)
        {
            var cited = FactCatalog.All.SelectMany(f => f.Citations).Where(c => c.Source == source).Select(c => c.Paragraph).ToHashSet();
            var missing = Enumerable.Range(1, count).Where(p => !cited.Contains(p)).ToList();
            Assert.True(missing.Count == 0, $"{source.Id}: paragraphs never cited: {string.Join(", ", missing)}");
            Assert.DoesNotContain(cited, p => p > count);
        }
    }

    [Fact]
    public void Citation_quotes_are_short_anchors_not_copied_text()
    {
        var citations = FactCatalog.All.SelectMany(f => f.Citations).ToList();

        Assert.All(citations, c => Assert.InRange(c.Quote.Split(' ').Length, 1, 30));
    }
}
