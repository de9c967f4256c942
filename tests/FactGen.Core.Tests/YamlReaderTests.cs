using System.Linq;
using System.Text;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;

namespace FactGen.Core.Tests;

/// <summary>
/// The reader at its edges: each limit at the value and one past it, where forbidden characters
/// are located after every kind of line break, a byte order mark's effect on positions, the
/// surrogate escape check, documents, and duplicate keys in large mappings.
/// </summary>
public sealed class YamlReaderTests
{
    private const string Path = "facts/people.yaml";

    private static YamlReadResult Read(string text, ReadLimits? limits = null) => YamlReader.Read(Path, text, limits ?? ReadLimits.Default);

    private static YamlMapping Mapping(string text)
    {
        var result = Read(text);
        DiagnosticAssert.Exactly(result.Diagnostics);
        return Assert.IsType<YamlMapping>(result.Root);
    }

    private static void Refused(string text, ReadLimits? limits, params Expected[] expected)
    {
        var result = Read(text, limits);
        Assert.Null(result.Root);
        DiagnosticAssert.Exactly(result.Diagnostics, expected);
    }

    [Fact]
    public void A_file_of_exactly_the_size_limit_is_read_and_one_more_character_is_FG0024()
    {
        var limits = ReadLimits.Default with { MaxFileSize = 6 };

        Assert.NotNull(Read("a: bcd", limits).Root);
        Refused("a: bcde", limits, new Expected("FG0024", 1, 1, "The file is 7 characters long, over the limit of 6 (FactGenMaxFileSize)", Path: Path));
    }

    [Fact]
    public void Nesting_of_exactly_the_depth_limit_is_read_and_one_level_more_is_FG0025_at_that_level()
    {
        var limits = ReadLimits.Default with { MaxDepth = 3 };

        Assert.NotNull(Read("a: [[b]]", limits).Root);
        Refused("a: [[[b]]]", limits, new Expected("FG0025", 1, 6, "The YAML nests deeper than 3 levels (FactGenMaxDepth)", Path: Path));
    }

    [Fact]
    public void Exactly_the_node_limit_is_read_and_one_node_more_is_FG0026_where_it_is_added()
    {
        // [a, b] is three nodes: two scalars, then the list itself when it closes.
        Assert.NotNull(Read("[a, b]", ReadLimits.Default with { MaxNodes = 3 }).Root);
        Refused("[a, b]", ReadLimits.Default with { MaxNodes = 2 },
            new Expected("FG0026", 1, 1, "Expanding aliases would make more than 2 nodes (FactGenMaxNodes); the file may be an alias bomb", Path: Path));
        Refused("[a, b]", ReadLimits.Default with { MaxNodes = 1 },
            new Expected("FG0026", 1, 5, "Expanding aliases would make more than 1 nodes (FactGenMaxNodes); the file may be an alias bomb", Path: Path));
    }

    [Fact]
    public void An_alias_counts_the_whole_weight_of_its_anchor()
    {
        // &x [1, 2] weighs 3; the document is a: (1) + 3, b: (1) + 3 by alias, and the mapping: 9.
        Assert.NotNull(Read("a: &x [1, 2]\nb: *x\n", ReadLimits.Default with { MaxNodes = 9 }).Root);
        Refused("a: &x [1, 2]\nb: *x\n", ReadLimits.Default with { MaxNodes = 7 },
            new Expected("FG0026", 2, 4, "Expanding aliases would make more than 7 nodes (FactGenMaxNodes); the file may be an alias bomb", Path: Path));
    }

    [Fact]
    public void An_alias_reads_as_the_anchored_node()
    {
        var root = Mapping("a: &x [1, 2]\nb: *x\n");

        Assert.Same(root.Entries[0].Value, root.Entries[1].Value);
    }

    [Theory]
    [InlineData("a: b\n\0", 2, 1, 5)]
    [InlineData("a: b\r\n\0", 2, 1, 6)]
    [InlineData("a: b\r\0", 2, 1, 5)]
    [InlineData("a: b\r\r\0", 3, 1, 6)]
    [InlineData("a\u0085b\u2028c\u2029d: \0", 4, 4, 9)]
    [InlineData("ab: c\0", 1, 6, 5)]
    public void A_nul_is_FG0001_at_its_line_and_column_after_any_line_break(string text, int line, int column, int offset)
    {
        var result = Read(text);

        Assert.Null(result.Root);
        var nul = Assert.Single(result.Diagnostics);
        Assert.Equal(new SourceSpan(Path, line, column, line, column + 1, offset, 1), nul.Span);
        Assert.Equal("The file is not valid YAML: it holds the character U+0000 (NUL), which YAML does not allow", nul.Message);
    }

