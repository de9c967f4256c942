using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using Xunit;

namespace FactGen.Core.Tests;

/// <summary>
/// The corners of value-level provenance that a mutation run of the new code found untested:
/// how unions are written, a source cited only through a citation field, a sources file that
/// could not be bound, what the grounding check counts and says when there is little to go on.
/// </summary>
public sealed class ProvenanceEdgeTests
{
    private const string Claims = "facts/claims.yaml";

    /// <summary>The provenance schema with a citation field on Claim (<c>evidence</c>).</summary>
    private static readonly string WithEvidence = ProvenanceCorpus.Schema.Replace(
        "      summary: { type: text }\n", "      summary: { type: text }\n      evidence: { type: citation }\n", System.StringComparison.Ordinal);

    private static BindResult Bind(string claims, string? schema = null) =>
        ProvenanceCorpus.With(claims).Schema(schema ?? ProvenanceCorpus.Schema).Bind();

    private static BoundFact Claim(BindResult result, string id) =>
        result.Model.Kinds.Single(k => k.Schema.Name == "Claim").Facts.Single(f => f.Id == id);

    private static int Field(BindResult result, string name) =>
        result.Model.Kinds.Single(k => k.Schema.Name == "Claim").Schema.IndexOfField(name);

    private static Schema.SchemaModel Union(string unions) =>
        CorpusBuilder.LoadSchema(ProvenanceCorpus.Schema.Replace("unions:\n  Party: [Country, Person]", unions.TrimEnd('\n'), System.StringComparison.Ordinal));

    [Fact]
    public void A_union_is_written_as_a_list_or_as_members_with_a_description()
    {
        var schema = Union("unions:\n  Party:\n    description: Who claims.\n    members: [Country, Person]\n");

        Assert.True(schema.IsValid, string.Join("\n", schema.Diagnostics));
        var party = Assert.Single(schema.Unions);
        Assert.Equal(("Party", "Who claims."), (party.Name, party.Description));
        Assert.Equal(["Country", "Person"], party.Members);
        Assert.Equal(["Country", "Person"], schema.KindsOf("Party"));
        Assert.Equal(["Country"], schema.KindsOf("Country"));
        // An empty 'unions:' declares none: the field pointing at Party is then FG0022, and nothing else.
        Assert.Equal("FG0022", Assert.Single(Union("unions: ~\n").Diagnostics).Id);
    }

    [Theory]
    [InlineData("unions: [Country, Person]\n", "FG0058", "The 'unions:' must be a mapping of union names to their member kinds (Party: [Country, Person])")]
    [InlineData("unions:\n  party: [Country, Person]\n", "FG0057", "The union name must be a PascalCase C# name (Party); it is 'party'")]
    [InlineData("unions:\n  Party: Country\n", "FG0058", "The union 'Party' must be a list of member kinds: Party: [Country, Person]")]
    [InlineData("unions:\n  Party: { member: [Country, Person] }\n", "FG0056", "The union 'Party' has the unknown key 'member'; did you mean 'members'?")]
    [InlineData("unions:\n  Party: [Country]\n", "FG0045", "The union 'Party' cannot be compiled: a union needs at least two member kinds; point the field at the kind itself")]
    [InlineData("unions:\n  Party: [Country, [Person]]\n", "FG0044", "The union 'Party' lists '', which is not a kind the schema declares")]
    public void A_union_written_wrong_is_refused_with_what_to_write(string unions, string id, string message)
    {
        var schema = Union(unions);

        Assert.False(schema.IsValid);
        Assert.Contains(schema.Diagnostics, d => d.Id == id && d.Message == message);
    }

    [Fact]
    public void An_unknown_member_is_left_out_of_the_union_and_the_rest_kept()
    {
        var schema = Union("unions:\n  Party: [Country, Persn, Person]\n");

        Assert.Equal("FG0044", Assert.Single(schema.Diagnostics).Id);
        Assert.Equal(["Country", "Person"], Assert.Single(schema.Unions).Members);
    }

