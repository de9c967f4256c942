using System.Linq;
using FactGen.Core.Binding;
using FactGen.Tests;

namespace FactGen.Core.Tests;

/// <summary>
/// The fields every fact has besides its kind's (<c>id</c>, <c>citations</c>, <c>basis</c>,
/// <c>note</c>), and when a required list counts as missing: each with the exact diagnostics.
/// </summary>
public sealed class BuiltInFieldTests
{
    private const string Teams = "facts/teams.yaml";

    private const string Schema = SchemaPreamble.SourceKind + """
          Team:
            plural: Teams
            fields:
              members: { type: int, list: true, required: true }
        """;

    /// <summary>Binds one Team, t, with the given lines after its id (each indented four spaces).</summary>
    private static BindResult Bind(string lines) =>
        new CorpusBuilder().Schema(Schema).File("facts/sources.yaml", SchemaPreamble.ArticleSource)
            .File(Teams, "kind: Team\nfacts:\n  - id: t\n" + lines).Bind();

    private static BoundFact Team(BindResult result) => result.Model.Kinds.Single(k => k.Schema.Name == "Team").Facts.Single();

    [Theory]
    [InlineData("    basis: stated\n", false)]
    [InlineData("    basis: inferred\n    note: From the photo.\n", true)]
    public void A_basis_of_stated_or_inferred_is_taken(string lines, bool inferred)
    {
        var result = Bind("    members: [1]\n" + lines + SchemaPreamble.ArticleCitation);

        DiagnosticAssert.Exactly(result.Diagnostics);
        Assert.Equal(inferred, Team(result).IsInferred);
    }

    [Theory]
    [InlineData("infered", "'infered' is not a value of 'basis'; allowed values: stated, inferred; did you mean 'inferred'?")]
    [InlineData("stat", "'stat' is not a value of 'basis'; allowed values: stated, inferred; did you mean 'stated'?")]
    [InlineData("[stated]", "'a list' is not a value of 'basis'; allowed values: stated, inferred")]
    public void Another_basis_is_FG0008_with_a_suggestion_when_it_is_written_as_a_value(string basis, string message)
    {
        DiagnosticAssert.Exactly(Bind($"    members: [1]\n    basis: {basis}\n" + SchemaPreamble.ArticleCitation).Diagnostics,
            new Expected("FG0008", 5, 12, message, Path: Teams));
    }

    private static readonly Expected NoCitation =
        new("FG0019", 3, 9, "The Team 't' cites no source; every fact except a source needs at least one citation", Path: Teams);

    [Theory]
    [InlineData("    citations: ~\n")]
    [InlineData("    citations: []\n")]
    public void An_empty_citations_entry_is_no_citation(string citations)
    {
        DiagnosticAssert.Exactly(Bind("    members: [1]\n" + citations).Diagnostics,
            NoCitation);
    }

    [Fact]
    public void Citations_that_are_not_a_list_are_FG0007_and_count_as_none()
    {
        // Only a non-empty list counts as a citations entry that was written (and told what is wrong with it).
        DiagnosticAssert.Exactly(Bind("    members: [1]\n    citations: article\n").Diagnostics,
            NoCitation,
            new Expected("FG0007", 5, 16, "The field 'citations' expects a list of { source, paragraph, quote }, but the value is 'article'", Path: Teams));
    }

    [Fact]
    public void A_note_that_is_not_text_is_FG0007()
    {
        DiagnosticAssert.Exactly(Bind("    members: [1]\n    note: [a]\n" + SchemaPreamble.ArticleCitation).Diagnostics,
            new Expected("FG0007", 5, 11, "The field 'note' expects text, but the value is a list", Path: Teams));
    }

    [Theory]
    [InlineData("basys", "basis")]
    [InlineData("nte", "note")]
    [InlineData("citation", "citations")]
    public void An_unknown_field_close_to_a_built_in_one_suggests_it(string key, string suggestion)
    {
        DiagnosticAssert.Exactly(Bind($"    members: [1]\n    {key}: x\n" + SchemaPreamble.ArticleCitation).Diagnostics,
            Expected.Containing("FG0006", 5, 5, $"The kind Team has no field '{key}'; did you mean '{suggestion}'?", Teams));
    }

    [Fact]
    public void A_required_list_written_empty_is_missing()
    {
        DiagnosticAssert.Exactly(Bind("    members: []\n" + SchemaPreamble.ArticleCitation).Diagnostics,
            new Expected("FG0005", 3, 9, "The Team 't' has no 'members', which is required", Path: Teams));
    }

    [Fact]
    public void A_required_list_whose_items_are_all_wrong_is_reported_for_the_items_not_as_missing()
    {
        DiagnosticAssert.Exactly(Bind("    members: [x]\n" + SchemaPreamble.ArticleCitation).Diagnostics,
            Expected.Containing("FG0007", 4, 15, "expects", Teams));
    }
}
