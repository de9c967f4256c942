using System;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Tests;

namespace FactGen.Core.Tests;

/// <summary>
/// What joining the files does to the facts, seen through <see cref="Corpus.Bind"/>: what a
/// reference or citation that does not resolve takes out of its fact (and only that), which facts
/// a name clash leaves out, in what order files are read, and which facts stay the very objects
/// their file made (the generator's cache compares them).
/// </summary>
public sealed class JoinTests
{
    private const string People = "facts/people.yaml";
    private const string Sources = "facts/sources.yaml";

    private const string Schema = ValueTests.Schema;

    private const string Countries = "kind: Country\nfacts:\n  - id: fr\n    name: France\n" + SchemaPreamble.ArticleCitation;

    private static CorpusBuilder Corpus(string people) =>
        new CorpusBuilder().Schema(Schema).File(Sources, SchemaPreamble.ArticleSource).File("facts/countries.yaml", Countries).File(People, people);

    private static BoundFact Person(BindResult result, string id) =>
        result.Model.Kinds.Single(k => k.Schema.Name == "Person").Facts.Single(f => f.Id == id);

    private static FactValue? Field(BindResult result, string id, string field)
    {
        var kind = result.Model.Kinds.Single(k => k.Schema.Name == "Person");
        return Person(result, id).Values[kind.Schema.Fields.Select(f => f.Name).ToList().IndexOf(field)];
    }

