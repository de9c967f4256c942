using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Reading;
using Xunit;

namespace FactGen.Core.Tests;

/// <summary>
/// Every mistake in one pass (issue 27): a file that is not valid YAML still yields its kind, its
/// facts before the error and the ids it declares, so the other files' checks run; and checks that
/// do not depend on each other each report, whatever the others found (issue 25).
/// </summary>
public sealed class RecoveryTests
{
    private const string Sources = "facts/sources.yaml";
    private const string People = "facts/people.yaml";
    private const string Countries = "facts/countries.yaml";

    [Fact]
    public void A_syntax_error_an_unknown_id_a_misquote_an_enum_typo_and_an_ungrounded_value_all_report_in_one_pass()
    {
        var diagnostics = new CorpusBuilder()
            .File(Sources, CorpusBuilder.SourcesFile)
            .File(Countries, """
                kind: Country
                facts:
                  - id: france
                    name: France
                    citations: [{ source: s1, paragraph: 1, quote: Paris }]
                  - id: spain
                    name: [Spain
                """)
            .File(People, """
                kind: Person
                facts:
                  - id: ann
                    name: Ann
                    country: atlantis
                    citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
                  - id: bob
                    name: Bob
                    role: envoyy
                    citations: [{ source: s1, paragraph: 2, quote: She met the mayr }]
                  - id: cy
                    name: Cy
                    country: france
                    citations: [{ source: s1, paragraph: 2, quote: She met the mayor }]
                """)
            .Source("s1.txt", CorpusBuilder.Article)
            .Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0001", 7, 11, "The file is not valid YAML: the list opened with '[' at line 7, column 11 is not closed with ']'", Path: Countries),
            // countries.yaml declares 'france' and 'spain', not 'atlantis'; it cites s1, whose coverage alone waits.
            new Expected("FG0039", 7, 11, "This file could not be bound, so FactGen did not check which paragraphs of 's1' no fact cites; fix that first", Path: Countries),
            Expected.Containing("FG0013", 5, 14, "No Country has the id 'atlantis'", People),
            Expected.Containing("FG0008", 9, 11, "'envoyy' is not a value of 'role'", People),
            Expected.Containing("FG0018", 10, 52, "The quote is not in paragraph 2 of 's1'", People),
            Expected.Containing("FG0040", 13, 14, "The Country 'france' in 'country' is not named in the paragraphs 'cy' cites", People));
    }

    [Fact]
    public void The_facts_before_a_syntax_error_are_bound_and_checked()
    {
        var result = new CorpusBuilder()
            .File(Sources, CorpusBuilder.SourcesFile)
            .File(People, """
                kind: Person
                facts:
                  - id: ann
                    name: Ann
                    role: mayor
                    citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
                  - id: bob
                    name: [Bob
                """)
            .Bind();

        Assert.Equal(["FG0008", "FG0001"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal("ann", result.Diagnostics[0].FactId);
        Assert.Equal(["ann"], result.Model.Kinds.Single(k => k.Schema.Name == "Person").Facts.Select(f => f.Id));
    }

    [Theory]
    [InlineData("kind: Person\nfacts:\n  - id: ann\n  bad: [\n", "Person", new[] { "ann" }, new string[0])]
    [InlineData("kind: 'Country'\nfacts:\n  - { id: fr, citations: [{ source: s1 }] }\n  - { \"id\": es, x: [ }\n", "Country", new[] { "fr", "es" }, new[] { "s1" })]
    [InlineData("facts:\n\t- id: x\n", null, new[] { "x" }, new string[0])]
    public void A_file_that_is_not_valid_yaml_still_tells_its_kind_ids_and_cited_sources(string text, string? kind, string[] ids, string[] sources)
    {
        var file = ParsedFile.Read("facts/broken.yaml", text, ReadLimits.Default);

        Assert.Null(file.Root);
        var recovered = Assert.IsType<RecoveredFile>(file.Recovered);
        Assert.Equal(kind, recovered.Kind);
        Assert.Equal(ids, recovered.Ids);
        Assert.Equal(sources, recovered.Sources);
    }

    [Fact]
    public void An_unknown_kind_in_one_file_and_a_misnamed_article_in_the_sources_both_report()
    {
        var diagnostics = new CorpusBuilder()
            .File(Sources, "kind: Source\nfacts:\n  - id: s1\n    file: s1.text\n")
            .File(People, "kind: Persn\nfacts:\n  - id: ann\n")
            .Source("s1.txt", CorpusBuilder.Article)
            .Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            Expected.Containing("FG0004", 1, 7, "The kind 'Persn' is not declared in the schema", People),
            new Expected("FG0031", 4, 11, "The source 's1' names the file 's1.text', which is not among the source files given", Path: Sources));
    }
}
