using System.Linq;
using FactGen.Core.Diagnostics;
using FactGen.Core.Schema;
using FactGen.Tests;

namespace FactGen.Core.Tests;

/// <summary>
/// What the schema loader refuses, one rule at a time, with the exact message and place, and what
/// it makes of a schema it accepts. Kinds after the Source preamble start on line 7.
/// </summary>
public sealed class SchemaTests
{
    private const string Path = "facts/schema.yaml";

    /// <summary>The Source preamble followed by <paramref name="kinds"/> (indented two spaces, from line 7).</summary>
    private static SchemaModel Load(string kinds) => CorpusBuilder.LoadSchema(SchemaPreamble.SourceKind + kinds);

    private static void Refuses(string kinds, params Expected[] expected)
    {
        var schema = Load(kinds);
        DiagnosticAssert.Exactly(schema.Diagnostics, expected);
        Assert.False(schema.IsValid);
    }

    private static Expected Schema(string id, int line, int column, string message) => new(id, line, column, message, Path: Path);

    [Fact]
    public void An_accepted_schema_keeps_every_declared_property_of_kinds_and_fields()
    {
        var schema = Load("""
              Person:
                plural: People
                description: A person.
                fields:
                  name: { type: string, required: true, indexed: true, description: The name. }
                  tags: { type: string, list: true }
                  role: { type: enum, values: [lead, team-member], indexed: true }
                  friend: { type: reference, kind: Person, inverse: FriendOf, indexed: true }
                  age: { type: int, indexed: true, required: false, list: false }
                  active: { type: bool, indexed: true }
            """);

        DiagnosticAssert.Exactly(schema.Diagnostics);
        Assert.True(schema.IsValid);
        Assert.Equal(["Source", "Person"], schema.Kinds.Select(k => k.Name));
        var source = schema.Kinds[0];
        Assert.True(source.IsSource);
        Assert.Equal("Sources", source.Plural);
        var person = schema.Kinds[1];
        Assert.False(person.IsSource);
        Assert.Equal(("People", "A person."), (person.Plural, person.Description));
        Assert.Equal(
            [
                "name String list=False required=True indexed=True target= values= inverse= doc=The name.",
                "tags String list=True required=False indexed=False target= values= inverse= doc=",
                "role Enum list=False required=False indexed=True target= values=lead,team-member inverse= doc=",
                "friend Reference list=False required=False indexed=True target=Person values= inverse=FriendOf doc=",
                "age Int list=False required=False indexed=True target= values= inverse= doc=",
                "active Bool list=False required=False indexed=True target= values= inverse= doc=",
            ],
            person.Fields.Select(f => $"{f.Name} {f.Type} list={f.IsList} required={f.IsRequired} indexed={f.IsIndexed} target={f.TargetKind} values={string.Join(",", f.EnumValues)} inverse={f.Inverse} doc={f.Description}"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    public void An_empty_schema_file_is_FG0030_at_its_start(string text)
    {
        var schema = CorpusBuilder.LoadSchema(text);

        DiagnosticAssert.Exactly(schema.Diagnostics, Schema("FG0030", 1, 1, "The schema must be a mapping with a 'kinds:' mapping of kind names to their declarations; this file is empty"));
        Assert.False(schema.IsValid);
        Assert.Empty(schema.Kinds);
    }

    [Theory]
    [InlineData("- Person\n", "a list")]
    [InlineData("types:\n  Person: {}\n", "a mapping without 'kinds:'")]
    [InlineData("kinds: [Person]\n", "a mapping whose 'kinds:' is not a mapping")]
    [InlineData("kinds:\n", "a mapping whose 'kinds:' is empty")]
    [InlineData("Person\n", "a single value")]
    public void A_schema_without_a_kinds_mapping_is_FG0030_at_its_root(string text, string what)
    {
        var schema = CorpusBuilder.LoadSchema(text);

        DiagnosticAssert.Exactly(schema.Diagnostics, Schema("FG0030", 1, 1, "The schema must be a mapping with a 'kinds:' mapping of kind names to their declarations; this file is " + what));
        Assert.Empty(schema.Kinds);
    }

    [Theory]
    [InlineData("person")]
    [InlineData("Per_son")]
    [InlineData("Pérson")]
    [InlineData("1Person")]
    public void A_kind_name_that_is_not_PascalCase_ascii_is_refused(string name)
    {
        Refuses($"  {name}:\n    plural: People\n", Schema("FG0057", 7, 3, $"The kind name must be a PascalCase C# name (Person); it is '{name}'"));
    }

    [Fact]
    public void An_empty_kind_or_field_name_is_refused()
    {
        Refuses("  '':\n    plural: People\n", Schema("FG0057", 7, 3, "The kind name must be a PascalCase C# name (Person); it is ''"));
        Refuses("  Person:\n    plural: People\n    fields:\n      '': { type: string }\n", Schema("FG0057", 10, 7, "The field name must be a camelCase C# name (voicedBy); it is ''"));
    }

    [Fact]
    public void Names_at_the_end_of_the_alphabet_are_names_too()
    {
        var schema = Load("  Zone:\n    plural: Zones\n    fields:\n      zip: { type: string }\n");

        DiagnosticAssert.Exactly(schema.Diagnostics);
        Assert.Equal("zip", Assert.Single(schema.FindKind("Zone")!.Fields).Name);
    }

    [Fact]
    public void A_kind_name_of_capitals_and_digits_is_accepted()
    {
        var schema = Load("  X2Y:\n    plural: X2Ys\n");

        DiagnosticAssert.Exactly(schema.Diagnostics);
        Assert.Equal("X2Ys", schema.FindKind("X2Y")!.Plural);
    }

    [Fact]
    public void A_kind_that_is_not_a_mapping_is_refused()
    {
        Refuses("  Person: People\n", Schema("FG0058", 7, 11, "The kind 'Person' must be a mapping with 'plural' and 'fields'"));
    }

    [Fact]
    public void An_unknown_kind_key_is_refused_with_a_suggestion()
    {
        Refuses("  Person:\n    plural: People\n    feilds: {}\n",
            Schema("FG0056", 9, 5, "The kind 'Person' has the unknown key 'feilds'; did you mean 'fields'?"));
    }

    [Fact]
    public void A_missing_plural_is_refused_and_the_name_plus_s_is_used()
    {
        var schema = Load("  Person:\n    fields: {}\n");

        DiagnosticAssert.Exactly(schema.Diagnostics, Schema("FG0057", 7, 3, "The plural of kind 'Person' must be a PascalCase C# name (People); it is missing"));
        Assert.Equal("Persons", schema.FindKind("Person")!.Plural);
    }

    [Fact]
    public void A_plural_that_is_not_PascalCase_is_refused_where_it_is_written()
    {
        Refuses("  Person:\n    plural: people\n", Schema("FG0057", 8, 13, "The plural of kind 'Person' must be a PascalCase C# name (People); it is 'people'"));
    }

    [Fact]
    public void Fields_that_are_not_a_mapping_are_refused_but_empty_fields_are_not()
    {
        Refuses("  Person:\n    plural: People\n    fields: [name]\n",
            Schema("FG0058", 9, 13, "The 'fields' of kind 'Person' must be a mapping of field names to declarations"));
        DiagnosticAssert.Exactly(Load("  Person:\n    plural: People\n    fields:\n").Diagnostics);
    }

    [Theory]
    [InlineData("Name")]
    [InlineData("first_name")]
    [InlineData("naïve")]
    public void A_field_name_that_is_not_camelCase_ascii_is_refused(string name)
    {
        Refuses($"  Person:\n    plural: People\n    fields:\n      {name}: {{ type: string }}\n",
            Schema("FG0057", 10, 7, $"The field name must be a camelCase C# name (voicedBy); it is '{name}'"));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("citations")]
    [InlineData("basis")]
    [InlineData("note")]
    [InlineData("isInferred")]
    [InlineData("kind")]
    [InlineData("toString")]
    [InlineData("equals")]
    [InlineData("getHashCode")]
    [InlineData("getType")]
    [InlineData("deconstruct")]
    [InlineData("printMembers")]
    [InlineData("memberwiseClone")]
    [InlineData("finalize")]
    [InlineData("equalityContract")]
    [InlineData("person")]
    [InlineData("aliases")]
    [InlineData("bySource")]
    [InlineData("inferred")]
    [InlineData("inferredFields")]
    public void A_field_name_that_is_built_in_generated_or_the_kind_s_own_is_taken(string name)
    {
        Refuses($"  Person:\n    plural: People\n    fields:\n      {name}: {{ type: string }}\n",
            Schema("FG0060", 10, 7, $"The field name '{name}' is taken: every fact has id, citations, basis, note, aliases and inferred, and a field may not share its kind's name or a generated member's"));
    }

    [Fact]
    public void A_field_that_is_not_a_mapping_is_refused()
    {
        Refuses("  Person:\n    plural: People\n    fields:\n      name: string\n",
            Schema("FG0058", 10, 13, "The field 'name' must be a mapping such as { type: string }"));
    }

    [Fact]
    public void An_unknown_field_key_is_refused_with_a_suggestion()
    {
        Refuses("  Person:\n    plural: People\n    fields:\n      name: { type: string, requird: true }\n",
            Schema("FG0056", 10, 29, "The field 'name' has the unknown key 'requird'; did you mean 'required'?"));
    }

    [Theory]
    [InlineData("{ list: true }", 7, "(none)")]
    [InlineData("{ type: }", 21, "(none)")]
    [InlineData("{ type: String }", 21, "String")]
    [InlineData("{ type: strings }", 21, "strings")]
    public void A_field_without_a_known_lowercase_type_is_FG0021(string declaration, int column, string shown)
    {
        Refuses($"  Person:\n    plural: People\n    fields:\n      name: {declaration}\n",
            new Expected("FG0021", 10, column, $"The field 'name' has the unknown type '{shown}'; use one of: string, text, int, decimal, bool, date, url, enum, reference, citation", Path: Path));
    }

    [Fact]
    public void A_reference_without_a_kind_is_FG0022_at_its_type()
    {
        Refuses("  Person:\n    plural: People\n    fields:\n      friend: { type: reference }\n",
            new Expected("FG0022", 10, 23, "The field 'friend' refers to the kind '(none)', which the schema does not declare", Path: Path));
    }

    [Fact]
    public void A_reference_to_an_undeclared_kind_is_FG0022_at_the_kind_with_a_suggestion()
    {
        Refuses("  Person:\n    plural: People\n    fields:\n      friend: { type: reference, kind: Persn }\n",
            new Expected("FG0022", 10, 40, "The field 'friend' refers to the kind 'Persn', which the schema does not declare; did you mean 'Person'?", Path: Path));
    }

    [Theory]
    [InlineData("{ type: enum }")]
    [InlineData("{ type: enum, values: [] }")]
    [InlineData("{ type: enum, values: lead }")]
    public void An_enum_without_values_is_refused_at_its_type(string declaration)
    {
        Refuses($"  Person:\n    plural: People\n    fields:\n      role: {declaration}\n",
            Schema("FG0061", 10, 21, "The enum field 'role' needs a 'values' list"));
    }

    [Theory]
    [InlineData("[Lead]", 36, "'Lead' is not one")]
    [InlineData("[lead, lead]", 42, "'lead' is given twice")]
    [InlineData("[lead, [a]]", 42, "a list is not one")]
    [InlineData("[lead, a--b]", 42, "'a--b' is not one")]
    public void Enum_values_must_be_distinct_lowercase_slugs(string values, int column, string why)
    {
        Refuses($"  Person:\n    plural: People\n    fields:\n      role: {{ type: enum, values: {values} }}\n",
            Schema("FG0062", 10, column, "The enum values of 'role' must be distinct lowercase slugs; " + why));
    }

    [Fact]
    public void Enum_values_that_become_one_csharp_name_collide_and_the_first_is_kept()
    {
        var schema = Load("  Person:\n    plural: People\n    fields:\n      role: { type: enum, values: [a-1, a1, b] }\n");

        DiagnosticAssert.Exactly(schema.Diagnostics,
            new Expected("FG0015", 10, 41, "'a1' becomes the C# name 'A1', the same as the enum value 'a-1'", Path: Path));
        Assert.Equal(["a-1", "b"], schema.FindKind("Person")!.FindField("role")!.EnumValues);
    }

    [Theory]
    [InlineData("decimal")]
    [InlineData("text")]
    [InlineData("date")]
    [InlineData("url")]
    public void Only_string_enum_reference_bool_and_int_fields_can_be_indexed(string type)
    {
        var schema = Load($"  Person:\n    plural: People\n    fields:\n      size: {{ type: {type}, indexed: true }}\n");

        DiagnosticAssert.Exactly(schema.Diagnostics,
            Schema("FG0059", 10, 32 + type.Length, "The field 'size' cannot be indexed: only string, enum, reference, bool and int fields get lookup tables"));
        Assert.False(schema.FindKind("Person")!.FindField("size")!.IsIndexed);
    }

    [Theory]
    [InlineData("{ type: string, inverse: Friends }", 40, "FG0059", "The field 'friend' cannot have an inverse: only a reference field has one, on the kind it names")]
    [InlineData("{ type: reference, kind: Person, inverse: friends }", 57, "FG0057", "The inverse of field 'friend' must be a PascalCase C# name (People); it is 'friends'")]
    public void An_inverse_must_be_a_PascalCase_name_on_a_reference(string declaration, int column, string id, string message)
    {
        var schema = Load($"  Person:\n    plural: People\n    fields:\n      friend: {declaration}\n");

        DiagnosticAssert.Exactly(schema.Diagnostics, Schema(id, 10, column, message));
        Assert.Null(schema.FindKind("Person")!.FindField("friend")!.Inverse);
    }

    [Theory]
    [InlineData("required")]
    [InlineData("list")]
    [InlineData("indexed")]
    public void A_flag_that_is_not_true_or_false_is_FG0064_and_false(string flag)
    {
        var schema = Load($"  Person:\n    plural: People\n    fields:\n      name: {{ type: string, {flag}: yes }}\n");

        DiagnosticAssert.Exactly(schema.Diagnostics,
            new Expected("FG0064", 10, 31 + flag.Length, $"'{flag}' takes true or false, not 'yes'", Path: Path));
        var name = schema.FindKind("Person")!.FindField("name")!;
        Assert.False(name.IsRequired || name.IsList || name.IsIndexed);
    }

    [Fact]
    public void A_source_flag_that_is_not_true_or_false_is_FG0064_and_the_kind_is_not_a_source()
    {
        var schema = CorpusBuilder.LoadSchema("kinds:\n  Source:\n    plural: Sources\n    source: 'yes'\n    fields:\n      file: { type: string }\n");

        DiagnosticAssert.Exactly(schema.Diagnostics,
            new Expected("FG0064", 4, 13, "'source' takes true or false, not 'yes'", Path: Path),
            Schema("FG0063", 2, 3, "Exactly one kind must be marked 'source: true', with a 'file' field of type string (the file name of the article): none is"));
    }

    [Fact]
    public void Two_source_kinds_are_refused_with_the_count()
    {
        var schema = CorpusBuilder.LoadSchema(SchemaPreamble.SourceKind + "  Paper:\n    plural: Papers\n    source: true\n    fields:\n      file: { type: string }\n");

        DiagnosticAssert.Exactly(schema.Diagnostics,
            Schema("FG0063", 2, 3, "Exactly one kind must be marked 'source: true', with a 'file' field of type string (the file name of the article): 2 are (Source, Paper)"));
    }

    [Theory]
    [InlineData("{ type: text }")]
    [InlineData("{ type: string, list: true }")]
    [InlineData("{ type: url }")]
    public void The_source_kind_needs_a_single_string_file_field(string file)
    {
        var schema = CorpusBuilder.LoadSchema($"kinds:\n  Source:\n    plural: Sources\n    source: true\n    fields:\n      file: {file}\n");

        DiagnosticAssert.Exactly(schema.Diagnostics,
            Schema("FG0063", 2, 3, "Exactly one kind must be marked 'source: true', with a 'file' field of type string (the file name of the article): the source kind 'Source' has no such field"));
    }

    [Fact]
    public void An_inverse_named_like_a_generated_member_or_its_target_kind_clashes()
    {
        var schema = Load("""
              Person:
                plural: People
                fields:
                  a: { type: reference, kind: Person, inverse: Citations }
                  b: { type: reference, kind: Person, inverse: Person }
                  c: { type: reference, kind: Person, inverse: Friends }
                  d: { type: reference, kind: Person, inverse: Friends }
                  e: { type: reference, kind: Person, inverse: C }
                  f: { type: reference, kind: Person, inverse: Friends }
            """);

        DiagnosticAssert.Exactly(schema.Diagnostics,
            new Expected("FG0023", 10, 7, "The inverse 'Citations' on Person clashes with a member every generated record has", Path: Path),
            new Expected("FG0023", 11, 7, "The inverse 'Person' on Person clashes with a member every generated record has", Path: Path),
            new Expected("FG0023", 13, 7, "The inverse 'Friends' on Person clashes with the inverse of 'Person.c'", Path: Path),
            new Expected("FG0023", 14, 7, "The inverse 'C' on Person clashes with the field 'c' of Person", Path: Path),
            // A third use is told the first, not the second that was refused.
            new Expected("FG0023", 15, 7, "The inverse 'Friends' on Person clashes with the inverse of 'Person.c'", Path: Path));
    }

    [Theory]
    [InlineData("All", "", 7)]
    [InlineData("Get", "", 7)]
    [InlineData("TryGet", "", 7)]
    [InlineData("ByName", "      name: { type: string, indexed: true }\n", 7)]
    public void A_plural_that_names_a_member_of_its_own_class_collides(string plural, string fields, int line)
    {
        Refuses($"  Person:\n    plural: {plural}\n    fields:\n{fields}",
            new Expected("FG0015", line, 3, $"'{plural}' becomes the C# name '{plural}', which is also a member of the class it names", Path: Path));
    }

    [Fact]
    public void A_plural_like_an_unindexed_field_s_lookup_does_not_collide()
    {
        DiagnosticAssert.Exactly(Load("  Person:\n    plural: ByName\n    fields:\n      name: { type: string }\n").Diagnostics);
    }

    [Theory]
    [InlineData("FactCatalog", "Things", "FactCatalog", "a type FactGen generates")]
    [InlineData("Thing", "Citation", "Citation", "a type FactGen generates")]
    [InlineData("Thing", "FactDate", "FactDate", "a type FactGen generates")]
    [InlineData("IFact", "Things", "IFact", "a type FactGen generates")]
    [InlineData("FactBasis", "Things", "FactBasis", "a type FactGen generates")]
    [InlineData("DatePrecision", "Things", "DatePrecision", "a type FactGen generates")]
    [InlineData("FactData", "Things", "FactData", "a type FactGen generates")]
    [InlineData("SourceIds", "Things", "SourceIds", "generated for the kind 'Source'")]
    [InlineData("Thing", "Sources", "Sources", "generated for the kind 'Source'")]
    public void A_kind_whose_names_are_taken_collides(string kind, string plural, string taken, string owner)
    {
        Refuses($"  {kind}:\n    plural: {plural}\n",
            new Expected("FG0015", 7, 3, $"'{kind}' becomes the C# name '{taken}', which is also {owner}", Path: Path));
    }

    [Fact]
    public void A_kind_named_like_another_kind_s_enum_type_collides()
    {
        Refuses("  Person:\n    plural: People\n    fields:\n      role: { type: enum, values: [a] }\n  PersonRole:\n    plural: PersonRoles\n",
            new Expected("FG0015", 11, 3, "'PersonRole' becomes the C# name 'PersonRole', which is also generated for the kind 'Person'", Path: Path));
    }

    [Fact]
    public void Every_later_kind_that_makes_a_taken_type_name_is_told_which_kind_took_it_first()
    {
        Refuses("  Person:\n    plural: People\n  Folk:\n    plural: People\n  Crowd:\n    plural: People\n",
            new Expected("FG0015", 9, 3, "'Folk' becomes the C# name 'People', which is also generated for the kind 'Person'", Path: Path),
            new Expected("FG0015", 11, 3, "'Crowd' becomes the C# name 'People', which is also generated for the kind 'Person'", Path: Path));
    }

    [Theory]
    [InlineData("Note")]
    [InlineData("Aliases")]
    [InlineData("Basis")]
    public void A_kind_named_like_a_member_every_record_has_collides(string kind)
    {
        Refuses($"  {kind}:\n    plural: {kind}s\n",
            new Expected("FG0015", 7, 3, $"'{kind}' becomes the C# name '{kind}', which is also a member every record has or FactGen reserves", Path: Path));
    }

    [Fact]
    public void A_schema_without_kinds_is_invalid_and_the_fact_files_are_not_bound_against_it()
    {
        var schema = CorpusBuilder.LoadSchema("kinds: 3\n");
        Assert.False(schema.IsValid);

        var diagnostics = new CorpusBuilder().Schema("kinds: 3\n").File("facts/people.yaml", "kind: Person\nfacts: []\n").Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            Schema("FG0030", 1, 1, "The schema must be a mapping with a 'kinds:' mapping of kind names to their declarations; this file is a mapping whose 'kinds:' is not a mapping"));
    }

    [Fact]
    public void A_valid_schema_is_valid_even_with_no_fields()
    {
        var schema = Load("  Person:\n    plural: People\n");

        Assert.True(schema.IsValid);
        Assert.Empty(schema.FindKind("Person")!.Fields);
    }
}
