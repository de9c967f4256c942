using System;
using System.Linq;
using System.Text;
using FactGen.Core.Binding;
using FactGen.Core.Reading;

namespace FactGen.Core.Tests;

/// <summary>
/// The reader: positions of nodes, duplicate keys, one document per file, limits, and the rule
/// that the schema, not YAML 1.1, decides what a scalar means.
/// </summary>
public sealed class ReaderTests
{
    private const string Path = "facts/people.yaml";

    private static YamlMapping Root(string text)
    {
        var file = ParsedFile.Read(Path, text, ReadLimits.Default);
        DiagnosticAssert.Exactly(file.Diagnostics);
        return Assert.IsType<YamlMapping>(file.Root);
    }

    [Fact]
    public void Scalars_keep_their_line_column_offset_and_length()
    {
        const string text = "kind: Person\nfacts:\n  - id: ann\n    name: \"Ann B\"\n    aliases: [a, bb]\n";
        var root = Root(text);

        var kind = root.Find("kind")!;
        Assert.Equal((1, 1), (kind.Key.Span.Line, kind.Key.Span.Column));
        Assert.Equal((1, 7), (kind.Value.Span.Line, kind.Value.Span.Column));

        var fact = Assert.IsType<YamlMapping>(Assert.IsType<YamlSequence>(root.Find("facts")!.Value).Items[0]);
        Assert.Equal((3, 5), (fact.Span.Line, fact.Span.Column));

        var id = Assert.IsType<YamlScalar>(fact.Find("id")!.Value);
        Assert.Equal(("ann", true), (id.Value, id.IsPlain));
        Assert.Equal((3, 9, 3, 12), (id.Span.Line, id.Span.Column, id.Span.EndLine, id.Span.EndColumn));
        Assert.Equal(text.IndexOf("ann", StringComparison.Ordinal), id.Span.Offset);
        Assert.Equal(3, id.Span.Length);

        var name = Assert.IsType<YamlScalar>(fact.Find("name")!.Value);
        Assert.Equal(("Ann B", false), (name.Value, name.IsPlain));
        Assert.Equal((4, 11), (name.Span.Line, name.Span.Column));
        Assert.Equal(text.IndexOf("\"Ann B\"", StringComparison.Ordinal), name.Span.Offset);
        Assert.Equal("\"Ann B\"".Length, name.Span.Length);

        var aliases = Assert.IsType<YamlSequence>(fact.Find("aliases")!.Value);
        var second = Assert.IsType<YamlScalar>(aliases.Items[1]);
        Assert.Equal(("bb", 5, 18), (second.Value, second.Span.Line, second.Span.Column));
        Assert.Equal(Path, second.Span.Path);
    }