    [Fact]
    public void A_source_cited_only_through_a_citation_field_counts_as_cited()
    {
        // 'second' is cited only by the evidence field: a value for it is allowed, one value stands
        // for it too, and the evidence paragraph is searched for what the claim names.
        var result = Bind("""
            kind: Claim
            facts:
              - id: attendance
                claimant: { second: an-official }
                words: [will attend]
                evidence: { source: second, paragraph: 1, quote: an official said }
                citations: [{ source: first, paragraph: 1, quote: France said }]
            """, WithEvidence);

        Assert.Empty(result.Diagnostics);
        var claim = Claim(result, "attendance");
        Assert.Equal(["first", "second"], claim.SourcedAt(Field(result, "words"))!.Entries.Select(e => e.SourceId));
        Assert.Equal(["second"], claim.SourcedAt(Field(result, "claimant"))!.Entries.Select(e => e.SourceId));
        Assert.Equal((2, 2, 0, 0), (result.Grounding!.Checked, result.Grounding.Grounded, result.Grounding.Ungrounded, result.Grounding.Inferred));
    }

    [Fact]
    public void A_mapping_on_a_one_value_field_is_FG0043_only_when_every_key_is_a_cited_source()
    {
        var result = Bind("""
            kind: Claim
            facts:
              - id: cited-through-evidence
                claimant: france
                summary: { second: France speaks }
                evidence: { source: second, paragraph: 1, quote: an official said }
                citations: [{ source: first, paragraph: 1, quote: France said }]
              - id: mixed-keys
                claimant: france
                summary: { first: France speaks, text: more }
                citations: [{ source: first, paragraph: 1, quote: France said }]
              - id: empty
                claimant: france
                summary: {}
                citations: [{ source: first, paragraph: 1, quote: France said }]
            """, WithEvidence);

        DiagnosticAssert.Exactly(result.Diagnostics.Where(d => d.Id != "FG0040"),
            new Expected("FG0043", 5, 14, "The field 'summary' of Claim takes one value, not a value per source; give one value, or mark the field 'perSource: true' in the schema", Path: Claims),
            new Expected("FG0007", 10, 14, "The field 'summary' expects text, but the value is a mapping", Path: Claims),
            new Expected("FG0007", 14, 14, "The field 'summary' expects text, but the value is a mapping", Path: Claims));
    }

    [Fact]
    public void A_per_source_mapping_with_no_value_is_one_finding_and_the_fact_leaves_the_model()
    {
        var yaml = """
            kind: Claim
            facts:
              - id: silent
                claimant: { first: ~ }
                when: { second: next week, first: Friday }
                citations:
                  - { source: first, paragraph: 1, quote: France said on Friday }
                  - { source: second, paragraph: 1, quote: Lee will attend next week }
            """.Replace("claimant:", "about: [france]\n    claimant:", System.StringComparison.Ordinal);
        var result = Bind(yaml,
            ProvenanceCorpus.Schema.Replace("claimant: { type: reference, kind: Party, perSource: true,", "claimant: { type: reference, kind: Party, perSource: true, required: true,", System.StringComparison.Ordinal));

        Assert.Contains(result.Diagnostics, d => d.Id == "FG0007" && d.Message == "The field 'claimant' expects a value for the source 'first' (leave the source out when it states none), but the value is empty");
        // The value is there in the wrong shape: one finding, not FG0005 on top (issue 26); and a
        // fact without its required value is not in the model, lest a lowered error read null.
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FG0005");
        Assert.DoesNotContain(result.Model.Kinds.SelectMany(k => k.Facts), f => f.Id == "silent");
        // With the field optional the fact stays, without the value; values by source are kept in
        // field order, whatever order the file gives them in.
        var optional = Bind(yaml, ProvenanceCorpus.Schema);
        var claim = Claim(optional, "silent");
        Assert.Null(claim.Values[Field(optional, "claimant")]);
        Assert.Equal(claim.BySource.Select(s => s.FieldIndex).OrderBy(i => i), claim.BySource.Select(s => s.FieldIndex));
    }