    [Theory]
    // Text with half a pair cannot go through InlineData (test discovery would replace it with
    // U+FFFD): each case is a prefix, the half, and what follows.
    [InlineData("a: ", 0xD800, "x", 1, 4)]
    [InlineData("a: ", 0xDC00, "", 1, 4)]
    [InlineData("a: b\nc: ", 0xD83D, "", 2, 4)]
    [InlineData("a: ", 0xDE00, "\uD83D", 1, 4)]
    [InlineData("a: \r\n ", 0xDBFF, " ", 2, 2)]
    public void Half_a_surrogate_pair_is_FG0033_at_its_line_and_column(string before, int half, string after, int line, int column)
    {
        var text = before + (char)half + after;
        Refused(text, null, new Expected("FG0033", line, column,
            $"The file holds U+{half:X4}, half of a surrogate pair without its other half, at line {line}, column {column}: it is not Unicode text", Path: Path));
    }

    [Fact]
    public void A_surrogate_pair_is_one_character()
    {
        var root = Mapping("a: \uD83D\uDE00\nb: x\uD83D\uDE00\uD83D\uDE00");

        Assert.Equal("\uD83D\uDE00", ((YamlScalar)root.Entries[0].Value).Value);
        Assert.Equal("x\uD83D\uDE00\uD83D\uDE00", ((YamlScalar)root.Entries[1].Value).Value);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_key_but_counts_in_line_1_positions()
    {
        var root = Mapping("\uFEFFab: 1\ncd: 2\n");

        Assert.Equal(["ab", "cd"], root.Entries.Select(e => e.Key.Value));
        Assert.Equal(new SourceSpan(Path, 1, 2, 1, 4, 1, 2), root.Entries[0].Key.Span);
        Assert.Equal(new SourceSpan(Path, 1, 6, 1, 7, 5, 1), root.Entries[0].Value.Span);
        Assert.Equal(new SourceSpan(Path, 2, 1, 2, 3, 7, 2), root.Entries[1].Key.Span);
    }

    [Fact]
    public void A_byte_order_mark_moves_a_line_1_syntax_error_by_one_column_and_no_other()
    {
        Refused("\uFEFFa: \"b", null, Expected.Containing("FG0001", 1, 5, "While scanning a quoted scalar", Path));
        Refused("a: \"b", null, Expected.Containing("FG0001", 1, 4, "While scanning a quoted scalar", Path));
        Refused("\uFEFFx: 1\na: \"b", null, Expected.Containing("FG0001", 2, 4, "While scanning a quoted scalar", Path));
    }

    [Fact]
    public void Containers_span_from_their_start_to_their_end()
    {
        var root = Mapping("a: [1, 22]\nb: x\n");

        // The list starts at its bracket; its end is where the parser's end event puts it.
        var list = root.Entries[0].Value.Span;
        Assert.Equal((1, 4, 1, 3), (list.Line, list.Column, list.EndLine, list.Offset));
        Assert.Equal(list.EndColumn - list.Column, list.Length);
        Assert.InRange(list.EndColumn, 10, 11);
        Assert.Equal(1, root.Span.Line);
        Assert.Equal(1, root.Span.Column);
        Assert.Equal(0, root.Span.Offset);
    }

    [Theory]
    [InlineData("a: 1", true)]
    [InlineData("a: '1'", false)]
    [InlineData("a: \"1\"", false)]
    [InlineData("a: !!str 1", false)]
    [InlineData("a: |\n  1\n", false)]
    public void A_scalar_is_plain_only_when_unquoted_and_untagged(string text, bool plain)
    {
        var value = Assert.IsType<YamlScalar>(Mapping(text).Entries[0].Value);

        Assert.Equal("1", value.Value.TrimEnd('\n'));
        Assert.Equal(plain, value.IsPlain);
    }

    [Theory]
    [InlineData("a: 1\n---\nb: 2\n", 2, 1)]
    [InlineData("--- a\n--- b\n", 2, 1)]
    [InlineData("a: 1\n...\n---\nb: 2\n", 3, 1)]
    [InlineData("a: 1\n...\nb: 2\n", 3, 1)] // after '...', a document starts without '---'
    public void A_second_document_is_FG0032_where_it_starts(string text, int line, int column)
    {
        Refused(text, null, new Expected("FG0032", line, column, "A fact file holds one YAML document; this is a second one", Path: Path));
    }

    [Theory]
    [InlineData("---\na: 1\n")]
    [InlineData("%YAML 1.2\n---\na: 1\n")]
    [InlineData("a: 1\n...\n")]
    public void One_document_however_it_is_marked_is_read(string text)
    {
        Assert.Equal("a", Assert.Single(Mapping(text).Entries).Key.Value);
    }

    [Fact]
    public void Duplicate_keys_are_found_in_a_mapping_of_any_size()
    {
        // Past 16 keys the reader looks keys up in a dictionary rather than scanning them.
        var keys = Enumerable.Range(1, 20).Select(i => $"k{i}: {i}\n");
        var text = string.Concat(keys) + "k3: again\nk20: again\nk21: new\n";

        var result = Read(text);

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0002", 21, 1, "The key 'k3' appears more than once in this mapping; its first use is at line 3", Path: Path),
            new Expected("FG0002", 22, 1, "The key 'k20' appears more than once in this mapping; its first use is at line 20", Path: Path));
        var root = Assert.IsType<YamlMapping>(result.Root);
        Assert.Equal(21, root.Entries.Count);
        Assert.Equal("3", ((YamlScalar)root.Find("k3")!.Value).Value);
    }

