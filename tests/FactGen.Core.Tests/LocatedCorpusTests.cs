using System.Linq;
using FactGen.Core.Binding;
using Xunit;

namespace FactGen.Core.Tests;

/// <summary>
/// The located corpus (issue 25): every fact, value, reference and citation with its place, each
/// diagnostic said of its fact and entry, and each quote's match in the printed article; what the
/// report and the language server read instead of scanning the YAML again.
/// </summary>
public sealed class LocatedCorpusTests
{
    private const string People = """
        kind: Person
        facts:
          - id: ann
            name: Ann
            role: mayor
            country: fr
            citations:
              - { source: s1, paragraph: 1, quote: Ann  visited Paris }
          - { id: bob, name: Bob, role: envoyy, citations: [{ source: s1, paragraph: 2, quote: met the mayor }] }
        """;

    private const string Countries = """
        kind: Country
        facts:
          - id: fr
            name: France
            citations: [{ source: s1, paragraph: 1, quote: Paris }]
        """;

    private static BindResult Bind() => new CorpusBuilder()
        .File("facts/sources.yaml", CorpusBuilder.SourcesFile)
        .File("facts/people.yaml", People)
        .File("facts/countries.yaml", Countries)
        .Source("s1.txt", "Ann visits Paris\n\nAnn visited\nParis on Monday.\n\nShe met the mayor.")
        .Bind();

    [Fact]
    public void Each_diagnostic_says_which_fact_and_entry_it_is_about_block_or_flow()
    {
        var result = Bind();
        var query = new CorpusQuery(result);

        var mayor = Assert.Single(result.Diagnostics, d => d.Id == "FG0008" && d.Message.StartsWith("'mayor'"));
        Assert.Equal(("ann", "role"), (mayor.FactId, mayor.Field));
        // The flow-style fact on one line: its error is its own, not the fact's before it.
        var envoy = Assert.Single(result.Diagnostics, d => d.Id == "FG0008" && d.Message.StartsWith("'envoyy'"));
        Assert.Equal(("bob", "role"), (envoy.FactId, envoy.Field));
        Assert.Equal(["FG0008"], query.DiagnosticsOf("bob").Select(d => d.Id));
        // A finding of the join (grounding, FG0040) is said of its fact and entry as well.
        var ungrounded = Assert.Single(result.Diagnostics, d => d.Id == "FG0040");
        Assert.Equal(("ann", "country"), (ungrounded.FactId, ungrounded.Field));
        Assert.Equal(["FG0008", "FG0040", "FG0008"], query.DiagnosticsIn("facts/people.yaml").Select(d => d.Id));
    }

    [Fact]
    public void A_position_finds_its_fact_and_innermost_value()
    {
        var query = new CorpusQuery(Bind());

        Assert.Equal("ann", query.FactAt("facts/people.yaml", 5, 12)?.Id);
        Assert.Equal("bob", query.FactAt("facts/people.yaml", 9, 40)?.Id);
        Assert.Null(query.FactAt("facts/people.yaml", 1, 3));
        var country = query.ValueAt("facts/people.yaml", 6, 15)!;
        Assert.Equal(("country", 6, 14), (country.Field, country.Span.Line, country.Span.Column));
        var citation = query.ValueAt("facts/people.yaml", 8, 3 + "    - { source: s1, paragraph: 1, quote: Ann".Length)!;
        Assert.Equal(("citations", 0), (citation.Field, citation.Item));
    }

    [Fact]
    public void An_id_has_one_definition_and_every_reference_to_it_located()
    {
        var query = new CorpusQuery(Bind());

        var definition = query.DefinitionSpan("fr")!;
        Assert.Equal(("facts/countries.yaml", 3, 9), (definition.Path, definition.Line, definition.Column));
        var reference = Assert.Single(query.ReferencesTo("fr"));
        Assert.Equal(("ann", "country", ReferenceRole.Value, 6, 14), (reference.From.Id, reference.Field, reference.Role, reference.Span.Line, reference.Span.Column));
        var sources = query.ReferencesTo("s1");
        Assert.Equal(3, sources.Count);
        Assert.All(sources, s => Assert.Equal((ReferenceRole.CitationSource, "citations"), (s.Role, s.Field)));
    }

    [Fact]
    public void A_quote_found_is_given_as_the_range_of_the_printed_paragraph_it_matched()
    {
        var result = Bind();
        var query = new CorpusQuery(result);

        var match = Assert.Single(query.MatchesOf("ann"));
        Assert.Equal(("s1", 1), (match.SourceId, match.Paragraph));
        var printed = SourceDocument.Parse("s1.txt", "Ann visits Paris\n\nAnn visited\nParis on Monday.\n\nShe met the mayor.").Printed[1];
        // The quote's double space and the article's line break both normalize to one space.
        Assert.Equal("Ann visited\nParis", printed.Substring(match.Start, match.Length));
        Assert.Equal(4, query.MatchesOf("bob").Single().Start);
        Assert.Equal(3, query.MatchesIn("s1").Count());
    }

    [Fact]
    public void The_model_holds_no_place_so_moving_a_fact_leaves_it_equal()
    {
        var moved = new CorpusBuilder()
            .File("facts/sources.yaml", CorpusBuilder.SourcesFile)
            .File("facts/people.yaml", "# a comment that moves every line\n\n" + People)
            .File("facts/countries.yaml", Countries)
            .Source("s1.txt", "Ann visits Paris\n\nAnn visited\nParis on Monday.\n\nShe met the mayor.")
            .Bind();
        var before = Bind();

        Assert.Equal(before.Model, moved.Model);
        Assert.NotEqual(before.Located, moved.Located);
    }
}
