using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using Xunit;

namespace FactGen.Core.Tests;

/// <summary>
/// Value-level provenance in the bound model (issue 14): values per source, aliases, references to
/// a union, and what the grounding check counts. The diagnostics have their own tests in
/// <see cref="DiagnosticTests"/>.
/// </summary>
public sealed class ProvenanceTests
{
    private static BoundFact Claim(BindResult result, string id) =>
        result.Model.Kinds.Single(k => k.Schema.Name == "Claim").Facts.Single(f => f.Id == id);

    private static int Field(BindResult result, string name) =>
        result.Model.Kinds.Single(k => k.Schema.Name == "Claim").Schema.IndexOfField(name);

    [Fact]
    public void A_value_per_source_keeps_each_source_s_words_and_shows_the_first()
    {
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: attendance
                when: { second: next week, first: Friday }
                words: { first: [would attend], second: [will attend, next week] }
                claimant: { first: france, second: an-official }
                citations:
                  - { source: first, paragraph: 1, quote: France said on Friday }
                  - { source: second, paragraph: 1, quote: Lee will attend next week }
            """).Bind();

        Assert.Empty(result.Diagnostics);
        var claim = Claim(result, "attendance");
        var when = claim.SourcedAt(Field(result, "when"))!;
        Assert.True(when.IsExplicit);
        Assert.Equal(["second: next week", "first: Friday"], when.Entries.Select(e => $"{e.SourceId}: {((StringValue)e.Value).Value}"));
        Assert.Equal(new StringValue("next week"), claim.Values[Field(result, "when")]);
        var words = claim.SourcedAt(Field(result, "words"))!;
        Assert.Equal([1, 2], words.Entries.Select(e => ((ListValue)e.Value).Items.Count));
        // Values by source in field order, whatever order the file gives the fields in.
        Assert.Equal([Field(result, "claimant"), Field(result, "when"), Field(result, "words")], claim.BySource.Select(s => s.FieldIndex));
    }

    [Fact]
    public void One_value_on_a_per_source_field_stands_for_every_cited_source_in_citation_order()
    {
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: attendance
                claimant: ann
                citations:
                  - { source: second, paragraph: 1, quote: Lee will attend }
                  - { source: first, paragraph: 1, quote: Ann Lee of the United States would attend }
                  - { source: second, paragraph: 1, quote: an official said }
            """).Bind();