    [Fact]
    public void Duplicate_keys_are_found_in_a_small_mapping_and_the_first_value_is_kept()
    {
        var result = Read("a: 1\nb: 2\na: 3\n");

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0002", 3, 1, "The key 'a' appears more than once in this mapping; its first use is at line 1", Path: Path));
        Assert.Equal("1", ((YamlScalar)((YamlMapping)result.Root!).Find("a")!.Value).Value);
    }

    [Fact]
    public void Seventeen_distinct_keys_are_no_duplicate()
    {
        var text = string.Concat(Enumerable.Range(1, 17).Select(i => $"k{i}: {i}\n"));

        Assert.Equal(17, Mapping(text).Entries.Count);
    }

    [Fact]
    public void An_escaped_high_surrogate_must_be_followed_by_an_escaped_low_one()
    {
        // YamlDotNet would pair \uD8D6 with the low 16 bits of the next escape, whatever it is.
        Refused("a: \"x\\uD8D6\\U000CDF78\"", null, new Expected("FG0001", 1, 6,
            "The file is not valid YAML: the escape \\uD8D6 is half of a surrogate pair, and the next escape is not its other half (\\uDC00 to \\uDFFF)", Path: Path));
        Refused("a: \"x\\uDBFF\\U0001DC00\"", null, Expected.Containing("FG0001", 1, 6, "the escape \\uDBFF is half of a surrogate pair", Path));
    }

    [Fact]
    public void The_surrogate_escape_check_locates_the_escape_on_later_lines()
    {
        Refused("a: 1\nb: \"one\n  two \\uD8D6\\U000CDF78\"", null, Expected.Containing("FG0001", 3, 7, "the escape \\uD8D6", Path));
        Refused("a: 1\r\nb: \"one\r\n  two \\uD8D6\\U000CDF78\"", null, Expected.Containing("FG0001", 3, 7, "the escape \\uD8D6", Path));
        Refused("\uFEFFb: \"\\uD8D6\\U000CDF78\"", null, Expected.Containing("FG0001", 1, 6, "the escape \\uD8D6", Path));
    }

    [Theory]
    [InlineData("a: \"\\uD83D\\uDE00\"", "\uD83D\uDE00")]
    [InlineData("a: \"\\uD800\\uDC00\"", "\uD800\uDC00")]
    [InlineData("a: \"\\uD83D\\uDC00\"", "\uD83D\uDC00")] // the lowest low half after a high one that is not the lowest
    [InlineData("a: \"\\uDBFF\\uDFFF\"", "\uDBFF\uDFFF")]
    [InlineData("a: \"\\\\uD800\"", "\\uD800")]
    [InlineData("a: \"\\uD7FF\"", "\uD7FF")]
    [InlineData("a: \"\\uE000\"", "\uE000")]
    [InlineData("a: \"\\\\\"", "\\")]
    [InlineData("a: \"\\", null)]
    public void Escapes_that_are_not_half_a_pair_read_as_written(string text, string? value)
    {
        var result = Read(text);
        if (value is null)
        {
            Assert.Equal(["FG0001"], result.Diagnostics.Select(d => d.Id));
            return;
        }
        DiagnosticAssert.Exactly(result.Diagnostics);
        Assert.Equal(value, ((YamlScalar)((YamlMapping)result.Root!).Entries[0].Value).Value);
    }

    [Fact]
    public void An_alias_to_no_anchor_is_FG0001_at_the_alias()
    {
        Refused("a: 1\nb: *nowhere\n", null,
            new Expected("FG0001", 2, 4, "The file is not valid YAML: the alias '*nowhere' names no anchor defined before it", Path: Path));
    }

