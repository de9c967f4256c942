using System.Linq;
using FactGen.Core.Binding;
using FactGen.Tests;

namespace FactGen.Core.Tests;

/// <summary>
/// A required field's property is not nullable: a fact without a valid value for one is left out
/// of the model with its error, so a build whose error was lowered in .globalconfig never reads
/// null there (issue 26). References to it go with it, and a fact that loses a required reference
/// that way is left out in turn. RealBuildSeverityTests builds and runs such a project.
/// </summary>
public sealed class RequiredValueTests
{
    private const string Schema = SchemaPreamble.SourceKind + """
          Country:
            plural: Countries
            fields:
              name: { type: string, required: true }
              leader: { type: reference, kind: Person }
          Person:
            plural: People
            fields:
              name: { type: string, required: true }
              country: { type: reference, kind: Country, required: true }
              born: { type: date, required: true }
        """;

    private static BindResult Bind(string countries, string people) =>
        new CorpusBuilder().Schema(Schema)
            .File("facts/sources.yaml", SchemaPreamble.ArticleSource)
            .File("facts/countries.yaml", "kind: Country\nfacts:\n" + countries)
            .File("facts/people.yaml", "kind: Person\nfacts:\n" + people)
            .Bind();

    private static string[] Ids(BindResult result, string kind) =>
        result.Model.Kinds.Single(k => k.Schema.Name == kind).Facts.Select(f => f.Id).ToArray();

    [Fact]
    public void A_fact_missing_a_required_value_is_left_out_with_its_one_error()
    {
        var result = Bind(
            "  - id: fr\n    name: France\n" + SchemaPreamble.ArticleCitation,
            "  - id: ann\n    country: fr\n    born: 1990\n" + SchemaPreamble.ArticleCitation
            + "  - id: bob\n    name: Bob\n    country: fr\n    born: 1991\n" + SchemaPreamble.ArticleCitation);

        Assert.Equal(["FG0005"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal(["bob"], Ids(result, "Person"));
    }

    [Fact]
    public void A_required_value_in_the_wrong_type_leaves_the_fact_out_too()
    {
        var result = Bind(
            "  - id: fr\n    name: France\n" + SchemaPreamble.ArticleCitation,
            "  - id: ann\n    name: Ann\n    country: fr\n    born: yesterday\n" + SchemaPreamble.ArticleCitation);

        Assert.Equal(["FG0009"], result.Diagnostics.Select(d => d.Id));
        Assert.Empty(Ids(result, "Person"));
    }

    [Fact]
    public void References_to_a_fact_left_out_are_taken_out_and_a_required_one_leaves_its_fact_out_in_turn()
    {
        // fr has no name: left out. ann's required country is fr: left out in turn. uk's optional
        // leader is ann: uk stays, without a leader.
        var result = Bind(
            "  - id: fr\n" + SchemaPreamble.ArticleCitation + "  - id: uk\n    name: United Kingdom\n    leader: ann\n" + SchemaPreamble.ArticleCitation,
            "  - id: ann\n    name: Ann\n    country: fr\n    born: 1990\n" + SchemaPreamble.ArticleCitation);

        Assert.Equal(["FG0005"], result.Diagnostics.Select(d => d.Id));
        Assert.Equal(["uk"], Ids(result, "Country"));
        Assert.Empty(Ids(result, "Person"));
        var uk = result.Model.Kinds.Single(k => k.Schema.Name == "Country").Facts.Single();
        Assert.All(uk.Values.Skip(1), Assert.Null);
    }
}
