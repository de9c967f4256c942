using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Tests;

/// <summary>
/// Citations checked against the articles, in the corners the diagnostic examples leave out: a
/// source kind whose file field is not its first, a source with no file or with an article not
/// given, a quote found in the headline, a paragraph cited only by a fact left out as a duplicate.
/// </summary>
public sealed class ArticleCheckTests
{
    private const string People = "facts/people.yaml";
    private const string Sources = "facts/sources.yaml";

    /// <summary>The source kind's <c>file</c> comes after another field.</summary>
    private const string Schema = """
        kinds:
          Source:
            plural: Sources
            source: true
            fields:
              title: { type: string }
              file: { type: string, required: true }
          Person:
            plural: People
            fields:
              name: { type: string }
              evidence: { type: citation }
        """;

    private static FactDiagnostic[] Check(string sources, string people) =>
        new CorpusBuilder().Schema(Schema).File(Sources, sources).File(People, people)
            .Source("s1.txt", CorpusBuilder.Article).Diagnostics().ToArray();

    /// <summary>ann cites both body paragraphs of s1.txt, each with a quote that is in it.</summary>
    private const string AnnCitesBoth = """
        kind: Person
        facts:
          - id: ann
            citations:
              - { source: s1, paragraph: 1, quote: Ann visited Paris }
              - { source: s1, paragraph: 2, quote: the mayor }

        """;

    private const string S1 = "kind: Source\nfacts:\n  - id: s1\n    title: Paris\n    file: s1.txt\n";

    [Fact]
    public void A_source_kind_whose_file_is_not_its_first_field_is_checked_like_any()
    {
        DiagnosticAssert.Exactly(Check(S1, AnnCitesBoth));
    }

    [Fact]
    public void A_citation_of_a_source_whose_article_was_not_given_is_not_checked_and_the_article_is_missing()
    {
        var diagnostics = Check(S1 + "  - id: s2\n    file: s2.txt\n", AnnCitesBoth + "      - { source: s2, paragraph: 7, quote: anything }\n");

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0031", 7, 11, "The source 's2' names the file 's2.txt', which is not among the source files given", Path: Sources));
    }

    [Fact]
    public void A_source_without_a_file_is_reported_once_and_checked_no_further()
    {
        var diagnostics = Check(S1 + "  - id: s2\n    title: none\n", AnnCitesBoth);

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0005", 6, 9, "The Source 's2' has no 'file', which is required", Path: Sources));
    }

    [Fact]
    public void A_quote_from_the_headline_cited_as_a_body_paragraph_is_sent_to_paragraph_0()
    {
        var diagnostics = Check(S1, AnnCitesBoth.Replace("Ann visited Paris", "Ann visits Paris"));

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0018", 5, 44, "The quote is not in paragraph 1 of 's1'; it is in paragraph 0: cite that paragraph", Path: People));
    }

    [Fact]
    public void A_paragraph_cited_only_in_a_field_of_a_fact_left_out_as_a_duplicate_is_still_cited()
    {
        var diagnostics = Check(S1, """
            kind: Person
            facts:
              - id: ann
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
              - id: ann
                evidence: { source: s1, paragraph: 2, quote: the mayor }
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """);

        Assert.Equal(["FG0012", "FG0012"], diagnostics.Select(d => d.Id));
    }
}
