using Xunit;

namespace FactGen.Core.Tests;

/// <summary>
/// The IDs split out of FG0003's, FG0030's and FG0007's free-text messages (issue 25): one message
/// format each. The YAML in each test is the example on its docs/diagnostics page.
/// </summary>
public sealed partial class DiagnosticTests
{
    private const string SchemaPath = "facts/schema.yaml";

    private static System.Collections.Generic.IReadOnlyList<FactGen.Core.Diagnostics.FactDiagnostic> SchemaDiagnostics(string from, string to) =>
        new CorpusBuilder().Schema(Edit(CorpusBuilder.DefaultSchema, from, to)).Diagnostics();

    [Fact]
    public void FG0053_an_unknown_key_at_the_top_of_a_fact_file()
    {
        var diagnostics = WithPeople("""
            kind: Person
            fact: []
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0053", 2, 1, "A fact file has only 'kind:' and 'facts:' at the top, not 'fact'", Path: People));
    }

    [Fact]
    public void FG0054_facts_that_are_not_a_list()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts: ann
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0054", 2, 8, "'facts:' must be a list of facts, each starting with '- id:'", Path: People));
    }

    [Fact]
    public void FG0055_a_fact_that_is_not_a_mapping()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - ann
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0055", 3, 5, "Each fact is a mapping of fields, starting with 'id:'", Path: People));
    }

    [Fact]
    public void FG0056_an_unknown_key_in_a_field_declaration()
    {
        var diagnostics = SchemaDiagnostics("file: { type: string, required: true }", "file: { type: string, requird: true }");

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0056", 6, 29, "The field 'file' has the unknown key 'requird'; did you mean 'required'?", Path: SchemaPath));
    }

    [Fact]
    public void FG0057_a_plural_that_is_not_a_PascalCase_name()
    {
        var diagnostics = SchemaDiagnostics("plural: People", "plural: people");

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0057", 12, 13, "The plural of kind 'Person' must be a PascalCase C# name (People); it is 'people'", Path: SchemaPath));
    }

    [Fact]
    public void FG0058_a_field_declared_by_its_type_alone()
    {
        var diagnostics = SchemaDiagnostics("active: { type: bool }", "active: bool");

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0058", 15, 15, "The field 'active' must be a mapping such as { type: string }", Path: SchemaPath));
    }

    [Fact]
    public void FG0059_an_index_on_a_date_field()
    {
        var diagnostics = SchemaDiagnostics("born: { type: date }", "born: { type: date, indexed: true }");

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0059", 17, 36, "The field 'born' cannot be indexed: only string, enum, reference, bool and int fields get lookup tables", Path: SchemaPath));
    }

    [Fact]
    public void FG0060_a_field_named_like_a_built_in_entry()
    {
        var diagnostics = SchemaDiagnostics("age: { type: int }", "note: { type: int }");

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0060", 16, 7, "The field name 'note' is taken: every fact has id, citations, basis, note, aliases and inferred, and a field may not share its kind's name or a generated member's", Path: SchemaPath));
    }

    [Fact]
    public void FG0061_an_enum_field_without_values()
    {
        var diagnostics = SchemaDiagnostics("role: { type: enum, values: [minister, envoy] }", "role: { type: enum }");

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0061", 19, 21, "The enum field 'role' needs a 'values' list", Path: SchemaPath));
    }

    [Fact]
    public void FG0062_an_enum_value_given_twice()
    {
        var diagnostics = SchemaDiagnostics("values: [minister, envoy]", "values: [minister, envoy, envoy]");

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0062", 19, 53, "The enum values of 'role' must be distinct lowercase slugs; 'envoy' is given twice", Path: SchemaPath));
    }

    [Fact]
    public void FG0063_a_schema_with_no_source_kind()
    {
        var diagnostics = SchemaDiagnostics("source: true", "source: false");

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0063", 2, 3, "Exactly one kind must be marked 'source: true', with a 'file' field of type string (the file name of the article): none is", Path: SchemaPath));
    }

    [Fact]
    public void FG0064_a_schema_flag_that_is_not_true_or_false()
    {
        var diagnostics = SchemaDiagnostics("active: { type: bool }", "active: { type: bool, list: yes }");

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0064", 15, 35, "'list' takes true or false, not 'yes'", Path: SchemaPath));
    }
}
