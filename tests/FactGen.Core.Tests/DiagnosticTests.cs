using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;

namespace FactGen.Core.Tests;

/// <summary>
/// One test per diagnostic ID (CatalogTests checks that none is missing): each builds the smallest
/// corpus that triggers it and asserts the exact list of diagnostics, with message, line and
/// column. The YAML in each test is the example on its docs/diagnostics page.
/// </summary>
public sealed partial class DiagnosticTests
{
    private const string People = "facts/people.yaml";
    private const string Sources = "facts/sources.yaml";
    private const string Countries = "facts/countries.yaml";

    /// <summary>The schema, s1 in sources.yaml, and the given people file.</summary>
    private static CorpusBuilder WithPeople(string people) =>
        new CorpusBuilder().File(Sources, CorpusBuilder.SourcesFile).File(People, people);

    private static ReadLimits Limits(int maxFileSize = 10 * 1024 * 1024, int maxDepth = 64, long maxNodes = 1_000_000, int maxFacts = 1_000_000) =>
        new(maxFileSize, maxDepth, maxNodes, maxFacts);

    [Fact]
    public void A_valid_corpus_has_no_diagnostics()
    {
        var result = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                active: true
                age: 40
                born: 1984-02-29
                home: https://example.com/ann
                role: envoy
                citations:
                  - { source: s1, paragraph: 1, quote: Ann visited Paris }
                  - { source: s1, paragraph: 2, quote: She met the mayor }
            """).Source("s1.txt", CorpusBuilder.Article).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics);
        Assert.Equal(2, result.Model.Kinds.Sum(k => k.Facts.Count));
    }

    [Fact]
    public void FG0001_invalid_yaml_is_reported_where_the_parser_failed()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: "Ann
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0001", 4, 11, "The file is not valid YAML: the file ends inside a quoted value or a bracket: close it (While scanning a quoted scalar, found unexpected end of stream.)", Path: People));
    }

    [Fact]
    public void FG0001_a_bracket_left_open_is_reported_at_the_bracket()
    {
        // YamlDotNet's own words for this were "Operation is not valid due to the current state of the object."
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: [Ann, Annie
                role: envoy
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0001", 4, 11, "The file is not valid YAML: the list opened with '[' at line 4, column 11 is not closed with ']'", Path: People));
    }

    [Fact]
    public void FG0001_double_quotes_inside_a_double_quoted_value_are_not_called_an_indentation_error()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: "He said "no""
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0001", 4, 21, "The file is not valid YAML: text goes on after the value has ended, often after a closing quote: put the whole value in single quotes (quote: 'He said \"no\"'), or escape the inner double quotes (\\\") (While parsing a block mapping, did not find expected key.)", Path: People));
    }

    [Fact]
    public void FG0001_a_missing_comma_in_a_closed_list_is_not_called_an_unclosed_bracket()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: ["a" "b"]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0001", 4, 16, "The file is not valid YAML: a list written with '[' is not closed with ']', or its items are not separated by ',' (While parsing a flow sequence, did not find expected ',' or ']'.)", Path: People));
    }

    [Fact]
    public void FG0001_a_line_indented_out_of_its_list_says_so_in_plain_words()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
               role: envoy
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0001", 5, 4, "The file is not valid YAML: this line is not indented like the list it is in: line it up with the entries above it, or start a new entry with '- ' (While parsing a block collection, did not find expected '-' indicator.)", Path: People));
    }

    [Fact]
    public void FG0001_an_alias_to_no_anchor_is_invalid_yaml()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - *ann
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0001", 3, 5, "The file is not valid YAML: the alias '*ann' names no anchor defined before it", Path: People));
    }

    [Fact]
    public void FG0002_duplicate_key_is_reported_at_the_second_key_with_the_first_line()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                name: Bob
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0002", 5, 5, "The key 'name' appears more than once in this mapping; its first use is at line 4", Path: People));
    }

    [Fact]
    public void FG0003_a_file_that_is_not_a_kind_and_facts_mapping_is_not_a_fact_file()
    {
        var diagnostics = WithPeople("""
            - id: ann
              name: Ann
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0003", 1, 1, "A fact file is a mapping with 'kind:' (a kind from the schema) and 'facts:' (a list of facts)", Path: People));
    }

