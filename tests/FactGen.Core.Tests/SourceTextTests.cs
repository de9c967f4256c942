using System.Collections.Generic;
using FactGen.Core.Binding;
using FactGen.Core.Reading;

namespace FactGen.Core.Tests;

/// <summary>
/// How article text is compared with quotes: normalisation, paragraphs, containment and the
/// closest passage offered on a miss; and what ParsedFile makes of a file it could not read.
/// </summary>
public sealed class SourceTextTests
{
    [Theory]
    [InlineData("a  b", "a b")]
    [InlineData("  a\t\n b  ", "a b")]
    [InlineData("\u2018it\u2019s\u2019", "'it's'")]
    [InlineData("\u201Cquoted\u201D", "\"quoted\"")]
    [InlineData("2013\u20132014 \u2014 then", "2013-2014 - then")]
    [InlineData("cafe\u0301", "caf\u00E9")]
    [InlineData("", "")]
    [InlineData(" \n ", "")]
    public void Normalize_folds_white_space_curly_quotes_dashes_and_composes_accents(string text, string expected)
    {
        Assert.Equal(expected, TextNormalizer.Normalize(text));
    }

    /// <summary>
    /// The map the report uses to show a match where the reader sees it: each character of the
    /// normalized text points at the character of the original it came from, and a folded run of
    /// white space at the run's first character; leading and trailing white space maps to nothing.
    /// </summary>
    [Theory]
    [InlineData("a  b", "a b", new[] { 0, 1, 3 })]
    [InlineData("  a\t\n b  ", "a b", new[] { 2, 3, 6 })]
    [InlineData("\u201Cit\u201D \u2014 x", "\"it\" - x", new[] { 0, 1, 2, 3, 4, 5, 6, 7 })]
    [InlineData("", "", new int[0])]
    [InlineData(" \n ", "", new int[0])]
    public void Normalizing_records_where_each_character_came_from(string nfc, string expected, int[] origin)
    {
        var map = new List<int>();

        Assert.Equal(expected, TextNormalizer.Normalize(nfc, map));
        Assert.Equal(origin, map);
        Assert.Equal(expected.Length, map.Count);
    }

    [Fact]
    public void An_article_is_split_into_paragraphs_at_blank_lines_whatever_the_line_ends()
    {
        var article = SourceDocument.Parse("a.txt", "Headline\r\n\r\nFirst  body\nline two.\r\r   \nSecond \u201Cone\u201D.\n\n\n");

        Assert.Equal(["Headline", "First body line two.", "Second \"one\"."], article.Paragraphs);
        Assert.Equal(2, article.LastParagraph);
        Assert.Equal("a.txt", article.FileName);
    }

    [Fact]
    public void A_quote_is_found_only_in_its_own_paragraph_after_normalisation()
    {
        var article = SourceDocument.Parse("a.txt", "Headline\n\nAnn said \u201Cyes\u201D  twice.\n\nBob left.");

        Assert.True(article.Contains(1, "said \"yes\" twice"));
        Assert.True(article.Contains(0, "Headline"));
        Assert.True(article.Contains(2, "Bob left."));
        Assert.False(article.Contains(2, "Ann said"));
        Assert.False(article.Contains(1, "said yes"));
        Assert.False(article.Contains(3, "Bob"));
        Assert.False(article.Contains(-1, "Headline"));
        Assert.False(article.Contains(1, ""));
    }

    [Fact]
    public void The_closest_passage_is_the_window_of_the_quote_s_length_with_the_fewest_edits()
    {
        var article = SourceDocument.Parse("a.txt", "Headline\n\nThe minister met the mayor of Paris on Monday.");

        Assert.Equal("met the mayor", article.ClosestPassage(1, "met the mayr"));
        Assert.Equal("Paris on Monday.", article.ClosestPassage(1, "Paris on Mondy."));
        Assert.Equal("The", article.ClosestPassage(1, "Th"));
        Assert.Equal("Headline", article.ClosestPassage(0, "a much longer quote than the headline"));
    }

    [Theory]
    [InlineData("facts/schema.yaml", true)]
    [InlineData("facts/Schema.YAML", true)]
    [InlineData("schema.yaml", true)]
    [InlineData("facts/people.yaml", false)]
    [InlineData("facts/my-schema.yaml", false)]
    public void A_file_is_the_schema_by_its_name_in_any_case(string path, bool isSchema)
    {
        Assert.Equal(isSchema, ParsedFile.Read(path, "kinds: {}\n", ReadLimits.Default).IsSchema);
        Assert.Equal(isSchema, ParsedFile.IsSchemaPath(path));
    }

    [Theory]
    [InlineData("a.yaml", true)]
    [InlineData("a.YML", true)]
    [InlineData("a.yml", true)]
    [InlineData("a.yaml.txt", false)]
    [InlineData("a.json", false)]
    public void Fact_files_end_in_yaml_or_yml(string path, bool isFactFile)
    {
        Assert.Equal(isFactFile, ParsedFile.IsFactFile(path));
    }

    [Fact]
    public void A_file_that_could_not_be_read_is_FG0066_at_its_start()
    {
        var file = ParsedFile.Read("facts/people.yaml", null, ReadLimits.Default);

        Assert.Null(file.Root);
        Assert.False(file.IsSchema);
        DiagnosticAssert.Exactly(file.Diagnostics, new Expected("FG0066", 1, 1, "The file could not be read as text: it could not be opened, or it is binary (not UTF-8, and two NUL characters in a row once decoded)", Path: "facts/people.yaml"));
    }
}
