using FactGen.Core.Diagnostics;
using Xunit;

namespace FactGen.Core.Tests;

// The diagnostics of value-level provenance (issue 14): grounding, values per source, unions.
public sealed partial class DiagnosticTests
{
    private const string Claims = "facts/claims.yaml";

    [Fact]
    public void FG0040_a_reference_no_cited_paragraph_names_is_a_warning_at_the_value()
    {
        var diagnostics = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: objection
                claimant: united-states
                about: [spain]
                citations: [{ source: first, paragraph: 2, quote: The U.S. objected }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0040", 5, 13, "The Country 'spain' in 'about' is not named in the paragraphs 'objection' cites (first ¶2); searched for 'Spain'. "
                + "Cite a paragraph that names it, add the name the article uses to the 'aliases' of 'spain', or list 'about' in the 'inferred' of 'objection' with a note that says how it is known", Path: Claims));
        Assert.Equal(FactDiagnosticSeverity.Warning, diagnostics[0].Severity);
    }

    [Fact]
    public void FG0072_a_value_given_for_one_source_is_searched_for_in_that_source_only()
    {
        // Ann is named in 'first' and, as Lee, in 'second'; the official only in 'second'. Given for
        // 'first', the official is not in any paragraph of 'first' the claim cites, though the claim
        // cites 'second' too: a value per source is backed by its own source's words.
        var diagnostics = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: attendance
                claimant: { first: an-official, second: ann }
                citations:
                  - { source: first, paragraph: 1, quote: France said on Friday }
                  - { source: second, paragraph: 1, quote: Lee will attend }
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            Expected.Containing("FG0072", 4, 24, "The Person 'an-official' in 'claimant' has no name to look for, and shares no paragraph with the paragraphs 'attendance' cites from 'first' (first ¶1); it cites second ¶1.", Claims),
            // Two people as one claimant's per-source values: issue 29's check.
            Expected.Containing("FG0076", 4, 45, "The 'claimant' of 'attendance' is the Person 'an-official' in 'first' but the Person 'ann' in 'second'", Claims));
    }

    [Fact]
    public void FG0041_a_per_source_key_that_is_not_a_source()
    {
        var diagnostics = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: timing
                claimant: france
                when: { frist: Friday }
                citations: [{ source: first, paragraph: 1, quote: France said on Friday }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0041", 5, 13, "'frist' is not a source: a value per source is keyed by the id of a source; did you mean 'first'?", Path: Claims));
    }

    [Fact]
    public void FG0042_a_per_source_value_for_a_source_the_fact_does_not_cite()
    {
        var diagnostics = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: timing
                claimant: france
                when: { first: Friday, second: next week }
                citations: [{ source: first, paragraph: 1, quote: France said on Friday }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0042", 5, 28, "The Claim 'timing' gives a value for the source 'second' but cites no paragraph of it; cite the paragraph that states the value", Path: Claims));
    }

    [Fact]
    public void FG0043_a_value_per_source_on_a_field_that_takes_one_value()
    {
        var diagnostics = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: timing
                claimant: france
                summary: { first: France speaks for Ann }
                citations: [{ source: first, paragraph: 1, quote: France said on Friday }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0043", 5, 14, "The field 'summary' of Claim takes one value, not a value per source; give one value, or mark the field 'perSource: true' in the schema", Path: Claims));
    }

    [Fact]
    public void FG0043_is_not_reported_for_a_mapping_whose_keys_are_not_cited_sources()
    {
        // Keys that name no cited source are not a value per source: just the wrong type.
        var diagnostics = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: timing
                claimant: france
                summary: { text: France speaks for Ann }
                citations: [{ source: first, paragraph: 1, quote: France said on Friday }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0007", 5, 14, "The field 'summary' expects text, but the value is a mapping", Path: Claims));
    }

    [Fact]
    public void FG0044_a_union_member_that_is_not_a_kind()
    {
        var schema = Edit(ProvenanceCorpus.Schema, "Party: [Country, Person]", "Party: [Country, Persn]");
        var diagnostics = new CorpusBuilder().Schema(schema).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0044", 26, 20, "The union 'Party' lists 'Persn', which is not a kind the schema declares; did you mean 'Person'?", Path: "facts/schema.yaml"));
    }

    [Fact]
    public void FG0045_a_union_that_lists_a_kind_twice()
    {
        var schema = Edit(ProvenanceCorpus.Schema, "Party: [Country, Person]", "Party: [Country, Country]");
        var diagnostics = new CorpusBuilder().Schema(schema).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0045", 26, 20, "The union 'Party' cannot be compiled: it lists the kind 'Country' twice", Path: "facts/schema.yaml"));
    }

    [Fact]
    public void FG0045_a_union_named_like_a_kind_or_whose_interface_is_taken()
    {
        var named = Edit(ProvenanceCorpus.Schema, "Party: [Country, Person]", "Country: [Country, Person]");
        DiagnosticAssert.Exactly(new CorpusBuilder().Schema(named).Diagnostics(),
            Expected.Containing("FG0022", 20, 42, "The field 'claimant' refers to the kind 'Party'", "facts/schema.yaml"),
            Expected.Containing("FG0045", 26, 3, "The union 'Country' cannot be compiled: a kind has the same name", "facts/schema.yaml"));

        // IFact is the interface every record implements: a union 'Fact' would declare it again.
        var taken = Edit(ProvenanceCorpus.Schema, "Party: [Country, Person]", "Fact: [Country, Person]");
        taken = Edit(taken, "kind: Party,", "kind: Fact,");
        DiagnosticAssert.Exactly(new CorpusBuilder().Schema(taken).Diagnostics(),
            new Expected("FG0045", 26, 3, "The union 'Fact' cannot be compiled: its interface 'IFact' is already a type FactGen generates", Path: "facts/schema.yaml"));
    }
}