    [Fact]
    public void Positions_after_a_crlf_line_break_and_a_comment_are_right()
    {
        var root = Root("# people\r\nkind: Person\r\nfacts: []\r\n");

        var facts = root.Find("facts")!;
        Assert.Equal((3, 1), (facts.Key.Span.Line, facts.Key.Span.Column));
        Assert.Equal((3, 8), (facts.Value.Span.Line, facts.Value.Span.Column));
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_key_with_the_line_of_the_first_and_the_first_value_is_kept()
    {
        var file = ParsedFile.Read(Path, "a: 1\nb: 2\na: 3\n", ReadLimits.Default);

        DiagnosticAssert.Exactly(file.Diagnostics,
            new Expected("FG0002", 3, 1, "The key 'a' appears more than once in this mapping; its first use is at line 1", Path: Path));
        var root = Assert.IsType<YamlMapping>(file.Root);
        Assert.Equal(["a", "b"], root.Entries.Select(e => e.Key.Value));
        Assert.Equal("1", Assert.IsType<YamlScalar>(root.Find("a")!.Value).Value);
    }

    [Fact]
    public void Duplicate_keys_are_per_mapping_so_the_same_key_in_two_facts_is_fine()
    {
        Root("facts:\n  - id: a\n    name: A\n  - id: b\n    name: B\n");
    }

    [Fact]
    public void A_second_document_is_FG0032_and_nothing_is_read()
    {
        var file = ParsedFile.Read(Path, "kind: Person\nfacts: []\n---\nkind: Person\n", ReadLimits.Default);

        DiagnosticAssert.Exactly(file.Diagnostics,
            new Expected("FG0032", 3, 1, "A fact file holds one YAML document; this is a second one", Path: Path));
        Assert.Null(file.Root);
    }

    [Fact]
    public void An_explicit_start_marker_on_the_only_document_is_fine()
    {
        var root = Root("---\nkind: Person\nfacts: []\n...\n");

        Assert.Equal("Person", Assert.IsType<YamlScalar>(root.Find("kind")!.Value).Value);
    }

    [Theory]
    [InlineData("NO")]
    [InlineData("yes")]
    [InlineData("on")]
    [InlineData("Off")]
    [InlineData("010")]
    [InlineData("1e3")]
    [InlineData("0x1F")]
    [InlineData(".inf")]
    [InlineData("12:30")]
    [InlineData("true")]
    [InlineData("2024-01-02")]
    public void A_string_field_keeps_yaml_1_1_values_as_their_text(string text)
    {
        var result = new CorpusBuilder().File("facts/countries.yaml", $$"""
            kind: Country
            facts:
              - id: c
                name: {{text}}
                citations: [{ source: s1, paragraph: 1, quote: q }]
            """).File("facts/sources.yaml", CorpusBuilder.SourcesFile).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics);
        Assert.Equal(new StringValue(text), NameOf(result, "Country", "c"));
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("")]
    public void A_tilde_null_or_nothing_is_null_so_a_required_string_is_missing_and_the_fact_is_not_in_the_model(string text)
    {
        var result = new CorpusBuilder().File("facts/countries.yaml", $$"""
            kind: Country
            facts:
              - id: c
                name: {{text}}
                citations: [{ source: s1, paragraph: 1, quote: q }]
            """).File("facts/sources.yaml", CorpusBuilder.SourcesFile).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0005", 3, 9, "The Country 'c' has no 'name', which is required", Path: "facts/countries.yaml"));
        Assert.Empty(result.Model.Kinds.Single(k => k.Schema.Name == "Country").Facts);
    }