    [Theory]
    [InlineData("aliases: Blinken", "FG0007", "The field 'aliases' expects a list of names, but the value is 'Blinken'")]
    [InlineData("inferred: about", "FG0007", "The field 'inferred' expects a list of the fact's fields whose values are inferred, but the value is 'about'")]
    [InlineData("inferred: [[about]]", "FG0006", "The kind Claim has no field ''")]
    public void The_built_in_lists_take_lists(string entry, string id, string message)
    {
        var result = Bind($$"""
            kind: Claim
            facts:
              - id: odd
                claimant: france
                {{entry}}
                note: A note.
                citations: [{ source: first, paragraph: 1, quote: France said }]
            """);

        Assert.Equal((id, message), result.Diagnostics.Select(d => (d.Id, d.Message)).Single());
        Assert.Empty(Claim(result, "odd").InferredFields);
        Assert.Empty(Claim(result, "odd").Aliases);
    }

    [Fact]
    public void Empty_built_in_lists_are_no_error()
    {
        var result = Bind("""
            kind: Claim
            facts:
              - id: plain
                claimant: france
                aliases: ~
                inferred: ~
                citations: [{ source: first, paragraph: 1, quote: France said }]
            """);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void A_per_source_key_into_a_sources_file_that_could_not_be_read_is_counted_not_reported()
    {
        // more-sources.yaml may hold 'third': the key is counted in FG0039; 'frist', a typo of a
        // source that exists, is still reported.
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: timing
                claimant: france
                when: { third: Friday, frist: Monday }
                citations: [{ source: first, paragraph: 1, quote: France said on Friday }]
            """).File("facts/more-sources.yaml", "kind: Source\nfacts:\n  - id: third\n    file: [third.txt\n").Bind();

        Assert.Contains(result.Diagnostics, d => d.Id == "FG0041" && d.Message.StartsWith("'frist' is not a source", System.StringComparison.Ordinal));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FG0041" && d.Message.StartsWith("'third'", System.StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == "FG0039" && d.Message.Contains("1 reference to 'third', an id no other file defines", System.StringComparison.Ordinal));
        Assert.Null(Claim(result, "timing").SourcedAt(Field(result, "when")));
    }

    [Fact]
    public void A_value_for_an_uncited_source_is_left_out_of_the_model_and_not_grounded()
    {
        var result = Bind("""
            kind: Claim
            facts:
              - id: timing
                claimant: { first: france, second: ann }
                when: { first: Friday, second: next week }
                citations: [{ source: first, paragraph: 1, quote: France said on Friday }]
            """);

        Assert.Equal(["FG0042", "FG0042"], result.Diagnostics.Select(d => d.Id));
        var claim = Claim(result, "timing");
        Assert.Equal(["first"], claim.SourcedAt(Field(result, "when"))!.Entries.Select(e => e.SourceId));
        Assert.Equal(["first"], claim.SourcedAt(Field(result, "claimant"))!.Entries.Select(e => e.SourceId));
        // Ann's country and France for 'first': ann for 'second' is gone, so it is not searched.
        Assert.Equal((2, 2, 0, 0), (result.Grounding!.Checked, result.Grounding.Grounded, result.Grounding.Ungrounded, result.Grounding.Inferred));
    }

    [Fact]
    public void A_reference_of_the_wrong_kind_or_into_an_article_not_given_is_not_counted()
    {
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: wrong-kind
                claimant: first
                citations: [{ source: first, paragraph: 1, quote: France said }]
              - id: unread
                claimant: { second: an-official }
                about: [spain]
                citations:
                  - { source: second, paragraph: 2, quote: Spain stayed away }
                  - { source: second, paragraph: 1, quote: an official said }
            """).Bind();

        Assert.Contains(result.Diagnostics, d => d.Id == "FG0014");
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "FG0040");
        // Ann's country, the official and Spain: the Source in 'claimant' is out of the model.
        Assert.Equal((3, 3, 0, 0), (result.Grounding!.Checked, result.Grounding.Grounded, result.Grounding.Ungrounded, result.Grounding.Inferred));

