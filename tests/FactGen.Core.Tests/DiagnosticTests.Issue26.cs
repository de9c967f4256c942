using System.Linq;
using System.Text;
using FactGen.Core.Reading;
using Xunit;

namespace FactGen.Core.Tests;

// Issue 26: one decoding, no blank proof, one finding per problem, inferred fields said plainly.
public sealed partial class DiagnosticTests
{
    private const string LatinOnePeople = "kind: Person\nfacts:\n  - id: ann\n    name: Ann Caf\u00E9\n    citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]\n";

    [Fact]
    public void FG0065_bytes_that_are_not_utf8_are_reported_where_the_decoder_replaced_them()
    {
        var text = FactText.Decode(Encoding.Latin1.GetBytes(LatinOnePeople))!;
        var diagnostics = WithPeople(text).Diagnostics();

        Assert.Contains('\uFFFD', text);
        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0065", 4, 18, "The file holds U+FFFD at line 4, column 18: bytes that are not valid UTF-8 (or UTF-16) were replaced there when the file was decoded, or the character was typed. "
                + "FactGen reads UTF-8, or UTF-16 with a byte order mark, and never lets a value change silently: save the file as UTF-8, and write a wanted U+FFFD as the escape \"\\uFFFD\"", Path: People));
    }

    [Fact]
    public void FG0065_is_not_reported_for_the_same_text_in_utf8_or_utf16_with_a_byte_order_mark()
    {
        var utf8 = FactText.Decode(Encoding.UTF8.GetBytes(LatinOnePeople));
        var utf8Bom = FactText.Decode([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(LatinOnePeople)]);
        var utf16 = FactText.Decode([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(LatinOnePeople)])!;
        var utf16BigEndian = FactText.Decode([.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(LatinOnePeople)]);

        Assert.All(new[] { utf8, utf8Bom, utf16, utf16BigEndian }, text => Assert.Equal(LatinOnePeople, text));
        DiagnosticAssert.Exactly(WithPeople(utf16).Source("s1.txt", CorpusBuilder.Article).Diagnostics(),
            new Expected("FG0028", 3, 9, "Paragraph 2 of 's1' is cited by no fact", Path: Sources));
    }

    [Fact]
    public void FG0065_the_text_the_compiler_decoded_with_a_legacy_code_page_is_decoded_as_the_cli_does()
    {
        // Windows' compiler falls back to Windows-1252 for bytes that are not UTF-8: "Café" there,
        // U+FFFD in the CLI. FactText takes the bytes back and decodes them the one way.
        var windows1252 = Encoding.Latin1;
        var compilerText = windows1252.GetString(Encoding.Latin1.GetBytes(LatinOnePeople));

        Assert.Equal(FactText.Decode(Encoding.Latin1.GetBytes(LatinOnePeople)), FactText.FromCompiler(compilerText, windows1252));
        Assert.Equal(LatinOnePeople, FactText.FromCompiler(LatinOnePeople, Encoding.UTF8));
    }

    [Fact]
    public void FG0066_a_file_the_compiler_gives_no_text_for_binary_or_unreadable()
    {
        var file = ParsedFile.Read(People, null, Limits(maxFileSize: 1024));

        Assert.Null(file.Root);
        DiagnosticAssert.Exactly(new CorpusBuilder().File(People, null).Diagnostics(),
            new Expected("FG0066", 1, 1, "The file could not be read as text: it could not be opened, or it is binary (not UTF-8, and two NUL characters in a row once decoded)", Path: People));
        Assert.Null(FactText.Decode([0xFF, 0x00, 0x00, 0x41]));
        Assert.Equal("\0\0A", FactText.Decode([0x00, 0x00, 0x41]));
    }

    [Fact]
    public void FG0067_a_quote_that_is_only_white_space_is_no_proof()
    {
        var result = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                citations:
                  - { source: s1, paragraph: 1, quote: Ann visited Paris }
                  - { source: s1, paragraph: 2, quote: "   " }
            """).Source("s1.txt", CorpusBuilder.Article).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0067", 7, 44, "The quote is blank: it holds no words once white space is folded, and every paragraph would contain it; quote the words of paragraph 2 of 's1' that state the fact", Path: People),
            new Expected("FG0028", 3, 9, "Paragraph 2 of 's1' is cited by no fact", Path: Sources));
        Assert.Single(result.Model.Kinds.Single(k => k.Schema.Name == "Person").Facts.Single().Citations);
    }

    [Fact]
    public void FG0068_a_built_in_entry_listed_as_inferred_is_said_to_be_built_in()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                inferred: [id]
                note: The id is ours.
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0068", 5, 16, "'id' is an entry every fact has, not a field of Person whose value could be inferred: 'inferred' lists fields of Person (name, active, age, born, home, role, country)", Path: People));
    }

    [Fact]
    public void FG0069_a_stated_fact_with_inferred_fields_and_no_note_is_not_called_inferred()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                role: envoy
                inferred: [role]
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0069", 3, 9, "The Person 'ann' lists inferred fields (role) but has no note saying how their values are known", Path: People));
    }

    [Fact]
    public void FG0070_empty_lists_for_each_source_are_no_value_for_a_required_field()
    {
        var schema = Edit(ProvenanceCorpus.Schema, "words: { type: text, list: true, perSource: true }", "words: { type: text, list: true, perSource: true, required: true }");
        var result = ProvenanceCorpus.With("""
            kind: Claim
            facts:
              - id: timing
                claimant: france
                words: { first: [], second: [] }
                citations:
                  - { source: first, paragraph: 1, quote: France said on Friday }
                  - { source: second, paragraph: 1, quote: Lee will attend }
            """).Schema(schema).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0070", 5, 21, "The required field 'words' has an empty list for the source 'first': an empty list is no value; give the values that source states, or leave the source out", Path: Claims),
            new Expected("FG0070", 5, 33, "The required field 'words' has an empty list for the source 'second': an empty list is no value; give the values that source states, or leave the source out", Path: Claims));
        Assert.Empty(result.Model.Kinds.Single(k => k.Schema.Name == "Claim").Facts);
    }

    [Fact]
    public void FG0005_is_not_reported_on_top_of_FG0043_for_a_required_value_given_per_source()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: { s1: Ann }
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0043", 4, 11, "The field 'name' of Person takes one value, not a value per source; give one value, or mark the field 'perSource: true' in the schema", Path: People));
    }

    [Fact]
    public void FG0005_is_not_reported_on_top_of_FG0007_for_a_required_value_in_the_wrong_shape()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: { first: Ann }
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0007", 4, 11, "The field 'name' expects text, but the value is a mapping", Path: People));
    }

    [Fact]
    public void FG0006_is_still_the_finding_for_a_name_in_inferred_that_is_no_field()
    {
        var diagnostics = WithPeople("""
            kind: Person
            facts:
              - id: ann
                name: Ann
                inferred: [rol]
                note: Guessed.
                citations: [{ source: s1, paragraph: 1, quote: Ann visited Paris }]
            """).Diagnostics();

        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0006", 5, 16, "The kind Person has no field 'rol'; did you mean 'role'?", Path: People));
    }
}