    [Fact]
    public void A_parser_message_loses_its_position_prefix_and_line_breaks()
    {
        var error = Assert.Single(Read("a: [1,\n").Diagnostics);

        Assert.Equal("FG0001", error.Id);
        Assert.StartsWith("The file is not valid YAML: ", error.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("(Line", error.Message, System.StringComparison.Ordinal);
        Assert.DoesNotContain("\n", error.Message, System.StringComparison.Ordinal);
        Assert.Equal(error.Message.Trim(), error.Message);
    }

    [Fact]
    public void An_empty_text_has_no_root_and_no_diagnostic()
    {
        var result = Read(string.Empty);

        Assert.Null(result.Root);
        Assert.Empty(result.Diagnostics);
    }

    /// <summary>Where <paramref name="length"/> characters from <paramref name="offset"/> are, counted
    /// the plain way over the text as given (a byte order mark is the first column of line 1).</summary>
    private static SourceSpan SpanOf(string text, int offset, int length)
    {
        (int Line, int Column) At(int index)
        {
            var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
            return (text.Take(index).Count(c => c == '\n') + 1, index - lineStart + 1);
        }
        var (line, column) = At(offset);
        var (endLine, endColumn) = At(offset + length);
        return new SourceSpan(Path, line, column, endLine, endColumn, offset, length);
    }

    [Theory]
    [InlineData("a: bcd\n", "bcd")]
    [InlineData("\uFEFFa: bcd\n", "bcd")]
    [InlineData("\uFEFFx: 1\na: bcd\n", "bcd")]
    [InlineData("abc: \"x\n y\"\n", "\"x\n y\"")] // ends on a later line, left of where it starts
    [InlineData("a: \"x\n      y\"\n", "\"x\n      y\"")] // ends on a later line, right of where it starts
    public void A_value_spans_exactly_its_characters(string text, string value)
    {
        var root = Assert.IsType<YamlMapping>(Read(text).Root);

        Assert.Equal(SpanOf(text, text.IndexOf(value, System.StringComparison.Ordinal), value.Length), root.Entries[^1].Value.Span);
    }

    [Theory]
    [InlineData("a: \"x\\uD8D6\\U000CDF78\"")]
    [InlineData("\uFEFFb: \"\\uD8D6\\U000CDF78\"")]
    [InlineData("\uFEFFx: 1\nb: \"\\uD8D6\\U000CDF78\"")] // the mark moves line 1 only
    [InlineData("a: \"\\n\\t\\uD8D6\\U000CDF78\"")] // each escape before it is two columns
    [InlineData("a: \"\\uD800\\U000CDF78\"")] // the lowest high half
    public void Half_a_surrogate_pair_escaped_is_FG0001_spanning_exactly_the_escape(string text)
    {
        var result = Read(text);

        Assert.Null(result.Root);
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("FG0001", error.Id);
        var escape = text.IndexOf("\\uD8", System.StringComparison.Ordinal);
        Assert.Equal(SpanOf(text, escape, 6), error.Span);
        Assert.Contains($"the escape {text.Substring(escape, 6)} is half of a surrogate pair", error.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a: b{0}c\n", 0)]
    [InlineData("a: 1\nb: x{0}\n", 0xD800)]
    [InlineData("a: 1\r\nb: {0}\n", 0xDC00)] // (a lone surrogate cannot be theory data: it is written in here)
    public void A_forbidden_character_spans_exactly_that_character(string format, int code)
    {
        var forbidden = (char)code;
        var text = format.Replace("{0}", forbidden.ToString());
        var error = Assert.Single(Read(text).Diagnostics);

        var offset = text.IndexOf(forbidden);
        var expected = SpanOf(text.Replace("\r\n", "\n"), text.Replace("\r\n", "\n").IndexOf(forbidden), 1);
        Assert.Equal(expected with { Offset = offset }, error.Span);
    }

    [Theory]
    [InlineData("a:", true)]
    [InlineData("a: ~", true)]
    [InlineData("a: null", true)]
    [InlineData("a: Null", true)]
    [InlineData("a: NULL", true)]
    [InlineData("a: nULL", false)]
    [InlineData("a: 'null'", false)]
    [InlineData("a: !!str null", false)]
    public void Null_is_plain_and_spelled_as_YAML_spells_it(string text, bool isNull)
    {
        Assert.Equal(isNull, Assert.IsType<YamlScalar>(Mapping(text).Entries[0].Value).IsNull);
    }

    [Theory]
    [InlineData("a\r", 1, true)] // a CR that ends the text
    [InlineData("a\rb", 1, true)]
    [InlineData("a\r\nb", 1, false)] // CR LF ends its line at the LF
    [InlineData("a\r\nb", 2, true)]
    [InlineData("a\u2028b", 1, true)]
    [InlineData("ab", 1, false)]
    public void A_line_ends_at_each_break_and_once_at_CR_LF(string text, int index, bool ends)
    {
        Assert.Equal(ends, LineBreaks.EndsLine(text, index));
    }
}
