using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Tests;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator.Tests.Naming;

/// <summary>
/// No schema makes two generated names the same (issue 16): for each way a reviewer found to make
/// them collide, either the model compiles with every name distinct, or a located FG error says what
/// to rename, and nothing else is reported (no CS8785, no AD0001, no C# error in a generated file).
/// </summary>
public class NameCollisionTests
{
    internal static string Kind(string name, string plural, string fields = "label: { type: string }") =>
        $"  {name}:\n    plural: {plural}\n    fields:\n      {fields}\n";

    internal static string Facts(string kind, params string[] ids) =>
        $"kind: {kind}\nfacts:\n" + string.Concat(ids.Select(id => $"  - id: {id}\n    citations: [{{ source: article, paragraph: 1, quote: q }}]\n"));

    /// <summary>Runs the generator; returns its diagnostics as "id file(line,col): message" and checks the output compiles.</summary>
    internal static List<string> Run(string kinds, params (string Name, string Text)[] facts)
    {
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText(Fixtures.Root + "schema.yaml", SchemaPreamble.SourceKind + kinds),
            new InMemoryAdditionalText(Fixtures.Root + "sources.yaml", SchemaPreamble.ArticleSource),
        };
        files.AddRange(facts.Select(f => (AdditionalText)new InMemoryAdditionalText(Fixtures.Root + f.Name, f.Text)));
        var result = GeneratorHarness.Run(files);
        var run = result.Run.Results.Single();
        Assert.Null(run.Exception);
        Assert.True(result.CompileDiagnostics.IsEmpty, "the generated code does not compile:\n" + string.Join("\n", result.CompileDiagnostics));
        var hints = run.GeneratedSources.Select(s => s.HintName.ToUpperInvariant()).ToList();
        Assert.Equal(hints.Count, hints.Distinct().Count());
        return result.Run.Diagnostics.Select(Describe).ToList();
    }

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var place = d.Location == Location.None ? "-" : $"{System.IO.Path.GetFileName(span.Path)}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
        return $"{d.Id} {place}: {d.GetMessage(CultureInfo.InvariantCulture)}";
    }

    private static IReadOnlyList<string> HintsOf(string kinds, params (string Name, string Text)[] facts)
    {
        var files = new List<AdditionalText>
        {
            new InMemoryAdditionalText(Fixtures.Root + "schema.yaml", SchemaPreamble.SourceKind + kinds),
            new InMemoryAdditionalText(Fixtures.Root + "sources.yaml", SchemaPreamble.ArticleSource),
        };
        files.AddRange(facts.Select(f => (AdditionalText)new InMemoryAdditionalText(Fixtures.Root + f.Name, f.Text)));
        return GeneratorHarness.Run(files).Run.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
    }

    [Theory]
    [InlineData("Support")]
    [InlineData("Shared")]
    [InlineData("DataReader")]
    public void A_kind_named_like_a_shared_file_compiles_beside_it(string name)
    {
        Assert.Empty(Run(Kind(name, name + "Items"), ("items.yaml", Facts(name, "one"))));
        Assert.Contains($"FactGen.{name}.g.cs", HintsOf(Kind(name, name + "Items"), ("items.yaml", Facts(name, "one"))));
    }

    [Theory]
    [InlineData("factBasis")]
    [InlineData("citation")]
    [InlineData("factDate")]
    [InlineData("facts")]
    public void A_field_named_like_a_support_type_compiles(string field)
    {
        // Inside the record the field's property hides the type of that name in expressions: the
        // record's own code names the support types from the global namespace down.
        Assert.Empty(Run(Kind("Thing", "Things", field + ": { type: string }\n      born: { type: date }"), ("things.yaml", Facts("Thing", "one"))));
    }

    [Fact]
    public void Kinds_that_differ_only_in_case_get_distinct_files_and_both_compile()
    {
        var kinds = Kind("Abc", "Abcs") + Kind("ABC", "ABCs");
        var facts = new[] { ("abc.yaml", Facts("Abc", "one")), ("abc-upper.yaml", Facts("ABC", "two")) };

        Assert.Empty(Run(kinds, facts));
        var hints = HintsOf(kinds, facts);
        Assert.Contains("FactGen.Abc.g.cs", hints);
        Assert.Contains("FactGen.ABC.2.g.cs", hints);
    }

    [Theory]
    [InlineData("IFact")]
    [InlineData("Citation")]
    [InlineData("FactBasis")]
    [InlineData("FactDate")]
    [InlineData("DatePrecision")]
    [InlineData("FactCatalog")]
    [InlineData("FactData")]
    public void A_kind_named_like_a_support_type_is_FG0015_at_the_kind(string name)
    {
        Assert.Equal(
            [$"FG0015 schema.yaml(7,3): '{name}' becomes the C# name '{name}', which is also a type FactGen generates"],
            Run(Kind(name, "Things")));
    }

    [Fact]
    public void A_kind_named_like_another_kinds_ids_class_is_FG0015()
    {
        Assert.Equal(
            ["FG0015 schema.yaml(11,3): 'PersonIds' becomes the C# name 'PersonIds', which is also generated for the kind 'Person'"],
            Run(Kind("Person", "People") + Kind("PersonIds", "PersonIdLists")));
    }

    [Fact]
    public void A_plural_named_like_another_kind_is_FG0015()
    {
        Assert.Equal(
            ["FG0015 schema.yaml(11,3): 'People' becomes the C# name 'People', which is also generated for the kind 'Person'"],
            Run(Kind("Person", "People") + Kind("People", "Peoples")));
    }

    [Fact]
    public void A_plural_equal_to_its_kind_is_FG0015()
    {
        Assert.Equal(
            // At the plural: line, with the plural to write (issue 27).
            ["FG0015 schema.yaml(8,13): 'Sheep' becomes the C# name 'Sheep', which is also the name of the kind's record; the plural names the kind's static class (Sheeps.All), so it must differ from the kind: write 'plural: Sheeps'"],
            Run(Kind("Sheep", "Sheep")));
    }

    [Fact]
    public void A_plural_named_like_a_member_of_its_class_is_FG0015()
    {
        Assert.Equal(
            ["FG0015 schema.yaml(7,3): 'All' becomes the C# name 'All', which is also a member of the class it names"],
            Run(Kind("Thing", "All")));
    }

    [Fact]
    public void A_kind_named_like_another_kinds_enum_type_is_FG0015()
    {
        Assert.Equal(
            ["FG0015 schema.yaml(11,3): 'PersonRole' becomes the C# name 'PersonRole', which is also generated for the kind 'Person'"],
            Run(Kind("Person", "People", "role: { type: enum, values: [envoy, minister] }") + Kind("PersonRole", "PersonRoles")));
    }

    [Theory]
    [InlineData("Aliases")]
    [InlineData("Id")]
    [InlineData("Note")]
    [InlineData("PrintMembers")]
    public void A_kind_named_like_a_member_of_its_record_is_FG0015(string name)
    {
        // Found by SchemaPropertyTests: a kind named like a record member declared, say, Id.Id (CS0542).
        Assert.Equal(
            [$"FG0015 schema.yaml(7,3): '{name}' becomes the C# name '{name}', which is also a member every record has or FactGen reserves"],
            Run(Kind(name, name + "Items")));
    }

    [Fact]
    public void An_enum_value_named_like_its_enum_compiles()
    {
        // Unlike a class member (CS0542), an enum member may share its enum's name.
        Assert.Empty(Run(Kind("Thing", "Things", "status: { type: enum, values: [a, thing-status] }"), ("things.yaml", Facts("Thing", "one"))));
    }

    [Fact]
    public void A_field_named_like_its_kind_is_FG0060()
    {
        Assert.Equal(
            ["FG0060 schema.yaml(10,7): The field name 'thing' is taken: every fact has id, citations, basis, note, aliases and inferred, and a field may not share its kind's name or a generated member's"],
            Run(Kind("Thing", "Things", "thing: { type: string }")));
    }

    [Theory]
    [InlineData("isInferred")]
    [InlineData("bySource")]
    [InlineData("equalityContract")]
    [InlineData("printMembers")]
    public void A_field_named_like_a_record_member_is_FG0060(string field)
    {
        Assert.Equal(
            [$"FG0060 schema.yaml(10,7): The field name '{field}' is taken: every fact has id, citations, basis, note, aliases and inferred, and a field may not share its kind's name or a generated member's"],
            Run(Kind("Thing", "Things", field + ": { type: string }")));
    }

    [Fact]
    public void A_kind_named_Link_and_a_field_named_link_compile_now_that_the_old_link_design_is_gone()
    {
        Assert.Empty(Run(Kind("Link", "Links", "linkInverses: { type: string }") + Kind("Thing", "Things", "link: { type: string }"),
            ("links.yaml", Facts("Link", "one")), ("things.yaml", Facts("Thing", "two"))));
    }

    [Fact]
    public void An_inverse_named_like_a_field_of_its_target_is_FG0023()
    {
        Assert.Equal(
            ["FG0023 schema.yaml(14,7): The inverse 'Label' on Person clashes with the field 'label' of Person"],
            Run(Kind("Person", "People") + Kind("Remark", "Remarks", "about: { type: reference, kind: Person, inverse: Label }")));
    }

    [Theory]
    [InlineData("all", "All")]
    [InlineData("try-get", "TryGet")]
    [InlineData("fact-data", "FactData")]
    [InlineData("things", "Things")]
    [InlineData("thing-ids", "ThingIds")]
    public void A_fact_named_like_a_member_of_its_class_is_FG0015_and_left_out(string id, string member)
    {
        Assert.Equal(
            [$"FG0015 things.yaml(3,9): '{id}' becomes the C# name '{member}', a member the generated class already has"],
            Run(Kind("Thing", "Things"), ("things.yaml", Facts("Thing", id, "kept"))));
    }

    [Fact]
    public void Two_facts_with_the_same_member_name_are_FG0015_for_the_second()
    {
        Assert.Equal(
            ["FG0015 things.yaml(5,9): 'a1' becomes the C# name 'A1', the same as 'a-1'"],
            Run(Kind("Thing", "Things"), ("things.yaml", Facts("Thing", "a-1", "a1"))));
    }
}
