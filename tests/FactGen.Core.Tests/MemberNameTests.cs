using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Schema;
using FactGen.Tests;

namespace FactGen.Core.Tests;

/// <summary>
/// The C# names a schema and its facts become (<see cref="GeneratedNames"/>) as Core's checks use
/// them: a fact may not take a name its kind's class already has, two facts may not make one name,
/// and kinds whose names differ only in case get distinct hint names.
/// </summary>
public sealed class MemberNameTests
{
    private const string People = "facts/people.yaml";

    /// <summary>Person has an indexed field, country, whose lookup is ByCountry.</summary>
    private const string Schema = ValueTests.Schema;


    private static BindResult Bind(params string[] ids) =>
        new CorpusBuilder().Schema(Schema).File("facts/sources.yaml", SchemaPreamble.ArticleSource)
            .File(People, "kind: Person\nfacts:\n" + string.Concat(ids.Select(id => $"  - id: {id}\n" + SchemaPreamble.ArticleCitation)))
            .Bind();

    [Theory]
    [InlineData("all", "All")]
    [InlineData("get", "Get")]
    [InlineData("try-get", "TryGet")]
    [InlineData("count", "Count")]
    [InlineData("equals", "Equals")]
    [InlineData("reference-equals", "ReferenceEquals")]
    [InlineData("get-hash-code", "GetHashCode")]
    [InlineData("to-string", "ToString")]
    [InlineData("get-type", "GetType")]
    [InlineData("memberwise-clone", "MemberwiseClone")]
    [InlineData("finalize", "Finalize")]
    [InlineData("fact-data", "FactData")]
    [InlineData("people", "People")] // the static class itself
    [InlineData("person-ids", "PersonIds")] // the ids class itself
    [InlineData("by-country", "ByCountry")] // the lookup of the indexed field
    public void A_fact_named_like_a_member_its_class_has_is_reported_and_left_out(string id, string member)
    {
        Assert.Contains(member, GeneratedNames.ReservedFactMembers(CorpusBuilder.LoadSchema(Schema).FindKind("Person")!));

        var result = Bind("ann", id);

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0015", 5, 9, $"'{id}' becomes the C# name '{member}', a member the generated class already has", Path: People));
        Assert.Equal(["ann"], result.Model.Kinds.Single(k => k.Schema.Name == "Person").Facts.Select(f => f.Id));
    }

    [Fact]
    public void Each_later_fact_that_makes_a_taken_name_is_told_which_fact_took_it_first()
    {
        // a12b, a-12b and a1-2b all become A12b: a hyphen before a digit changes no case.
        var result = Bind("a12b", "a-12b", "a1-2b");

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0015", 5, 9, "'a-12b' becomes the C# name 'A12b', the same as 'a12b'", Path: People),
            new Expected("FG0015", 7, 9, "'a1-2b' becomes the C# name 'A12b', the same as 'a12b'", Path: People));
        Assert.Equal(["a12b"], result.Model.Kinds.Single(k => k.Schema.Name == "Person").Facts.Select(f => f.Id));
    }

    [Fact]
    public void A_reference_to_a_fact_left_out_for_its_name_is_taken_out_too()
    {
        var result = new CorpusBuilder().Schema(Schema).File("facts/sources.yaml", SchemaPreamble.ArticleSource)
            .File("facts/countries.yaml", "kind: Country\nfacts:\n  - id: all\n" + SchemaPreamble.ArticleCitation)
            .File(People, "kind: Person\nfacts:\n  - id: ann\n    country: all\n" + SchemaPreamble.ArticleCitation)
            .Bind();

        Assert.Equal(["FG0015"], result.Diagnostics.Select(d => d.Id));
        var people = result.Model.Kinds.Single(k => k.Schema.Name == "Person");
        Assert.Null(people.Facts.Single().Values[people.Schema.Fields.Select(f => f.Name).ToList().IndexOf("country")]);
    }

    [Fact]
    public void Kinds_whose_names_differ_only_in_case_get_numbered_hint_names_in_schema_order()
    {
        var schema = CorpusBuilder.LoadSchema(SchemaPreamble.SourceKind + SchemaPreamble.KindsDifferingInCase + """
              AbC:
                plural: AbCs
                fields:
                  label: { type: string }
            """);
        var kinds = schema.Kinds;
        KindSchema Kind(string name) => kinds.Single(k => k.Name == name);

        Assert.Equal("FactGen.Source.g.cs", GeneratedNames.KindHint(Kind("Source"), kinds));
        Assert.Equal("FactGen.Abc.g.cs", GeneratedNames.KindHint(Kind("Abc"), kinds));
        Assert.Equal("FactGen.ABC.2.g.cs", GeneratedNames.KindHint(Kind("ABC"), kinds));
        Assert.Equal("FactGen.AbC.3.g.cs", GeneratedNames.KindHint(Kind("AbC"), kinds));
        // A copy of a kind (equal, not the same object) stands where the kind of that name stands.
        Assert.Equal("FactGen.ABC.2.g.cs", GeneratedNames.KindHint(Kind("ABC") with { }, kinds));
    }
}