    [Fact]
    public void FG0004_unknown_kind_suggests_the_closest()
    {
        var diagnostics = WithPeople("""
            kind: Persn
            facts: []
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0004", 1, 7, "The kind 'Persn' is not declared in the schema; did you mean 'Person'?", Path: People));
    }

    [Fact]
    public void FG0005_missing_required_field_is_reported_at_the_id()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                age: 40
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0005", 3, 9, "The Person 'ann' has no 'name', which is required", Path: People));
    }

    [Fact]
    public void FG0005_a_fact_without_an_id_is_reported_at_the_fact()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - name: Ann
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0005", 3, 5, "The Person 'at line 3' has no 'id', which is required", Path: People));
    }

    [Fact]
    public void FG0006_unknown_field_suggests_the_closest()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                rol: envoy
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0006", 5, 5, "The kind Person has no field 'rol'; did you mean 'role'?", Path: People));
    }

    [Fact]
    public void FG0007_bool_field_given_yaml_1_1_NO_is_the_wrong_type()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                active: NO
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0007", 5, 13, "The field 'active' expects true or false, but the value is 'NO'", Path: People));
    }

    [Fact]
    public void FG0008_invalid_enum_value_lists_the_allowed_values()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                role: king
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0008", 5, 11, "'king' is not a value of 'role'; allowed values: minister, envoy", Path: People));
    }

    [Fact]
    public void FG0008_a_value_close_to_an_allowed_one_gets_a_suggestion()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                role: enovy
                basis: infered
                note: Because.
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0008", 5, 11, "'enovy' is not a value of 'role'; allowed values: minister, envoy; did you mean 'envoy'?", Path: People),
            new Expected("FG0008", 6, 12, "'infered' is not a value of 'basis'; allowed values: stated, inferred; did you mean 'inferred'?", Path: People));
    }

    [Fact]
    public void FG0009_a_day_that_does_not_exist_is_an_invalid_date()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                born: 2023-02-29
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0009", 5, 11, "'2023-02-29' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD with a real month and day", Path: People));
    }

    [Fact]
    public void FG0010_a_url_that_is_not_http_or_https_is_invalid()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                home: ftp://example.com/ann
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0010", 5, 11, "'ftp://example.com/ann' is not an absolute http or https URL", Path: People));
    }

    [Fact]
    public void FG0011_an_id_that_is_not_a_lowercase_slug_is_invalid()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: Ann_B
                name: Ann
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0011", 3, 9, "'Ann_B' is not a valid id: use lowercase letters and digits in words joined by single hyphens (antony-blinken)", Path: People));
    }

    [Fact]
    public void FG0012_a_duplicate_id_is_reported_at_both_uses()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
              - id: ann
                name: Ann Other
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0012", 3, 9, "The id 'ann' is used more than once; the other use is at line 6, column 9", Path: People),
            new Expected("FG0012", 6, 9, "The id 'ann' is used more than once; the other use is at line 3, column 9", Path: People));
    }

    [Fact]
    public void FG0012_the_paragraphs_a_left_out_duplicate_cites_are_not_reported_as_uncited()
    {
        // Only the second 'ann' cites paragraph 2: before, FG0028 also said no fact cites it.
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
              - id: ann
                name: Ann Other
                citations: [{ source: s1, paragraph: 2, quote: She met the mayor }]
            """).Source("s1.txt", CorpusBuilder.Article).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0012", 3, 9, "The id 'ann' is used more than once; the other use is at line 6, column 9", Path: People),
            new Expected("FG0012", 6, 9, "The id 'ann' is used more than once; the other use is at line 3, column 9", Path: People));
    }

    [Fact]
    public void FG0013_reference_to_unknown_id_suggests_the_closest()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                country: frnace
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).File(Countries, """
            kind: Country
            facts:
              - id: france
                name: France
                citations: [{ source: s1, paragraph: 1, quote: Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0013", 5, 14, "No Country has the id 'frnace'; did you mean 'france'?", Path: People));
    }

    [Theory]
    [InlineData("edwin-aldrin", "buzz-aldrin")]
    [InlineData("united-states", "usa")]
    [InlineData("us", "usa")]
    [InlineData("buzz-aldrn", "buzz-aldrin")]
    public void FG0013_suggests_by_the_names_and_aliases_of_facts_as_well_as_by_spelling(string written, string suggested)
    {
        var diagnostics = WithPeople($$"""
            kind: Person
            facts:
              - id: ann
                name: Ann
                country: {{written}}
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).File(Countries, """
            kind: Country
            facts:
              - id: buzz-aldrin
                name: Edwin "Buzz" Aldrin
                citations: [{ source: s1, paragraph: 1, quote: Paris }]
              - id: usa
                name: United States of America
                aliases: [US]
                citations: [{ source: s1, paragraph: 1, quote: Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0013", 5, 14, $"No Country has the id '{written}'; did you mean '{suggested}'?", Path: People));
    }

    [Fact]
    public void FG0014_reference_to_a_fact_of_another_kind()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                country: s1
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0014", 5, 14, "The field 'country' must name a Country, but 's1' is a Source", Path: People));
    }

    [Fact]
    public void FG0015_two_ids_that_become_the_same_csharp_name_collide()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: x1
                name: X
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
              - id: x-1
                name: X
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0015", 6, 9, "'x-1' becomes the C# name 'X1', the same as 'x1'", Path: People));
    }

    [Fact]
    public void FG0015_an_id_that_becomes_a_generated_member_name_collides()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: all
                name: All
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0015", 3, 9, "'all' becomes the C# name 'All', a member the generated class already has", Path: People));
    }

    [Fact]
    public void FG0015_a_kind_named_like_a_generated_type_collides()
    {
        var schema = CorpusBuilder.DefaultSchema + "\n  Citation:\n    plural: Citations\n    fields: {}";
        var diagnostics = new CorpusBuilder().Schema(schema).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0015", 21, 3, "'Citation' becomes the C# name 'Citation', which is also a type FactGen generates", Path: "facts/schema.yaml"));
    }

    [Theory]
    [InlineData("Planet", "Planets")]
    [InlineData("Galaxy", "Galaxies")]
    [InlineData("Address", "Addresses")]
    public void FG0015_a_plural_equal_to_its_kind_is_reported_once_at_the_plural_with_the_plural_to_write(string kind, string suggested)
    {
        var schema = CorpusBuilder.DefaultSchema + $"\n  {kind}:\n    plural: {kind}\n    fields: {{}}";
        var diagnostics = new CorpusBuilder().Schema(schema).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0015", 22, 13, $"'{kind}' becomes the C# name '{kind}', which is also the name of the kind's record; the plural names the kind's static class ({suggested}.All), so it must differ from the kind: write 'plural: {suggested}'", Path: "facts/schema.yaml"));
    }

    [Fact]
    public void FG0015_enum_values_that_become_the_same_csharp_name_collide()
    {
        var schema = Edit(CorpusBuilder.DefaultSchema, "values: [minister, envoy]", "values: [minister, envoy, x1, x-1]");
        var diagnostics = new CorpusBuilder().Schema(schema).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0015", 19, 57, "'x-1' becomes the C# name 'X1', the same as the enum value 'x1'", Path: "facts/schema.yaml"));
    }

    [Fact]
    public void FG0015_a_fact_dropped_for_its_name_leaves_no_reference_to_it_in_the_model()
    {
        var result = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                country: all
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).File(Countries, """
            kind: Country
            facts:
              - id: all
                name: All
                citations: [{ source: s1, paragraph: 1, quote: Paris }]
            """).Bind();

        Assert.Contains(result.Diagnostics, d => d.Id == "FG0015" && d.Span.Path == Countries && d.Span.Line == 3 && d.Span.Column == 9);
        Assert.Empty(DanglingIds(result.Model));
    }

    [Fact]
    public void FG0016_citation_of_an_unknown_source_suggests_the_closest()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                citations: [{ source: s2, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0016", 5, 27, "The citation names the source 's2', but no source has that id; did you mean 's1'?", Path: People));
    }

    [Fact]
    public void FG0016_an_unknown_source_in_a_citation_field_is_dropped_from_the_model()
    {
        var schema = Edit(CorpusBuilder.DefaultSchema, "kind: Country }", "kind: Country }\n      evidence: { type: citation }");
        var result = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                evidence: { source: s2, paragraph: 1, quote: Ann visited Paris }
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Schema(schema).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0016", 5, 25, "The citation names the source 's2', but no source has that id; did you mean 's1'?", Path: People));
        Assert.Empty(DanglingIds(result.Model));
    }

    [Fact]
    public void FG0017_paragraph_beyond_the_last_one_is_out_of_range()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                citations:
                  - { source: s1, paragraph: 1, quote: Ann visited Paris }
                  - { source: s1, paragraph: 2, quote: She met the mayor }
                  - { source: s1, paragraph: 5, quote: Ann }
            """).Source("s1.txt", CorpusBuilder.Article).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0017", 8, 34, "The source 's1' has paragraphs 0 to 2; there is no paragraph 5", Path: People));
    }

    [Fact]
    public void FG0018_quote_not_in_its_paragraph_shows_the_closest_passage()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                citations:
                  - { source: s1, paragraph: 1, quote: Ann visited Rome }
                  - { source: s1, paragraph: 2, quote: She met the mayor }
            """).Source("s1.txt", CorpusBuilder.Article).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0018", 6, 44, "The quote is not in paragraph 1 of 's1'; the closest passage is \"Ann visited Paris\"", Path: People));
    }

    [Fact]
    public void FG0018_a_quote_found_in_another_paragraph_names_that_paragraph()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                citations:
                  - { source: s1, paragraph: 1, quote: Ann visited Paris }
                  - { source: s1, paragraph: 1, quote: She met the mayor }
            """).Source("s1.txt", CorpusBuilder.Article).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0018", 7, 44, "The quote is not in paragraph 1 of 's1'; it is in paragraph 2: cite that paragraph", Path: People),
            new Expected("FG0028", 3, 9, "Paragraph 2 of 's1' is cited by no fact", Path: Sources));
    }

    [Fact]
    public void FG0018_a_quote_in_a_citation_field_is_checked_against_its_paragraph()
    {
        var schema = Edit(CorpusBuilder.DefaultSchema, "kind: Country }", "kind: Country }\n      evidence: { type: citation }");
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                evidence: { source: s1, paragraph: 1, quote: Ann visited Rome }
                citations:
                  - { source: s1, paragraph: 1, quote: Ann visited Paris }
                  - { source: s1, paragraph: 2, quote: She met the mayor }
            """).Schema(schema).Source("s1.txt", CorpusBuilder.Article).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0018", 5, 50, "The quote is not in paragraph 1 of 's1'; the closest passage is \"Ann visited Paris\"", Path: People));
    }

    [Fact]
    public void FG0019_a_fact_without_citations_is_reported_at_its_id()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0019", 3, 9, "The Person 'ann' cites no source; every fact except a source needs at least one citation", Path: People));
    }

    [Fact]
    public void FG0020_an_inferred_fact_needs_a_note()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                basis: inferred
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0020", 3, 9, "The Person 'ann' is inferred but has no note explaining the inference", Path: People));
    }

    [Fact]
    public void FG0021_unknown_field_type_lists_the_types()
    {
        var schema = Edit(CorpusBuilder.DefaultSchema, "age: { type: int }", "age: { type: integer }");
        var diagnostics = new CorpusBuilder().Schema(schema).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0021", 16, 20, "The field 'age' has the unknown type 'integer'; use one of: string, text, int, decimal, bool, date, url, enum, reference, citation", Path: "facts/schema.yaml"));
    }

    [Fact]
    public void FG0022_reference_to_an_undeclared_kind_suggests_the_closest()
    {
        var schema = Edit(CorpusBuilder.DefaultSchema, "kind: Country }", "kind: Contry }");
        var diagnostics = new CorpusBuilder().Schema(schema).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0022", 20, 41, "The field 'country' refers to the kind 'Contry', which the schema does not declare; did you mean 'Country'?", Path: "facts/schema.yaml"));
    }

    [Fact]
    public void FG0023_an_inverse_that_clashes_with_a_field_of_the_target_kind()
    {
        var schema = Edit(CorpusBuilder.DefaultSchema, "kind: Country }", "kind: Country, inverse: Name }");
        var diagnostics = new CorpusBuilder().Schema(schema).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0023", 20, 7, "The inverse 'Name' on Country clashes with the field 'name' of Country", Path: "facts/schema.yaml"));
    }

    [Fact]
    public void FG0024_a_file_over_the_size_limit_is_not_parsed()
    {
        const string text = "kind: Person\nfacts: []\n";
        var diagnostics = new CorpusBuilder().File(People, text, Limits(maxFileSize: 16)).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0024", 1, 1, "The file is 23 characters long, over the limit of 16 (FactGenMaxFileSize)", Path: People));
    }

    [Fact]
    public void FG0025_nesting_deeper_than_the_limit_stops_the_reader()
    {
        var diagnostics = new CorpusBuilder().File(People, """
            kind: Person
            facts:
              - id: ann
                name: Ann
            """, Limits(maxDepth: 2)).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0025", 3, 5, "The YAML nests deeper than 2 levels (FactGenMaxDepth)", Path: People));
    }

    [Fact]
    public void FG0026_alias_expansion_over_the_node_limit_is_an_alias_bomb()
    {
        // 4 + 4 x 5 + ... nodes: the second *b takes the count from 50 to 71, over the limit of 50.
        var file = ParsedFile.Read(People, """
            a: &a [x, x, x, x]
            b: &b [*a, *a, *a, *a]
            c: [*b, *b, *b, *b]
            """, Limits(maxNodes: 50));

        Assert.Null(file.Root);
        Assert.Equal(["FG0026"], file.Diagnostics.Select(d => d.Id));
        Assert.Equal("Expanding aliases would make more than 50 nodes (FactGenMaxNodes); the file may be an alias bomb", file.Diagnostics[0].Message);
    }

    [Fact]
    public void FG0026_nodes_over_the_limit_are_reported_at_the_node_that_goes_over()
    {
        var diagnostics = new CorpusBuilder().File(People, """
            kind: Person
            facts: [a, b, c]
            """, Limits(maxNodes: 5)).Diagnostics();

        // kind, Person, facts, a, b: 5 nodes; c is the sixth.
        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0026", 2, 15, "Expanding aliases would make more than 5 nodes (FactGenMaxNodes); the file may be an alias bomb", Path: People));
    }

    [Fact]
    public void FG0026_an_alias_bomb_is_reported_at_the_alias_that_goes_over()
    {
        var diagnostics = new CorpusBuilder().File(People, """
            a: &a [x, x, x, x]
            b: &b [*a, *a, *a, *a]
            c: [*b, *b, *b, *b]
            """, Limits(maxNodes: 50)).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0026", 3, 9, "Expanding aliases would make more than 50 nodes (FactGenMaxNodes); the file may be an alias bomb", Path: People));
    }

    [Fact]
    public void FG0027_facts_over_the_limit_are_reported_at_the_first_one_over()
    {
        var diagnostics = new CorpusBuilder().File(Sources, """
            kind: Source
            facts:
              - id: s1
                file: s1.txt
              - id: s2
                file: s2.txt
              - id: s3
                file: s3.txt
            """).Limits(Limits(maxFacts: 2)).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0027", 7, 9, "The corpus has 3 facts, over the limit of 2 (FactGenMaxFacts)", Path: Sources));
    }

    [Fact]
    public void FG0027_message_gives_the_number_of_facts_in_the_corpus()
    {
        var diagnostics = new CorpusBuilder().File(Sources, """
            kind: Source
            facts:
              - id: s1
                file: s1.txt
              - id: s2
                file: s2.txt
              - id: s3
                file: s3.txt
              - id: s4
                file: s4.txt
            """).Limits(Limits(maxFacts: 2)).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0027", 7, 9, "The corpus has 4 facts, over the limit of 2 (FactGenMaxFacts)", Path: Sources));
    }

    [Fact]
    public void FG0028_a_body_paragraph_no_fact_cites_is_a_warning()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Source("s1.txt", CorpusBuilder.Article).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0028", 3, 9, "Paragraph 2 of 's1' is cited by no fact", Path: Sources));
        Assert.Equal(FactDiagnosticSeverity.Warning, diagnostics.Single().Severity);
    }

    [Fact]
    public void FG0029_fact_files_without_a_schema()
    {
        var diagnostics = new CorpusBuilder().Schema(null).File(People, """
            kind: Person
            facts: []
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0029", 1, 1, "No schema.yaml was found among the fact files; it declares the kinds of fact", Path: People));
    }

    [Fact]
    public void FG0037_a_second_schema_file_is_ignored_and_reported()
    {
        var first = ParsedFile.Read("facts/schema.yaml", CorpusBuilder.DefaultSchema, ReadLimits.Default);
        var second = ParsedFile.Read("more/schema.yaml", CorpusBuilder.DefaultSchema, ReadLimits.Default);
        var schema = Corpus.LoadSchema([second, first]);
        var diagnostics = Corpus.Bind(schema, [], null, ReadLimits.Default).Diagnostics;

        Assert.False(schema.IsValid);
        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0037", 1, 1, "There is more than one schema file; FactGen uses 'facts/schema.yaml' and ignores this one", Path: "more/schema.yaml"));
    }

    [Fact]
    public void FG0038_a_list_as_a_mapping_key_stops_reading_the_file()
    {
        var diagnostics = new CorpusBuilder()
            .File("facts/people.yaml", "kind: Person\nfacts:\n  - id: ann\n    ? [name, title]\n    : Ann\n")
            .Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0038", 4, 7, "A mapping key must be a plain value, not a list or mapping", Path: "facts/people.yaml"));
    }

    [Fact]
    public void FG0039_references_into_a_file_that_did_not_parse_are_not_reported_as_unknown_ids()
    {
        // countries.yaml is broken: 'france' may well be in it. One warning says what was not
        // checked, at the file to fix, instead of an FG0013 per reference and an FG0028 per paragraph.
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                country: france
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
              - id: bob
                name: Bob
                country: france
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).File(Countries, """
            kind: Country
            facts:
              - id: france
                name: [France
            """).Source("s1.txt", CorpusBuilder.Article).Diagnostics();

        // The file declares 'france' and cites no article: the references to 'france' are held
        // back, and said so right after the error to fix; paragraph 2's coverage is not (FG0028).
        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0001", 4, 11, "The file is not valid YAML: the list opened with '[' at line 4, column 11 is not closed with ']'", Path: Countries),
            new Expected("FG0039", 4, 11, "This file could not be bound, so FactGen did not check 2 references to 'france', an id no other file defines; fix that first", Path: Countries),
            new Expected("FG0028", 3, 9, "Paragraph 2 of 's1' is cited by no fact", Path: "facts/sources.yaml"));
        Assert.Equal(FactDiagnosticSeverity.Warning, diagnostics[1].Severity);
    }

    [Fact]
    public void FG0039_does_not_hide_a_typo_of_an_existing_id_or_a_reference_to_another_kind()
    {
        // countries.yaml holds Country facts nobody can see ('fact:' for 'facts:'): 'spain' may be
        // one of them. But 'frnace' is a typo of a country that exists, and 'unknown-report' names a source,
        // which that file cannot hold: both are still reported.
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                country: spain
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
              - id: bob
                name: Bob
                country: frnace
                citations: [{ source: unknown-report, paragraph: 1, quote: Ann visited Paris }]
            """).File(Countries, """
            kind: Country
            fact:
              - id: spain
                name: Spain
            """).File("facts/more-countries.yaml", """
            kind: Country
            facts:
              - id: france
                name: France
                citations: [{ source: s1, paragraph: 1, quote: Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0053", 2, 1, "A fact file has only 'kind:' and 'facts:' at the top, not 'fact'", Path: Countries),
            new Expected("FG0039", 2, 1, "This file could not be bound, so FactGen did not check 1 reference to 'spain', an id no other file defines; fix that first", Path: Countries),
            new Expected("FG0013", 9, 14, "No Country has the id 'frnace'; did you mean 'france'?", Path: People),
            new Expected("FG0016", 10, 27, "The citation names the source 'unknown-report', but no source has that id", Path: People));
    }

    [Fact]
    public void FG0001_a_bracket_left_open_at_the_end_of_the_file_is_reported_at_the_bracket()
    {
        var diagnostics = WithPeople("kind: Person\nfacts: [\n").Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0001", 2, 8, "The file is not valid YAML: the list opened with '[' at line 2, column 8 is not closed with ']'", Path: People));
    }

    [Fact]
    public void FG0039_a_misspelt_facts_key_counts_as_a_file_that_could_not_be_bound()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                country: spain
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).File(Countries, """
            kind: Country
            fact:
              - id: spain
                name: Spain
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0053", 2, 1, "A fact file has only 'kind:' and 'facts:' at the top, not 'fact'", Path: Countries),
            new Expected("FG0039", 2, 1, "This file could not be bound, so FactGen did not check 1 reference to 'spain', an id no other file defines; fix that first", Path: Countries));
    }

    [Fact]
    public void FG0030_a_schema_without_kinds_is_invalid()
    {
        var diagnostics = new CorpusBuilder().Schema("types: {}").Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0030", 1, 1, "The schema must be a mapping with a 'kinds:' mapping of kind names to their declarations; this file is a mapping without 'kinds:'", Path: "facts/schema.yaml"));
    }

    [Fact]
    public void FG0031_a_source_whose_file_is_not_among_the_articles()
    {
        var diagnostics = new CorpusBuilder().File(Sources, CorpusBuilder.SourcesFile).Source("other.txt", CorpusBuilder.Article).Diagnostics();

        // The article given is named by no source: its file name is most likely the one to write (FG0071).
        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0071", 1, 1, "The article 'other.txt' is in the sources folder, but no Source names it, so no fact can cite it and none of it is checked. Add a Source with 'file: other.txt', or move the file out of the sources folder", Path: Sources),
            new Expected("FG0031", 4, 11, "The source 's1' names the file 's1.txt', which is not among the source files given", Path: Sources));
    }

    [Fact]
    public void FG0071_an_article_no_source_names_is_reported_once_where_the_sources_are()
    {
        var diagnostics = new CorpusBuilder().File(Sources, CorpusBuilder.SourcesFile)
            .Source("s1.txt", CorpusBuilder.Article).Source("s2.txt", CorpusBuilder.Article).Diagnostics();

        Assert.Equal(["FG0071"], diagnostics.Where(d => d.Id == "FG0071").Select(d => d.Id));
        var unnamed = Assert.Single(diagnostics, d => d.Id == "FG0071");
        Assert.Equal((Sources, 1, 1), (unnamed.Span.Path, unnamed.Span.Line, unnamed.Span.Column));
        Assert.Equal("The article 's2.txt' is in the sources folder, but no Source names it, so no fact can cite it and none of it is checked. Add a Source with 'file: s2.txt', or move the file out of the sources folder", unnamed.Message);
        Assert.DoesNotContain(diagnostics, d => d.Message.Contains("'s1.txt' is in the sources folder", System.StringComparison.Ordinal));
    }

    [Fact]
    public void FG0032_a_second_yaml_document_is_reported_at_its_start()
    {
        var diagnostics = new CorpusBuilder().File(People, """
            kind: Person
            facts: []
            ---
            kind: Person
            facts: []
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0032", 3, 1, "A fact file holds one YAML document; this is a second one", Path: People));
    }

    [Fact]
    public void FG0033_half_a_surrogate_pair_is_reported_at_its_line_and_column()
    {
        var diagnostics = WithPeople("kind: Person\nfacts:\n  - id: ann\n    name: A" + '\uD800' + "nn\n").Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0033", 4, 12, "The file holds U+D800, half of a surrogate pair without its other half, at line 4, column 12: it is not Unicode text", Path: People));
    }

    [Fact]
    public void FG0034_internal_error_cannot_be_triggered_from_input_so_the_catalog_entry_is_checked()
    {
        var entry = DiagnosticCatalog.InternalError;

        Assert.Equal("FG0034", entry.Id);
        Assert.Equal(FactDiagnosticSeverity.Error, entry.Severity);
        Assert.Contains(entry, DiagnosticCatalog.All);
        var diagnostic = FactDiagnostic.Create(entry, SourceSpan.StartOf(People), "binding the facts", "boom");
        Assert.Equal("FactGen failed unexpectedly while binding the facts: boom. Please report this with the file that caused it", diagnostic.Message);
    }

    [Fact]
    public void FG0035_invalid_msbuild_properties_are_reported_and_replaced_by_defaults()
    {
        var properties = new System.Collections.Generic.Dictionary<string, string>
        {
            ["RootNamespace"] = "My.App",
            ["FactGenNamespace"] = "My-Facts",
            ["FactGenVisibility"] = "protected",
            ["FactGenMaxDepth"] = "-3",
        };

        var options = FactGen.Core.Options.FactGenOptions.Read(name => properties.TryGetValue(name, out var value) ? value : null);

        Assert.Equal("My.App", options.Namespace);
        Assert.True(options.IsPublic);
        Assert.Equal(ReadLimits.Default.MaxDepth, options.Limits.MaxDepth);
        Assert.Equal(
            new[]
            {
                "FG0035: The MSBuild property FactGenNamespace is 'My-Facts': a namespace is C# names joined by dots, none of them a keyword (My.Facts); using the project's RootNamespace",
                "FG0035: The MSBuild property FactGenVisibility is 'protected': use public or internal; using public",
                "FG0035: The MSBuild property FactGenMaxDepth is '-3': use a positive whole number; using 64",
            },
            options.Diagnostics.Select(d => $"{d.Id}: {d.Message}"));
        Assert.All(options.Diagnostics, d => Assert.Equal(string.Empty, d.Span.Path));
    }

    [Fact]
    public void FG0036_a_csharp_older_than_11_is_reported_with_the_one_thing_to_change()
    {
        // Roslyn's LanguageVersion numbers: 703 is C# 7.3, 1000 is C# 10, 1100 is C# 11.
        var pinned = FactGen.Core.Options.FactGenOptions.CheckLanguageVersion(1000, FactGen.Core.Options.TargetFramework.From(".NETCoreApp", "v8.0"));

        var diagnostic = Assert.Single(pinned);
        Assert.Equal("FG0036", diagnostic.Id);
        Assert.Equal(FactDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            "The generated fact model needs C# 11 or later (it stores fact data in UTF-8 string literals); this project compiles C# 10.0. Remove the <LangVersion> setting (this target framework defaults to a newer C#) or set it to 11 or later",
            diagnostic.Message);
        Assert.Equal(string.Empty, diagnostic.Span.Path);

        // An old framework needs a new one: a LangVersion alone would not give it DateOnly.
        Assert.Equal(
            "The generated fact model needs C# 11 or later (it stores fact data in UTF-8 string literals); this project compiles C# 7.3. Target .NET 6 or later: .NETFramework v4.8 has neither C# 11 by default nor the types the model uses (DateOnly)",
            Assert.Single(FactGen.Core.Options.FactGenOptions.CheckLanguageVersion(703, FactGen.Core.Options.TargetFramework.From(".NETFramework", "v4.8"))).Message);
        Assert.EndsWith("Set <LangVersion>11</LangVersion> or later (net6.0 defaults to C# 10), or target .NET 7 or later",
            Assert.Single(FactGen.Core.Options.FactGenOptions.CheckLanguageVersion(1000, FactGen.Core.Options.TargetFramework.From(".NETCoreApp", "v6.0"))).Message, System.StringComparison.Ordinal);
        Assert.EndsWith("this project compiles C# 6.0. Set <LangVersion>11</LangVersion> or later on a project that targets .NET 6 or later; an older target framework needs .NET 6 or later",
            Assert.Single(FactGen.Core.Options.FactGenOptions.CheckLanguageVersion(6)).Message, System.StringComparison.Ordinal);
        Assert.Empty(FactGen.Core.Options.FactGenOptions.CheckLanguageVersion(1100));
        Assert.Empty(FactGen.Core.Options.FactGenOptions.CheckLanguageVersion(1400, FactGen.Core.Options.TargetFramework.From(".NETStandard", "v2.0")));
    }

    [Theory]
    [InlineData("My.Facts", true)]
    [InlineData("_Facts2.Ünïcode", true)]
    [InlineData("My..Facts", false)]
    [InlineData("Ok.class", false)]
    [InlineData("global::X", false)]
    [InlineData("2Facts", false)]
    public void Namespace_values_are_checked_as_csharp_namespaces(string value, bool valid)
    {
        Assert.Equal(valid, FactGen.Core.Options.FactGenOptions.IsNamespace(value));
    }

    /// <summary>Ids that a reference or citation in the model names but no fact in the model has.</summary>
    private static string[] DanglingIds(FactModel model)
    {
        var ids = model.Kinds.SelectMany(k => k.Facts).Select(f => f.Id).ToHashSet();
        var named = model.Kinds.SelectMany(k => k.Facts).SelectMany(f => f.Values.SelectMany(Named).Concat(f.Citations.Select(c => c.SourceId)));
        return named.Where(id => !ids.Contains(id)).Distinct().ToArray();

        static System.Collections.Generic.IEnumerable<string> Named(FactValue? value) => value switch
        {
            ReferenceValue reference => [reference.Id],
            CitationValue citation => [citation.SourceId],
            ListValue list => list.Items.SelectMany(Named),
            _ => [],
        };
    }

    private static string Edit(string text, string from, string to)
    {
        Assert.Equal(1, CountOf(text, from));
        return text.Replace(from, to, System.StringComparison.Ordinal);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var i = text.IndexOf(part, System.StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, System.StringComparison.Ordinal)) count++;
        return count;
    }

    [Fact]
    public void FG0050_a_sources_folder_that_gives_no_article_is_an_error_that_names_it()
    {
        var found = FactGen.Core.Options.ProjectInputCheck.CheckInputs(factFiles: 5, articles: 0, factsDirectory: "facts/", sourcesDirectory: " artcles/ ");

        var diagnostic = Assert.Single(found);
        Assert.Equal("FG0050", diagnostic.Id);
        Assert.Equal(FactDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(
            "FactGenSourcesDirectory is 'artcles/', but the build found no article (*.txt) there: the folder does not exist or holds no .txt files, so no quote is checked. Correct the path (relative to the project file) or remove the property",
            diagnostic.Message);
        Assert.Equal(string.Empty, diagnostic.Span.Path);
        // Articles found, or no folder set: nothing to say.
        Assert.Empty(FactGen.Core.Options.ProjectInputCheck.CheckInputs(5, 2, "facts/", "articles/"));
        Assert.Empty(FactGen.Core.Options.ProjectInputCheck.CheckInputs(5, 0, "facts/", "  "));
    }

    [Fact]
    public void FG0051_no_fact_files_is_a_warning_that_names_the_facts_folder()
    {
        var found = FactGen.Core.Options.ProjectInputCheck.CheckInputs(factFiles: 0, articles: 0, factsDirectory: "data/facts/", sourcesDirectory: null);

        var diagnostic = Assert.Single(found);
        Assert.Equal("FG0051", diagnostic.Id);
        Assert.Equal(FactDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(
            "FactGen found no fact files: no *.yaml or *.yml file under 'data/facts/' (FactGenFactsDirectory) and no AdditionalFiles item marked FactGenFact=\"true\". Put schema.yaml and the fact files in that folder, or set FactGenFactsDirectory to the folder that holds them",
            diagnostic.Message);
        // The property unset (a project without FactGen.props): the default folder is named.
        Assert.Contains("under 'facts/'", Assert.Single(FactGen.Core.Options.ProjectInputCheck.CheckInputs(0, 0, null, null)).Message, System.StringComparison.Ordinal);
        Assert.Empty(FactGen.Core.Options.ProjectInputCheck.CheckInputs(1, 0, null, null));
    }

    [Fact]
    public void FG0052_a_namespace_part_named_like_a_kinds_type_is_a_warning_with_a_namespace_that_works()
    {
        var schema = CorpusBuilder.LoadSchema(FactGen.Tests.SchemaPreamble.SourceKind + """
              Element:
                plural: Elements
                fields:
                  symbol: { type: string, required: true }
            """);
        Assert.True(schema.IsValid, string.Join("; ", schema.Diagnostics.Select(d => d.Message)));

        var diagnostic = Assert.Single(FactGen.Core.Options.ProjectInputCheck.CheckNamespace("Elements", schema));

        Assert.Equal("FG0052", diagnostic.Id);
        Assert.Equal(FactDiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(
            "The generated types are in the namespace 'Elements', and FactGen also generates a type named 'Elements' (the static class of the kind Element): in that namespace 'Elements.' names the type, not the namespace, and code gets CS0234 or CS0426. Set <FactGenNamespace> to a namespace without that part (for example 'ElementsFacts'), or change the plural of Element in schema.yaml",
            diagnostic.Message);
        Assert.Equal(string.Empty, diagnostic.Span.Path);
        // Any part counts, the record's name too; a namespace that only contains the name does not.
        Assert.Contains("for example 'Chem.ElementFacts.Data'", Assert.Single(FactGen.Core.Options.ProjectInputCheck.CheckNamespace("Chem.Element.Data", schema)).Message, System.StringComparison.Ordinal);
        Assert.Empty(FactGen.Core.Options.ProjectInputCheck.CheckNamespace("Chemistry.ElementsData", schema));
        // The support types are left out: My.Facts is the namespace the docs suggest.
        Assert.Empty(FactGen.Core.Options.ProjectInputCheck.CheckNamespace("My.Facts", schema));
    }
}