    [Fact]
    public void A_quoted_tilde_is_text()
    {
        var result = new CorpusBuilder().File("facts/countries.yaml", """
            kind: Country
            facts:
              - id: c
                name: "~"
                citations: [{ source: s1, paragraph: 1, quote: q }]
            """).File("facts/sources.yaml", CorpusBuilder.SourcesFile).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics);
        Assert.Equal(new StringValue("~"), NameOf(result, "Country", "c"));
    }

    [Theory]
    [InlineData("NO")]
    [InlineData("no")]
    [InlineData("yes")]
    [InlineData("Yes")]
    [InlineData("on")]
    [InlineData("off")]
    [InlineData("y")]
    [InlineData("True")]
    [InlineData("FALSE")]
    [InlineData("1")]
    public void A_bool_field_given_anything_but_true_or_false_is_FG0007(string text)
    {
        var diagnostics = new CorpusBuilder().File("facts/people.yaml", $$"""
            kind: Person
            facts:
              - id: ann
                name: Ann
                active: {{text}}
                citations: [{ source: s1, paragraph: 1, quote: q }]
            """).File("facts/sources.yaml", CorpusBuilder.SourcesFile).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0007", 5, 13, $"The field 'active' expects true or false, but the value is '{text}'", Path: "facts/people.yaml"));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void A_bool_field_takes_true_and_false(string text, bool expected)
    {
        var result = new CorpusBuilder().File("facts/people.yaml", $$"""
            kind: Person
            facts:
              - id: ann
                name: Ann
                active: {{text}}
                citations: [{ source: s1, paragraph: 1, quote: q }]
            """).File("facts/sources.yaml", CorpusBuilder.SourcesFile).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics);
        var person = result.Model.Kinds.Single(k => k.Schema.Name == "Person").Facts.Single();
        Assert.Equal(new BoolValue(expected), person.Values[1]);
    }

    [Fact]
    public void An_int_field_reads_010_as_ten_not_octal()
    {
        var result = new CorpusBuilder().File("facts/people.yaml", """
            kind: Person
            facts:
              - id: ann
                name: Ann
                age: 010
                citations: [{ source: s1, paragraph: 1, quote: q }]
            """).File("facts/sources.yaml", CorpusBuilder.SourcesFile).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics);
        var person = result.Model.Kinds.Single(k => k.Schema.Name == "Person").Facts.Single();
        Assert.Equal(new IntValue(10), person.Values[2]);
    }

    /// <summary>9 levels of 9 aliases: 9^9 (387 million) nodes if expanded.</summary>
    private static string AliasBomb()
    {
        var text = new StringBuilder("l0: &l0 [x, x, x, x, x, x, x, x, x]\n");
        for (var level = 1; level < 9; level++)
        {
            var alias = $"*l{level - 1}";
            text.Append($"l{level}: &l{level} [{string.Join(", ", Enumerable.Repeat(alias, 9))}]\n");
        }
        return text.ToString();
    }

    [Fact]
    public void An_alias_bomb_is_rejected_at_the_first_alias_past_the_limit_without_building_the_tree()
    {
        // The work is bounded by counts, not by a clock: the reader must stop at the first alias
        // whose expanded weight crosses MaxNodes (line 7's first *l5 takes the count from 672,610
        // to 1,270,481), never reading lines 8 and 9, and must not allocate the expansion.
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var file = ParsedFile.Read(Path, AliasBomb(), ReadLimits.Default);
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Null(file.Root);
        DiagnosticAssert.Exactly(file.Diagnostics,
            new Expected("FG0026", 7, 10, "Expanding aliases would make more than 1000000 nodes (FactGenMaxNodes); the file may be an alias bomb", Path: Path));
        Assert.True(allocated < 5_000_000, $"allocated {allocated} bytes: the expansion was built");
    }

    [Fact]
    public void The_node_count_includes_each_alias_at_its_expanded_weight()
    {
        // Line 1 makes 11 nodes (key, 9 scalars, the list) and l0 weighs 10; line 2's key is the
        // 12th, so its 9th alias of l0 is the first to pass 100 (12 + 9 * 10 = 102).
        var file = ParsedFile.Read(Path, AliasBomb(), ReadLimits.Default with { MaxNodes = 100 });

        Assert.Null(file.Root);
        DiagnosticAssert.Exactly(file.Diagnostics,
            new Expected("FG0026", 2, 50, "Expanding aliases would make more than 100 nodes (FactGenMaxNodes); the file may be an alias bomb", Path: Path));
    }

    [Fact]
    public void Deep_nesting_is_stopped_at_the_limit_without_exhausting_the_stack()
    {
        var text = new string('[', 100_000) + new string(']', 100_000);

        var file = ParsedFile.Read(Path, text, ReadLimits.Default);

        Assert.Null(file.Root);
        DiagnosticAssert.Exactly(file.Diagnostics,
            new Expected("FG0025", 1, 65, "The YAML nests deeper than 64 levels (FactGenMaxDepth)", Path: Path));
    }

    [Fact]
    public void Nesting_up_to_the_limit_is_read()
    {
        var limits = ReadLimits.Default with { MaxDepth = 3 };
        var file = ParsedFile.Read(Path, "a: [[x]]", limits);

        DiagnosticAssert.Exactly(file.Diagnostics);
        Assert.NotNull(file.Root);
    }

    [Fact]
    public void A_file_of_exactly_the_size_limit_is_read()
    {
        const string text = "kind: Person\n";
        var file = ParsedFile.Read(Path, text, ReadLimits.Default with { MaxFileSize = text.Length });

        DiagnosticAssert.Exactly(file.Diagnostics);
        Assert.NotNull(file.Root);
    }

    [Fact]
    public void An_empty_or_comment_only_file_has_no_root_or_a_null_one_and_no_facts()
    {
        var empty = new CorpusBuilder().File("facts/empty.yaml", string.Empty).File("facts/comment.yaml", "# nothing yet\n").Bind();

        DiagnosticAssert.Exactly(empty.Diagnostics);
        Assert.All(empty.Model.Kinds, k => Assert.Empty(k.Facts));
    }

    [Fact]
    public void A_complex_key_stops_reading_with_its_own_id()
    {
        var file = ParsedFile.Read(Path, "? [a, b]\n: c\n", ReadLimits.Default);

        DiagnosticAssert.Exactly(file.Diagnostics,
            new Expected("FG0038", 1, 3, "A mapping key must be a plain value, not a list or mapping", Path: Path));
        Assert.Null(file.Root);
    }

    private static FactValue? NameOf(BindResult result, string kind, string id)
    {
        var bound = result.Model.Kinds.Single(k => k.Schema.Name == kind);
        var fact = bound.Facts.Single(f => f.Id == id);
        return fact.Values[bound.Schema.Fields.ToList().IndexOf(bound.Schema.FindField("name")!)];
    }
}