        var unread = new CorpusBuilder().Schema(ProvenanceCorpus.Schema)
            .File("facts/sources.yaml", ProvenanceCorpus.Sources)
            .File("facts/countries.yaml", ProvenanceCorpus.Countries)
            .File("facts/people.yaml", ProvenanceCorpus.People)
            .File("facts/claims.yaml", """
                kind: Claim
                facts:
                  - id: unread
                    claimant: united-states
                    about: [spain]
                    citations: [{ source: second, paragraph: 2, quote: Spain stayed away }]
                """)
            .Source("first.txt", ProvenanceCorpus.First)
            .Bind();
        // second.txt was not given: Spain and the US cannot be looked for there (FG0031 says why).
        Assert.Contains(unread.Diagnostics, d => d.Id == "FG0031");
        Assert.DoesNotContain(unread.Diagnostics, d => d.Id == "FG0040");
        Assert.Equal((1, 1, 0, 0), (unread.Grounding!.Checked, unread.Grounding.Grounded, unread.Grounding.Ungrounded, unread.Grounding.Inferred));
    }

    [Fact]
    public void Any_cited_paragraph_may_ground_a_fact_without_a_name_or_a_source()
    {
        var result = Bind("""
            kind: Claim
            facts:
              - id: official-view
                claimant: { second: an-official }
                citations:
                  - { source: second, paragraph: 2, quote: Spain stayed away }
                  - { source: second, paragraph: 1, quote: an official said }
            """);

        // One of the two paragraphs of 'second' it cites is the one the official's fact cites.
        Assert.Empty(result.Diagnostics);
        Assert.Equal((2, 2, 0, 0), (result.Grounding!.Checked, result.Grounding.Grounded, result.Grounding.Ungrounded, result.Grounding.Inferred));
    }

    [Fact]
    public void A_fact_that_cites_nothing_or_a_paragraph_past_the_end_is_told_so_without_failing()
    {
        var result = Bind("""
            kind: Claim
            facts:
              - id: uncited
                claimant: { first: france }
                about: [france]
              - id: past-the-end
                claimant: united-states
                about: [spain]
                citations:
                  - { source: first, paragraph: 2, quote: Washington sent }
                  - { source: first, paragraph: 1, quote: France said }
                  - { source: first, paragraph: 3, quote: nothing }
            """);

        Assert.Contains(result.Diagnostics, d => d.Id == "FG0040" && d.Message.StartsWith("The Country 'france' in 'about' is not named in 'uncited' cites no paragraph;", System.StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Id == "FG0017");
        // Spain is searched for in every paragraph cited, the one past the end too, which holds nothing.
        Assert.Single(result.Diagnostics, d => d.Id == "FG0040" && d.Message.StartsWith("The Country 'spain' in 'about' is not named in the paragraphs 'past-the-end' cites (first ¶1, ¶2, ¶3)", System.StringComparison.Ordinal));
        Assert.NotNull(result.Grounding);
    }

    [Fact]
    public void The_paragraphs_searched_are_listed_by_source_in_order()
    {
        var result = Bind("""
            kind: Claim
            facts:
              - id: far
                claimant: { first: france }
                about: [spain]
                citations:
                  - { source: first, paragraph: 2, quote: The U.S. objected }
                  - { source: first, paragraph: 1, quote: France said }
                  - { source: second, paragraph: 1, quote: an official said }
            """);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("The Country 'spain' in 'about' is not named in the paragraphs 'far' cites (first ¶1, ¶2; second ¶1); searched for 'Spain'. "
            + "Cite a paragraph that names it, add the name the article uses to the 'aliases' of 'spain', or list 'about' in the 'inferred' of 'far' with a note that says how it is known", diagnostic.Message);
    }

    /// <summary>
    /// A target with nothing to look for in the text (no name, no aliases) and no citation of its
    /// own: the message says it cites none, and what to do about it.
    /// </summary>
    [Fact]
    public void A_target_with_no_name_and_no_citation_is_said_to_cite_none()
    {
        var people = ProvenanceCorpus.People + "\n  - id: nameless\n    title: an aide\n";
        var result = new CorpusBuilder().Schema(ProvenanceCorpus.Schema)
            .File("facts/sources.yaml", ProvenanceCorpus.Sources)
            .File("facts/countries.yaml", ProvenanceCorpus.Countries)
            .File("facts/people.yaml", people)
            .File(Claims, """
                kind: Claim
                facts:
                  - id: aide-view
                    claimant: nameless
                    citations: [{ source: first, paragraph: 1, quote: France said }]
                """)
            .Source("first.txt", ProvenanceCorpus.First)
            .Source("second.txt", ProvenanceCorpus.Second)
            .Bind();

        var diagnostic = Assert.Single(result.Diagnostics, d => d.Id == "FG0072");
        // 'claimant' is per source: the one value is checked against each source cited, here 'first'.
        Assert.Equal("The Person 'nameless' in 'claimant' has no name to look for, and shares no paragraph with the paragraphs 'aide-view' cites from 'first' (first ¶1); it cites none. "
            + "Cite in both facts the paragraph that ties them, give 'claimant' a value per source for the sources that state it, "
            + "or list 'claimant' in the 'inferred' of 'aide-view' with a note that says how it is known", diagnostic.Message);
    }

    /// <summary>
    /// A source stands on every paragraph of its own article, the headline (¶0) and the last one
    /// included; a cited headline is searched for names as any other paragraph is.
    /// </summary>
    [Fact]
    public void A_source_stands_on_its_whole_article_and_a_cited_headline_is_searched()
    {
        var schema = ProvenanceCorpus.Schema
            .Replace("      file: { type: string, required: true }\n", "      file: { type: string, required: true }\n      outlet: { type: reference, kind: Country, list: true }\n", System.StringComparison.Ordinal);
        // 'second' names Spain only in its last paragraph, and France nowhere.
        var sources = ProvenanceCorpus.Sources.Replace("    file: second.txt", "    file: second.txt\n    outlet: [spain, france]", System.StringComparison.Ordinal);
        var first = ProvenanceCorpus.First.Replace("Talks in Paris", "Spain and France meet", System.StringComparison.Ordinal);
        var result = new CorpusBuilder().Schema(schema)
            .File("facts/sources.yaml", sources)
            .File("facts/countries.yaml", ProvenanceCorpus.Countries)
            .File("facts/people.yaml", ProvenanceCorpus.People)
            .File(Claims, """
                kind: Claim
                facts:
                  - id: headline
                    about: [spain]
                    citations: [{ source: first, paragraph: 0, quote: Spain and France meet }]
                """)
            .Source("first.txt", first)
            .Source("second.txt", ProvenanceCorpus.Second)
            .Bind();

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FG0040", diagnostic.Id);
        Assert.StartsWith("The Country 'france' in 'outlet' is not named in the paragraphs 'second' cites (second ¶0, ¶1, ¶2);", diagnostic.Message, System.StringComparison.Ordinal);
    }

    /// <summary>
    /// A citation of an unknown source is taken out of the fact, and only it: a valid citation in
    /// a citation field of the same fact stays, so the source it cites still counts as cited.
    /// </summary>
    [Fact]
    public void Taking_out_a_citation_of_an_unknown_source_keeps_the_facts_valid_field_citation()
    {
        var result = Bind("""
            kind: Claim
            facts:
              - id: attendance
                claimant: { second: an-official }
                evidence: { source: second, paragraph: 1, quote: an official said }
                citations:
                  - { source: first, paragraph: 1, quote: France said }
                  - { source: nowhere, paragraph: 1, quote: France said }
            """, WithEvidence);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("FG0016", 8, 19), (diagnostic.Id, diagnostic.Span.Line, diagnostic.Span.Column));
        var claim = Claim(result, "attendance");
        Assert.Equal(["first"], claim.Citations.Select(c => c.SourceId));
        Assert.Equal(["second"], claim.SourcedAt(Field(result, "claimant"))!.Entries.Select(e => e.SourceId));
        // Ann's country, and the official, grounded by the evidence paragraph the official's fact cites too.
        Assert.Equal((2, 2, 0, 0), (result.Grounding!.Checked, result.Grounding.Grounded, result.Grounding.Ungrounded, result.Grounding.Inferred));
    }
}
