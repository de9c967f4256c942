using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Schema;
using Xunit;

namespace FactGen.Core.Tests;

/// <summary>
/// Each grounding rule the schema can declare (issue 29): by name, by a shared citation, not
/// checked; the verdict kept for each value, and the name each source gives.
/// </summary>
public sealed class GroundingRuleTests
{
    private static GroundingVerdict Verdict(BindResult result, string fact, string field) =>
        Assert.Single(result.Grounding!.Values, v => v.FactId == fact && v.Field == field);

    [Fact]
    public void By_name_a_value_is_grounded_where_a_cited_paragraph_names_it_and_the_verdict_says_where()
    {
        var result = GroundingCorpus.With("""
            kind: Claim
            facts:
              - id: objection
                claimant: united-states
                citations: [{ source: first, paragraph: 2, quote: The U.S. objected }]
            """).Bind();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new GroundingVerdict("objection", "claimant", "united-states", "first", GroundingOutcome.Name, "first", 2), Verdict(result, "objection", "claimant"));
        // Ann's country (people.yaml) and the claimant: both by name, none by a shared citation.
        Assert.Equal((2, 2, 0), (result.Grounding!.Checked, result.Grounding.ByName, result.Grounding.BySharedCitation));
    }

    [Fact]
    public void By_shared_citation_a_topic_is_grounded_by_a_common_paragraph_and_never_by_its_name()
    {
        // 'first' ¶2 does not say "Spain", and 'second' ¶2 does: the topic named Spain is grounded
        // for 'shared' (both cite second ¶2) and not for 'named' (first ¶1 names no Spain, but a
        // name would not have counted anyway: the topic cites only second ¶2).
        var result = GroundingCorpus.With("""
            kind: Claim
            facts:
              - id: shared
                claimant: spain
                topic: spain-topic
                citations: [{ source: second, paragraph: 2, quote: Spain stayed away }]
              - id: named
                claimant: france
                topic: spain-topic
                summary: France and Spain.
                citations: [{ source: first, paragraph: 1, quote: France said on Friday }]
            """).Bind();

        Assert.Equal(GroundingOutcome.SharedCitation, Verdict(result, "shared", "topic").Outcome);
        Assert.Equal(("second", 2), (Verdict(result, "shared", "topic").ParagraphSourceId, Verdict(result, "shared", "topic").Paragraph));
        Assert.Equal(GroundingOutcome.Ungrounded, Verdict(result, "named", "topic").Outcome);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("FG0072", warning.Id);
        Assert.Equal((1, 1), (result.Grounding!.BySharedCitation, result.Grounding.Ungrounded));
    }

    [Fact]
    public void A_topic_named_in_the_paragraph_but_citing_another_is_not_grounded_by_that_name()
    {
        // The string-matching loophole of issue 29: the name is in the cited paragraph, the topic is not.
        var topics = GroundingCorpus.Topics.Replace("paragraph: 2, quote: Spain stayed away", "paragraph: 1, quote: Lee will attend", System.StringComparison.Ordinal);
        var result = new CorpusBuilder().Schema(GroundingCorpus.Schema)
            .File("facts/sources.yaml", ProvenanceCorpus.Sources).File("facts/countries.yaml", ProvenanceCorpus.Countries)
            .File("facts/people.yaml", ProvenanceCorpus.People).File("facts/topics.yaml", topics)
            .File("facts/claims.yaml", """
                kind: Claim
                facts:
                  - id: absent
                    claimant: spain
                    topic: spain-topic
                    citations: [{ source: second, paragraph: 2, quote: Spain stayed away }]
                """)
            .Source("first.txt", ProvenanceCorpus.First).Source("second.txt", ProvenanceCorpus.Second).Bind();

        Assert.Equal(GroundingOutcome.Ungrounded, Verdict(result, "absent", "topic").Outcome);
        Assert.Equal(GroundingOutcome.Name, Verdict(result, "absent", "claimant").Outcome);
    }

    [Fact]
    public void Grounding_none_is_counted_apart_and_never_warned()
    {
        var result = GroundingCorpus.With("""
            kind: Claim
            facts:
              - id: seen
                claimant: france
                seenBy: an-official
                citations: [{ source: first, paragraph: 1, quote: France said on Friday }]
            """).Bind();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(GroundingOutcome.NotChecked, Verdict(result, "seen", "seenBy").Outcome);
        Assert.Equal((1, 2), (result.Grounding!.NotChecked, result.Grounding.Checked));
    }

    [Fact]
    public void A_per_source_name_is_searched_for_as_the_searched_source_gives_it()
    {
        // Issue 26 item 5: 'second' calls her only "Lee"; her name per 'first' is "Ann Lee".
        var schema = GroundingCorpus.Schema.Replace("      name: { type: string }\n      title:", "      name: { type: string, perSource: true }\n      title:", System.StringComparison.Ordinal);
        const string people = """
            kind: Person
            facts:
              - id: ann
                name: { first: Ann Lee, second: Lee }
                citations:
                  - { source: first, paragraph: 1, quote: Ann Lee of the United States would attend }
                  - { source: second, paragraph: 1, quote: Lee will attend }
              - id: an-official
                title: a senior official
                citations: [{ source: second, paragraph: 1, quote: an official said }]
            """;
        var result = GroundingCorpus.With("""
            kind: Claim
            facts:
              - id: attendance
                claimant: ann
                citations: [{ source: second, paragraph: 1, quote: Lee will attend }]
            """, people: people, schema: schema).Bind();

        Assert.Empty(result.Diagnostics);
        Assert.Equal(GroundingOutcome.Name, Verdict(result, "attendance", "claimant").Outcome);
    }

    [Theory]
    [InlineData("title: { type: string, grounding: name }", "FG0059", "The field 'title' cannot have a grounding: only a reference's values are grounded in the cited text")]
    [InlineData("country: { type: reference, kind: Country, inverse: People, grounding: shared }", "FG0058", "The grounding of the field 'country' must be one of name, shared-citation, none, not 'shared'")]
    public void The_schema_refuses_a_grounding_off_a_reference_or_outside_the_rules(string field, string id, string message)
    {
        var yaml = ProvenanceCorpus.Schema.Replace(field.StartsWith("title", System.StringComparison.Ordinal) ? "title: { type: string }" : "country: { type: reference, kind: Country, inverse: People }", field, System.StringComparison.Ordinal);
        var schema = CorpusBuilder.LoadSchema(yaml);

        var diagnostic = Assert.Single(schema.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.StartsWith(message, diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void The_schema_reads_each_rule_and_defaults_to_name()
    {
        var schema = CorpusBuilder.LoadSchema(GroundingCorpus.Schema);
        var claim = schema.FindKind("Claim")!;

        Assert.Equal((GroundingRule.Name, GroundingRule.SharedCitation, GroundingRule.None),
            (claim.FindField("claimant")!.Grounding, claim.FindField("topic")!.Grounding, claim.FindField("seenBy")!.Grounding));
    }
}