    [Fact]
    public void A_reference_that_does_not_resolve_is_taken_out_and_the_facts_other_values_stay()
    {
        var result = Corpus("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                country: atlantis
                visited: [fr, atlantis, fr]
                citations: [{ source: article, paragraph: 1, quote: q }]
            """).Bind();

        Assert.Equal(["FG0013", "FG0013"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal(new StringValue("Ann"), Field(result, "ann", "name"));
        Assert.Null(Field(result, "ann", "country"));
        var visited = Assert.IsType<ListValue>(Field(result, "ann", "visited"));
        Assert.Equal([new ReferenceValue("fr"), new ReferenceValue("fr")], visited.Items);
        Assert.Equal(["article"], Person(result, "ann").Citations.Select(c => c.SourceId));
    }

    [Fact]
    public void A_citation_of_an_unknown_source_is_taken_out_and_not_checked_against_the_articles()
    {
        // With the articles given, a citation left in would be looked up among the sources it
        // does not name: taken out, it is reported once and the valid one is checked.
        var result = Corpus("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                evidence: { source: nowhere, paragraph: 1, quote: q }
                citations:
                  - { source: article, paragraph: 1, quote: q }
                  - { source: elsewhere, paragraph: 1, quote: q }
            """).Source("article.txt", "Title\n\nq").Bind();

        Assert.Equal(["FG0016", "FG0016"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal(["article"], Person(result, "ann").Citations.Select(c => c.SourceId));
        Assert.Null(Field(result, "ann", "evidence"));
    }

    [Fact]
    public void A_citation_that_names_a_fact_of_another_kind_is_reported_as_naming_the_wrong_kind()
    {
        var result = Corpus("""
            kind: Person
            facts:
              - id: ann
                citations: [{ source: fr, paragraph: 1, quote: q }]
            """).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0014", 4, 27, "The field 'source' must name a Source, but 'fr' is a Country", Path: People));
        Assert.Empty(Person(result, "ann").Citations);
    }

    [Fact]
    public void Facts_the_join_changes_nothing_in_are_the_very_objects_their_file_bound()
    {
        var schema = CorpusBuilder.LoadSchema(Schema);
        var files = new[]
        {
            ParsedFile.Read(Sources, SchemaPreamble.ArticleSource, ReadLimits.Default),
            ParsedFile.Read("facts/countries.yaml", Countries, ReadLimits.Default),
            ParsedFile.Read(People, "kind: Person\nfacts:\n  - id: ann\n    country: fr\n" + SchemaPreamble.ArticleCitation + "  - id: bob\n    country: atlantis\n" + SchemaPreamble.ArticleCitation, ReadLimits.Default),
        }.Select(f => Binding.Corpus.BindFile(schema, f)).ToList();

        var result = Binding.Corpus.Join(schema, files, null, ReadLimits.Default);

        var bound = files.SelectMany(f => f.Facts).ToDictionary(f => f.Fact.Id, f => f.Fact);
        var model = result.Model.Kinds.SelectMany(k => k.Facts).ToDictionary(f => f.Id);
        Assert.Equal(["article", "fr", "ann", "bob"], model.Keys);
        Assert.Same(bound["article"], model["article"]);
        Assert.Same(bound["fr"], model["fr"]);
        Assert.Same(bound["ann"], model["ann"]);
        Assert.NotSame(bound["bob"], model["bob"]); // its reference was taken out
        Assert.NotEqual(bound["bob"], model["bob"]);
    }


    [Fact]
    public void Files_are_joined_in_path_order_whatever_order_they_are_given_in()
    {
        var result = new CorpusBuilder().Schema(Schema).File(Sources, SchemaPreamble.ArticleSource)
            .File("facts/people-b.yaml", "kind: Person\nfacts:\n  - id: bob\n" + SchemaPreamble.ArticleCitation)
            .File("facts/people-a.yaml", "kind: Person\nfacts:\n  - id: ann\n" + SchemaPreamble.ArticleCitation)
            .Bind();

        DiagnosticAssert.Exactly(result.Diagnostics);
        Assert.Equal(["ann", "bob"], result.Model.Kinds.Single(k => k.Schema.Name == "Person").Facts.Select(f => f.Id));
    }

    [Fact]
    public void A_duplicate_id_in_another_file_names_that_file_and_one_in_the_same_file_its_line()
    {
        var result = new CorpusBuilder().Schema(Schema).File(Sources, SchemaPreamble.ArticleSource)
            .File("facts/people-a.yaml", "kind: Person\nfacts:\n  - id: ann\n" + SchemaPreamble.ArticleCitation + "  - id: ann\n" + SchemaPreamble.ArticleCitation)
            .File("facts/people-b.yaml", "kind: Person\nfacts:\n  - id: ann\n" + SchemaPreamble.ArticleCitation)
            .Bind();

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0012", 3, 9, "The id 'ann' is used more than once; the other use is at line 5, column 9", Path: "facts/people-a.yaml"),
            new Expected("FG0012", 3, 9, "The id 'ann' is used more than once; the other use is at facts/people-b.yaml(3,9)", Path: "facts/people-a.yaml"),
            new Expected("FG0012", 5, 9, "The id 'ann' is used more than once; the other use is at line 3, column 9", Path: "facts/people-a.yaml"),
            new Expected("FG0012", 3, 9, "The id 'ann' is used more than once; the other use is at facts/people-a.yaml(3,9)", Path: "facts/people-b.yaml"));
    }

    [Fact]
    public void Without_a_schema_the_first_fact_file_by_path_is_told_so()
    {
        var diagnostics = new CorpusBuilder().Schema(null)
            .File("facts/people-b.yaml", "kind: Person\nfacts: []\n")
            .File("facts/people-a.yaml", "kind: Person\nfacts: []\n")
            .Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0029", 1, 1, "No schema.yaml was found among the fact files; it declares the kinds of fact", Path: "facts/people-a.yaml"));
    }

    [Fact]
    public void An_empty_list_of_articles_is_no_articles_not_articles_that_are_all_missing()
    {
        var schema = CorpusBuilder.LoadSchema(Schema);
        var files = new[] { ParsedFile.Read(Sources, SchemaPreamble.ArticleSource, ReadLimits.Default) };

        var result = Binding.Corpus.Bind(schema, files, Array.Empty<SourceDocument>(), ReadLimits.Default);

        DiagnosticAssert.Exactly(result.Diagnostics);
    }

    [Fact]
    public void A_fact_past_the_fact_limit_may_be_what_another_names_so_naming_it_is_counted_not_reported()
    {
        // Files are joined in path order: ann (people) is kept, the source article (sources) is past the limit.
        var diagnostics = new CorpusBuilder().Schema(Schema).Limits(ReadLimits.Default with { MaxFacts = 1 })
            .File(Sources, SchemaPreamble.ArticleSource)
            .File(People, "kind: Person\nfacts:\n  - id: ann\n" + SchemaPreamble.ArticleCitation)
            .Diagnostics();

        Assert.Equal(["FG0027", "FG0039"], diagnostics.Select(d => d.Id).Order());
        Assert.Equal("This file could not be bound, so FactGen did not check 1 reference to 'article', an id no other file defines; fix that first",
            diagnostics.Single(d => d.Id == "FG0039").Message);
    }

    /// <summary>
    /// A file bound against one schema and joined under another (the generator caches each file's
    /// binding, so a schema edit reaches the join before every file is bound again): a fact whose
    /// kind the joining schema lacks is left out, not bound with no kind.
    /// </summary>
    [Fact]
    public void A_fact_of_a_kind_the_joining_schema_lacks_is_left_out_of_the_model()
    {
        var withCountry = CorpusBuilder.LoadSchema(Schema);
        var withoutCountry = CorpusBuilder.LoadSchema(SchemaPreamble.SourceKind);
        var files = new[]
        {
            Binding.Corpus.BindFile(withCountry, ParsedFile.Read(Sources, SchemaPreamble.ArticleSource, ReadLimits.Default)),
            Binding.Corpus.BindFile(withCountry, ParsedFile.Read("facts/countries.yaml", Countries, ReadLimits.Default)),
        };
        Assert.Equal(["fr"], files[1].Facts.Select(f => f.Fact.Id));

        var result = Binding.Corpus.Join(withoutCountry, files, null, ReadLimits.Default);

        DiagnosticAssert.Exactly(result.Diagnostics);
        Assert.Equal(["Source"], result.Model.Kinds.Select(k => k.Schema.Name));
        Assert.Equal(["article"], result.Model.Kinds.Single().Facts.Select(f => f.Id));
    }
}
