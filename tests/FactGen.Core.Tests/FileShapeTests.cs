using System.Linq;
using FactGen.Core.Binding;
using FactGen.Tests;

namespace FactGen.Core.Tests;

/// <summary>
/// The shape of a fact file (a mapping of <c>kind:</c> and a list under <c>facts:</c>): what is
/// refused, what is an empty file rather than a broken one, and which broken files may hide facts,
/// so that a reference to an id no file defines is counted once (FG0039) rather than reported as a
/// typo (FG0013) while such a file is there.
/// </summary>
public sealed class FileShapeTests
{
    private const string People = "facts/people.yaml";
    private const string Broken = "facts/broken.yaml";

    private static CorpusBuilder WithPeople(string people) =>
        new CorpusBuilder().File("facts/sources.yaml", CorpusBuilder.SourcesFile).File(People, people);

    /// <summary>ann, who names a country no file defines.</summary>
    private const string AnnOfAtlantis = "kind: Person\nfacts:\n  - id: ann\n    name: Ann\n    country: atlantis\n    citations: [{ source: s1, paragraph: 1, quote: q }]\n";

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("~\n")]
    [InlineData("null\n")]
    [InlineData("kind: Person\nfacts:\n")]
    [InlineData("kind: Person\nfacts: ~\n")]
    [InlineData("kind: Person\nfacts: []\n")]
    public void An_empty_file_or_an_empty_list_of_facts_is_no_facts_and_no_problem(string yaml)
    {
        var result = WithPeople(yaml).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics);
        Assert.Empty(result.Model.Kinds.Single(k => k.Schema.Name == "Person").Facts);
    }

    [Theory]
    [InlineData("kind: Person\nfacts: 3\n", "FG0054", 2, 8, "'facts:' must be a list of facts, each starting with '- id:'")]
    [InlineData("kind: Person\nfacts: { id: ann }\n", "FG0054", 2, 8, "'facts:' must be a list of facts, each starting with '- id:'")]
    [InlineData("kind: Person\nfacts:\n  - ann\n", "FG0055", 3, 5, "Each fact is a mapping of fields, starting with 'id:'")]
    [InlineData("- kind: Person\n", "FG0003", 1, 1, "A fact file is a mapping with 'kind:' (a kind from the schema) and 'facts:' (a list of facts)")]
    [InlineData("facts: []\n", "FG0003", 1, 1, "A fact file is a mapping with 'kind:' (a kind from the schema) and 'facts:' (a list of facts)")]
    public void A_file_of_the_wrong_shape_is_reported_where_the_shape_breaks(string yaml, string id, int line, int column, string message)
    {
        DiagnosticAssert.Exactly(WithPeople(yaml).Diagnostics(), new Expected(id, line, column, message, Path: People));
    }

    [Fact]
    public void A_kind_that_is_not_a_plain_value_is_an_unknown_kind_with_no_name()
    {
        DiagnosticAssert.Exactly(WithPeople("kind: [Person]\nfacts: []\n").Diagnostics(),
            new Expected("FG0004", 1, 7, "The kind '' is not declared in the schema", Path: People));
    }

    [Theory]
    [InlineData("- id: atlantis\n")] // FG0003: no kind
    [InlineData("kind: Persn\nfacts:\n  - id: atlantis\n")] // FG0004: an unknown kind, so any kind
    [InlineData("kind: Country\nfact:\n  - id: atlantis\n")] // FG0003: the facts under the wrong key
    [InlineData("kind: Country\nfacts: { id: atlantis }\n")] // FG0003: facts that are not a list
    [InlineData("kind: Country\nfacts:\n  - id: atlantis\n  bad: [\n")] // FG0001: not readable, but its kind and ids are
    [InlineData("kind: Country\nfacts:\n  - { id: atlantis, name: [Atlantis }\n")] // FG0001 in a flow-style fact
    public void While_a_file_that_may_define_an_id_cannot_be_bound_a_reference_to_it_is_held_back_not_reported(string broken)
    {
        var diagnostics = WithPeople(AnnOfAtlantis).File(Broken, broken).Diagnostics();

        Assert.DoesNotContain(diagnostics, d => d.Id == "FG0013");
        var skipped = Assert.Single(diagnostics, d => d.Id == "FG0039");
        Assert.Equal(Broken, skipped.Span.Path);
        Assert.Equal("This file could not be bound, so FactGen did not check 1 reference to 'atlantis', an id no other file defines; fix that first", skipped.Message);
        // Listed right after its cause, at the same place.
        var cause = diagnostics.First(d => d.Span.Path == Broken && d.Severity == FactGen.Core.Diagnostics.FactDiagnosticSeverity.Error);
        Assert.Equal((cause.Span.Line, cause.Span.Column), (skipped.Span.Line, skipped.Span.Column));
        Assert.Equal(diagnostics.ToList().IndexOf(cause) + 1, diagnostics.ToList().IndexOf(skipped));
    }

    [Theory]
    [InlineData("kind: Country\n")] // a kind and no facts: nothing is hidden
    [InlineData("kind: Country\nfacts:\n  - atlantis\n")] // a list item that is not a fact is reported, and hides no id
    [InlineData("kind: Person\nfacts: 3\n")] // may hide people, not the country ann names
    [InlineData("kind: Person\nfact:\n  - id: x\n")]
    [InlineData("kind: Country\nfacts: 3\n")] // declares no id at all
    [InlineData("kind: Persn\nfacts:\n  - id: lemuria\n")] // declares another id
    [InlineData("kind: Country\nfacts:\n  - id: lemuria\n  bad: [\n")] // not readable, and declares another id
    [InlineData("kind: Person\nfacts:\n  - id: atlantis\n  bad: [\n")] // not readable, and holds people, not countries
    [InlineData("# nothing\n")]
    public void A_file_that_cannot_define_the_id_leaves_a_reference_to_it_reported_as_unknown(string other)
    {
        var diagnostics = WithPeople(AnnOfAtlantis).File(Broken, other).Diagnostics();

        Assert.DoesNotContain(diagnostics, d => d.Id == "FG0039");
        Assert.Single(diagnostics, d => d.Id == "FG0013");
    }

    [Fact]
    public void A_reference_held_back_is_said_once_at_the_first_file_that_may_define_it()
    {
        var corpus = WithPeople(AnnOfAtlantis);
        for (var i = 1; i <= 3; i++) corpus.File($"facts/broken-{i}.yaml", "kind: Persn\nfacts:\n  - id: atlantis\n");

        var skipped = Assert.Single(corpus.Diagnostics(), d => d.Id == "FG0039");

        Assert.Equal(("facts/broken-1.yaml", 1, 7), (skipped.Span.Path, skipped.Span.Line, skipped.Span.Column));
        Assert.Equal("This file could not be bound, so FactGen did not check 1 reference to 'atlantis', an id no other file defines; fix that first", skipped.Message);
    }

    [Fact]
    public void With_the_articles_given_a_broken_file_holds_back_the_coverage_of_the_articles_it_cites_only()
    {
        var diagnostics = new CorpusBuilder()
            .File("facts/sources.yaml", "kind: Source\nfacts:\n  - id: s1\n    file: s1.txt\n  - id: s2\n    file: s2.txt\n")
            .File(People, "kind: Person\nfacts:\n  - id: ann\n    name: Ann\n    citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]\n")
            .File(Broken, "kind: Persn\nfacts:\n  - { id: bob, citations: [{ source: s1, paragraph: 2, quote: She met }] }\n")
            .Source("s1.txt", CorpusBuilder.Article)
            .Source("s2.txt", CorpusBuilder.Article)
            .Diagnostics();

        // Paragraph 2 of s1 is cited by no fact here, but the broken file cites s1: held back. It
        // does not cite s2, whose paragraphs no fact cites: reported.
        var skipped = Assert.Single(diagnostics, d => d.Id == "FG0039");
        Assert.Equal("This file could not be bound, so FactGen did not check which paragraphs of 's1' no fact cites; fix that first", skipped.Message);
        Assert.Equal(["Paragraph 1 of 's2' is cited by no fact", "Paragraph 2 of 's2' is cited by no fact"], diagnostics.Where(d => d.Id == "FG0028").Select(d => d.Message));
    }
}
