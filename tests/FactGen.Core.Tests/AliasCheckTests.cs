using System.Linq;
using FactGen.Core.Binding;
using Xunit;

namespace FactGen.Core.Tests;

/// <summary>Aliases are names (issue 29): shared ones are warned unless declared a metonymy, which the model keeps.</summary>
public sealed class AliasCheckTests
{
    [Fact]
    public void A_declared_metonymy_is_kept_in_the_model_with_its_alias_and_grounds_by_that_name()
    {
        // Spain is called "Washington" here only to have a name another fact (united-states) has.
        var countries = ProvenanceCorpus.Countries.Replace("name: Spain\n", "name: Spain\n    aliases: [{ name: Washington, metonymyOf: united-states }]\n", System.StringComparison.Ordinal);
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: sent
                claimant: spain
                citations: [{ source: first, paragraph: 2, quote: Washington sent no one else }]
            """, countries).Bind();

        Assert.Empty(result.Diagnostics);
        var spain = result.Model.Kinds.Single(k => k.Schema.Name == "Country").Facts.Single(f => f.Id == "spain");
        Assert.Equal(["Washington"], spain.Aliases);
        Assert.Equal([new Metonymy("Washington", "united-states")], spain.Metonymies);
        Assert.Contains(result.Grounding!.Values, v => v.FactId == "sent" && v.Outcome == GroundingOutcome.Name);
    }

    [Fact]
    public void Per_source_parties_of_different_kinds_are_left_to_the_curator()
    {
        // The country in one article, a person in the other: the check cannot know they differ.
        var diagnostics = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: attendance
                claimant: { first: united-states, second: ann }
                citations:
                  - { source: first, paragraph: 2, quote: The U.S. objected }
                  - { source: second, paragraph: 1, quote: Lee will attend }
            """).Diagnostics();

        Assert.DoesNotContain(diagnostics, d => d.Id == "FG0076");
    }

    [Fact]
    public void An_alias_given_as_a_mapping_without_metonymyOf_is_the_wrong_type()
    {
        var countries = ProvenanceCorpus.Countries.Replace("name: Spain\n", "name: Spain\n    aliases: [{ name: Madrid }]\n", System.StringComparison.Ordinal);
        var diagnostics = ProvenanceCorpus.With("kind: Claim\nfacts: []\n", countries).Diagnostics();

        Assert.Equal("FG0007", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void An_alias_that_is_not_well_formed_text_is_compared_as_written_and_never_crashes_the_check()
    {
        // A noncharacter (U+FFFF), which the YAML reader lets through and NFC refuses (found by the hardening round trip).
        var countries = ProvenanceCorpus.Countries.Replace("name: Spain\n", "name: Spain\n    aliases: [\"a\\uFFFFx\", \"a\\uFFFFx\"]\n", System.StringComparison.Ordinal);
        var diagnostics = ProvenanceCorpus.With("kind: Claim\nfacts: []\n", countries).Diagnostics();

        Assert.DoesNotContain(diagnostics, d => d.Id == "FG0034");
        Assert.Equal("FG0074", Assert.Single(diagnostics).Id);
    }
}
