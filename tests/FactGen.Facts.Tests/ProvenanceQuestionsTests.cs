using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Facts;

namespace FactGen.Facts.Tests;

/// <summary>
/// A reader's questions about who says what, answered through the generated API alone: values as
/// each article gives them, parties of any kind, the paragraphs behind a fact (issues 14 and 15).
/// </summary>
public class ProvenanceQuestionsTests
{
    [Fact]
    public void What_does_each_article_say_about_when_Blinken_spoke_of_European_security()
    {
        var remark = Statements.StatementBlinkenEuropeanSecurity;

        var bySource = remark.WhenBySource.ToDictionary(w => w.Source, w => w.Value);

        Assert.Equal("Friday", bySource[Sources.BlinkenLatestOfficial]);
        Assert.Equal("last week", bySource[Sources.BlinkenMajorDivides]);
        Assert.Equal(remark.WhenBySource[0].Value, remark.When);
        // Each article's own wording of the remark, one list per article.
        Assert.Equal([Sources.BlinkenLatestOfficial, Sources.BlinkenMajorDivides], remark.WordingsBySource.Select(w => w.Source));
        Assert.All(remark.WordingsBySource, w => Assert.Contains("European security", Assert.Single(w.Value), StringComparison.Ordinal));
    }

    [Fact]
    public void Which_parties_hold_a_position_on_Taiwan_of_any_kind()
    {
        var positions = Positions.ByTopic(Topics.TopicTaiwan);
        var parties = positions.SelectMany(p => p.HolderBySource.Select(h => h.Value)).Distinct().ToList();

        Assert.Contains(Countries.China, parties);
        Assert.Contains(Countries.UnitedStates, parties);
        Assert.Contains(Organizations.ChineseOfficialsDismayedByTaiwanSales, parties);
        Assert.Contains(parties, p => p is Country);
        Assert.Contains(parties, p => p is Organization);
        // Through the union: every party lists, by its inverse, the positions that name it.
        Assert.All(parties, party => Assert.Contains(party.Positions, p => p.Topic == Topics.TopicTaiwan));
        // One article says Chinese officials, the other China: two positions, the officials' stated, China's inferred.
        var officials = Positions.PositionChineseOfficialsTaiwanMilitarySupport;
        Assert.Equal([(IParty)Organizations.ChineseOfficialsDismayedByTaiwanSales], officials.HolderBySource.Select(h => h.Value));
        Assert.Empty(officials.InferredFields);
        var arms = Positions.PositionChinaTaiwanMilitarySupport;
        Assert.Equal([(IParty)Countries.China], arms.HolderBySource.Select(h => h.Value));
        Assert.Equal(["holder"], arms.InferredFields.Select(f => f.ToLowerInvariant()));
    }

    [Fact]
    public void Which_paragraphs_mention_the_Philippines_and_which_facts_cite_them()
    {
        var paragraphs = Countries.Philippines.Citations.Select(c => (c.Source, c.Paragraph)).ToHashSet();
        var citing = FactCatalog.All.Where(f => f.Citations.Any(c => paragraphs.Contains((c.Source, c.Paragraph)))).ToList();

        Assert.Equal(2, paragraphs.Count);
        Assert.Contains(Topics.TopicSouthChinaSea, citing);
        Assert.Contains(Countries.Vietnam, citing);
        // The topic names the Philippines among its countries and cites the paragraphs that say so.
        Assert.Contains(Countries.Philippines, Topics.TopicSouthChinaSea.Countries);
        Assert.Contains(Topics.TopicSouthChinaSea.Citations, c => paragraphs.Contains((c.Source, c.Paragraph)));
    }

    [Fact]
    public void What_does_each_article_say_about_the_state_of_relations()
    {
        var relations = Characterizations.All.Where(c => c.Aspect == CharacterizationAspect.Relations).ToList();
        var bySource = relations.SelectMany(c => c.SummaryBySource).GroupBy(s => s.Source).ToDictionary(g => g.Key, g => g.Select(s => s.Value).ToList());

        Assert.Equal(Sources.All.OrderBy(s => s.Id), bySource.Keys.OrderBy(s => s.Id));
        Assert.All(bySource.Values, summaries => Assert.NotEmpty(summaries));
        // The articles speak in their own voice here: no one holds these, and each is cited.
        Assert.All(relations, c => Assert.NotEmpty(c.Citations));
    }

    [Fact]
    public void Any_fact_tells_how_it_is_known_without_knowing_its_kind()
    {
        IFact blinken = FactCatalog.Get("antony-blinken");

        Assert.Contains("Blinken", blinken.Aliases);
        Assert.False(blinken.IsInferred);
        Assert.Equal(["Organization"], blinken.InferredFields);
        Assert.False(string.IsNullOrWhiteSpace(blinken.Note));
        // Values per source, for any kind: every entry names a source the fact cites.
        foreach (var fact in FactCatalog.All)
        {
            var cited = fact.Citations.Select(c => c.Source).ToHashSet();
            Assert.All(fact.BySource, v => Assert.Contains(v.Source, cited));
        }
        Assert.Contains(FactCatalog.All, f => f.BySource.Select(v => v.Source).Distinct().Count() > 1);
    }
}
