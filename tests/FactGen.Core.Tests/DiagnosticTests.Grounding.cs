using Xunit;

namespace FactGen.Core.Tests;

// The diagnostics of honest grounding (issue 29): a shared paragraph, aliases that are names, per-source parties.
public sealed partial class DiagnosticTests
{
    [Fact]
    public void FG0072_a_topic_that_shares_no_paragraph_with_the_referring_fact()
    {
        var diagnostics = GroundingCorpus.With("""
            kind: Claim
            facts:
              - id: objection
                claimant: united-states
                topic: spain-topic
                citations: [{ source: first, paragraph: 2, quote: The U.S. objected }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0072", 5, 12, "The Topic 'spain-topic' in 'topic' is grounded by a common paragraph (grounding: shared-citation), and shares no paragraph with "
                + "the paragraphs 'objection' cites (first ¶2); it cites second ¶2. Cite in both facts the paragraph that ties them, or list 'topic' in the 'inferred' of 'objection' with a note that says how it is known", Path: Claims));
    }

    [Fact]
    public void FG0073_an_alias_that_is_another_fact_s_name_unless_declared_a_metonymy()
    {
        // Spain's 'Washington', declared the name of united-states, is not warned, nor is theirs.
        var countries = ProvenanceCorpus.Countries
            .Replace("aliases: [U.S., Washington]", "aliases: [U.S., Washington, France]", System.StringComparison.Ordinal)
            .Replace("name: Spain\n", "name: Spain\n    aliases: [{ name: Washington, metonymyOf: united-states }]\n", System.StringComparison.Ordinal);
        var diagnostics = ProvenanceCorpus.With("kind: Claim\nfacts: []\n", countries).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0073", 5, 33, "The alias 'France' of 'united-states' is also the name of the Country 'france': a paragraph that names one grounds a reference to either. "
                + "Remove it unless the articles use it as a name of 'united-states'; a deliberate metonymy (a capital for its government) is declared as { name: France, metonymyOf: france }", Path: "facts/countries.yaml"));
    }

    [Fact]
    public void FG0074_an_alias_repeated_within_a_fact()
    {
        var countries = ProvenanceCorpus.Countries.Replace("aliases: [U.S., Washington]", "aliases: [U.S., Washington, United States, \"U.S.\"]", System.StringComparison.Ordinal);
        var diagnostics = ProvenanceCorpus.With("kind: Claim\nfacts: []\n", countries).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0074", 5, 33, "The alias 'United States' of 'united-states' repeats its name; remove it", Path: "facts/countries.yaml"),
            new Expected("FG0074", 5, 48, "The alias 'U.S.' of 'united-states' repeats an earlier alias; remove it", Path: "facts/countries.yaml"));
    }

    [Fact]
    public void FG0075_a_metonymy_of_a_fact_that_does_not_have_that_name()
    {
        var countries = ProvenanceCorpus.Countries.Replace("name: Spain\n", "name: Spain\n    aliases: [{ name: Madrid, metonymyOf: france }]\n", System.StringComparison.Ordinal);
        var diagnostics = ProvenanceCorpus.With("kind: Claim\nfacts: []\n", countries).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0075", 12, 23, "The alias 'Madrid' of 'spain' is declared a metonymy of 'france', but no fact 'france' has the name or alias 'Madrid'. "
                + "Name the fact whose name 'Madrid' is, or make it a plain alias", Path: "facts/countries.yaml"));
    }

    [Fact]
    public void FG0076_a_per_source_party_that_is_two_different_people()
    {
        var diagnostics = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: attendance
                claimant: { first: ann, second: an-official }
                citations:
                  - { source: first, paragraph: 1, quote: Ann Lee of the United States would attend }
                  - { source: second, paragraph: 1, quote: an official said }
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0076", 4, 37, "The 'claimant' of 'attendance' is the Person 'ann' in 'first' but the Person 'an-official' in 'second': two facts of one kind are two parties, not one party in other words. "
                + "Give the one fact of that party for every source (its other names as aliases), or, if the articles attribute this to different parties, make a fact for each", Path: Claims));
    }
}