        Assert.Empty(result.Diagnostics);
        var claimant = Claim(result, "attendance").SourcedAt(Field(result, "claimant"))!;
        Assert.False(claimant.IsExplicit);
        Assert.Equal(["second", "first"], claimant.Entries.Select(e => e.SourceId));
        Assert.All(claimant.Entries, e => Assert.Equal(new ReferenceValue("ann"), e.Value));
        // A field with no value has no entries: nothing is said for it.
        Assert.Null(Claim(result, "attendance").SourcedAt(Field(result, "when")));
    }

    [Fact]
    public void A_union_reference_takes_a_fact_of_any_member_kind_and_names_the_members_when_it_is_wrong()
    {
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: by-a-person
                claimant: ann
                citations: [{ source: first, paragraph: 1, quote: Ann Lee of the United States would attend }]
              - id: by-a-country
                claimant: france
                citations: [{ source: first, paragraph: 1, quote: France said }]
              - id: by-a-source
                claimant: first
                citations: [{ source: first, paragraph: 1, quote: France said }]
            """).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0014", 10, 15, "The field 'claimant' must name a Party (Country, Person), but 'first' is a Source", Path: "facts/claims.yaml"));
        Assert.Equal(new ReferenceValue("ann"), Claim(result, "by-a-person").Values[Field(result, "claimant")]);
        Assert.Equal(new ReferenceValue("france"), Claim(result, "by-a-country").Values[Field(result, "claimant")]);
        Assert.Null(Claim(result, "by-a-source").Values[Field(result, "claimant")]);
    }

    [Fact]
    public void A_reference_is_grounded_by_an_alias_at_word_boundaries_only()
    {
        // 'second' ¶2 reads "Spain stayed away. The USSR is long gone.": the alias 'US' is not in 'USSR'.
        var countries = ProvenanceCorpus.Countries.Replace("aliases: [U.S., Washington]", "aliases: [US, Washington]");
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: absent
                claimant: united-states
                about: [spain]
                citations: [{ source: second, paragraph: 2, quote: Spain stayed away }]
              - id: objected
                claimant: united-states
                citations: [{ source: first, paragraph: 2, quote: Washington sent no one else }]
            """, countries).Bind();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "FG0040");
        Assert.Equal((4, 15), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("searched for 'United States', 'US', 'Washington'", diagnostic.Message, System.StringComparison.Ordinal);
        // Ann's country (the United States in 'first' paragraph 1, by its name) is checked too.
        Assert.Equal((4, 3, 1, 0), (result.Grounding!.Checked, result.Grounding.Grounded, result.Grounding.Ungrounded, result.Grounding.Inferred));
    }

    [Fact]
    public void An_inferred_fact_s_ungrounded_values_are_counted_not_warned()
    {
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: guessed
                claimant: united-states
                about: [spain]
                basis: inferred
                note: The article implies Spain's view from its absence.
                citations: [{ source: first, paragraph: 2, quote: The U.S. objected }]
            """).Bind();

        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FG0040");
        // Ann's country in people.yaml is grounded; the inferred fact's claimant and Spain are counted
        // as inferred without a search, though 'The U.S.' is in the paragraph: the curator says the
        // fact is a conclusion, and a word that happens to be there must not pass it off as stated.
        Assert.Equal((3, 1, 0, 2), (result.Grounding!.Checked, result.Grounding.Grounded, result.Grounding.Ungrounded, result.Grounding.Inferred));
    }

    [Fact]
    public void A_field_listed_as_inferred_is_counted_not_warned_and_needs_a_note()
    {
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: guessed
                claimant: united-states
                about: [spain]
                inferred: [about]
                citations: [{ source: first, paragraph: 2, quote: The U.S. objected }]
              - id: typo
                claimant: united-states
                inferred: [abut]
                note: A typo in the list of inferred fields.
                citations: [{ source: first, paragraph: 2, quote: The U.S. objected }]
            """).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0069", 3, 9, "The Claim 'guessed' lists inferred fields (about) but has no note saying how their values are known", Path: "facts/claims.yaml"),
            new Expected("FG0006", 10, 16, "The kind Claim has no field 'abut'; did you mean 'about'?", Path: "facts/claims.yaml"));
        var guessed = Claim(result, "guessed");
        Assert.False(guessed.IsInferred);
        Assert.Equal(["about"], guessed.InferredFields);
        Assert.True(guessed.IsInferredField("about"));
        Assert.False(guessed.IsInferredField("claimant"));
        // The claimant is grounded ('The U.S.'); Spain is counted as inferred, not warned.
        Assert.Equal((4, 3, 0, 1), (result.Grounding!.Checked, result.Grounding.Grounded, result.Grounding.Ungrounded, result.Grounding.Inferred));
    }

    [Fact]
    public void A_fact_without_a_name_is_grounded_by_a_paragraph_both_facts_cite()
    {
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: official-view
                claimant: an-official
                citations: [{ source: second, paragraph: 1, quote: an official said }]
            """).Bind();

        Assert.Empty(result.Diagnostics);
        // Under the default rule, by name, the nameless official is tied by the paragraph both cite.
        Assert.Contains(result.Grounding!.Values, v => v.FactId == "official-view" && v.Outcome == GroundingOutcome.SharedCitation && v.Paragraph == 1);
        Assert.Equal((2, 2, 0, 0), (result.Grounding!.Checked, result.Grounding.Grounded, result.Grounding.Ungrounded, result.Grounding.Inferred));
    }

    [Fact]
    public void Without_the_articles_nothing_is_grounded_or_counted()
    {
        var builder = new CorpusBuilder().Schema(ProvenanceCorpus.Schema)
            .File("facts/sources.yaml", ProvenanceCorpus.Sources)
            .File("facts/countries.yaml", ProvenanceCorpus.Countries)
            .File("facts/claims.yaml", """
                kind: Claim
                facts:
                  - id: absent
                    claimant: united-states
                    about: [spain]
                    citations: [{ source: second, paragraph: 2, quote: Spain stayed away }]
                """);
        var result = builder.Bind();

        Assert.Empty(result.Diagnostics);
        Assert.Null(result.Grounding);
    }

    [Fact]
    public void Aliases_are_bound_in_order_and_an_empty_alias_is_refused()
    {
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: attendance
                claimant: france
                aliases: [the claim, ""]
                citations: [{ source: first, paragraph: 1, quote: France said }]
            """).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0007", 5, 26, "The field 'aliases' expects a name, but the value is ''", Path: "facts/claims.yaml"));
        Assert.Equal(["the claim"], Claim(result, "attendance").Aliases);
        var country = result.Model.Kinds.Single(k => k.Schema.Name == "Country").Facts.Single(f => f.Id == "united-states");
        Assert.Equal(["U.S.", "Washington"], country.Aliases);
    }

    [Fact]
    public void A_value_for_a_source_left_out_is_dropped_and_the_next_source_s_value_shown()
    {
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: timing
                claimant: { first: france, second: an-official }
                when: { frist: Friday, second: next week }
                citations:
                  - { source: first, paragraph: 1, quote: France said on Friday }
                  - { source: second, paragraph: 1, quote: Lee will attend next week }
            """).Bind();

        Assert.Equal("FG0041", Assert.Single(result.Diagnostics).Id);
        var claim = Claim(result, "timing");
        Assert.Equal(["second"], claim.SourcedAt(Field(result, "when"))!.Entries.Select(e => e.SourceId));
        Assert.Equal(new StringValue("next week"), claim.Values[Field(result, "when")]);
    }

    [Fact]
    public void One_value_on_a_per_source_field_must_be_named_in_each_cited_source()
    {
        // The claim cites 'first' (naming the U.S.) and 'second' (which does not): one value says
        // both articles name the claimant, so 'second' is searched on its own and found wanting.
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: objection
                claimant: united-states
                citations:
                  - { source: first, paragraph: 2, quote: The U.S. objected }
                  - { source: second, paragraph: 2, quote: Spain stayed away }
            """).Bind();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("FG0040", 4, 15), (diagnostic.Id, diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("is not named in the paragraphs 'objection' cites from 'second' (second ¶2)", diagnostic.Message, System.StringComparison.Ordinal);
        Assert.Contains("give 'claimant' a value per source for the sources that state it", diagnostic.Message, System.StringComparison.Ordinal);
        // Ann's country, and the claimant once per cited source.
        Assert.Equal((3, 2, 1, 0), (result.Grounding!.Checked, result.Grounding.Grounded, result.Grounding.Ungrounded, result.Grounding.Inferred));
    }

    [Fact]
    public void A_reference_to_a_source_is_grounded_by_citing_it_and_a_source_stands_on_its_own_article()
    {
        var schema = ProvenanceCorpus.Schema
            .Replace("      file: { type: string, required: true }\n", "      file: { type: string, required: true }\n      outlet: { type: reference, kind: Country }\n")
            .Replace("      summary: { type: text }\n", "      summary: { type: text }\n      reportedIn: { type: reference, kind: Source }\n");
        var sources = ProvenanceCorpus.Sources.Replace("    file: first.txt\n", "    file: first.txt\n    outlet: france\n")
            .Replace("    file: second.txt\n", "    file: second.txt\n    outlet: spain\n");
        var result = new CorpusBuilder().Schema(schema)
            .File("facts/sources.yaml", sources)
            .File("facts/countries.yaml", ProvenanceCorpus.Countries)
            .File("facts/people.yaml", ProvenanceCorpus.People)
            .File("facts/claims.yaml", """
                kind: Claim
                facts:
                  - id: cited
                    claimant: { first: france }
                    reportedIn: first
                    citations:
                      - { source: second, paragraph: 1, quote: an official said }
                      - { source: first, paragraph: 1, quote: France said }
                  - id: not-cited
                    claimant: france
                    reportedIn: second
                    citations: [{ source: first, paragraph: 1, quote: France said }]
                """)
            .Source("first.txt", ProvenanceCorpus.First)
            .Source("second.txt", ProvenanceCorpus.Second)
            .Bind();

        // first's outlet France is in its own article; second's outlet Spain in its; 'not-cited'
        // names 'second' but cites only 'first'.
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("FG0072", 11, 17), (diagnostic.Id, diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.StartsWith("The Source 'second' in 'reportedIn' is a source, which stands on the paragraphs of its article, and shares no paragraph with the paragraphs 'not-cited' cites (first ¶1)", diagnostic.Message, System.StringComparison.Ordinal);
    }
}
