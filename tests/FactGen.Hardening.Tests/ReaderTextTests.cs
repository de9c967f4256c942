using System.Linq;
using FactGen.Core.Reading;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Hardening.Tests.Infrastructure;

namespace FactGen.Hardening.Tests;

/// <summary>
/// Characters at the edge of what YAML text may hold: a leading byte order mark is allowed and
/// ignored; a NUL or an unpaired surrogate is reported where it is, never dropped or passed on.
/// </summary>
public class ReaderTextTests
{
    [Fact]
    public void A_leading_byte_order_mark_in_the_text_is_not_part_of_the_first_key()
    {
        // Text read from disk has its BOM decoded away; text handed over in memory may keep U+FEFF.
        var withBom = HardeningHarness.Run(Fixtures.Files(("people.yaml", "\uFEFF" + Fixtures.People)).Select(Relocated));
        var without = HardeningHarness.Run(Fixtures.Files().Select(Relocated));

        Assert.Empty(withBom.GeneratorDiagnostics);
        Assert.Equal(without.GeneratedText, withBom.GeneratedText);
    }

    [Fact]
    public void Positions_after_a_leading_byte_order_mark_still_point_at_the_text()
    {
        var text = "\uFEFFkind: Persn\nfacts: []";
        var result = YamlReader.Read("p.yaml", text, ReadLimits.Default);

        var diagnostic = Assert.Single(FactGen.Core.Binding.Corpus.Bind(
            FactGen.Core.Binding.Corpus.LoadSchema([ParsedFile.Read("schema.yaml", Fixtures.Schema, ReadLimits.Default)]),
            [new ParsedFile("p.yaml", false, result.Root, result.Diagnostics)], null, ReadLimits.Default).Diagnostics);
        Assert.Equal("FG0004", diagnostic.Id);
        Assert.Equal((1, 8), (diagnostic.Span.Line, diagnostic.Span.Column)); // the BOM is column 1 of the text
        Assert.Equal("Persn", text.Substring(diagnostic.Span.Offset, diagnostic.Span.Length));
    }

    [Theory]
    [InlineData("kind: Person\nfacts:\n  - id: ada\n    name: Ada\0\n", 4, 14)]
    [InlineData("\0kind: Person\nfacts: []", 1, 1)]
    [InlineData("kind: Person\r\nfacts: []\r\n# a comment\0", 3, 12)]
    public void A_nul_character_is_reported_where_it_is_not_dropped(string text, int line, int column)
    {
        var result = YamlReader.Read("p.yaml", text, ReadLimits.Default);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FG0001", diagnostic.Id);
        Assert.Contains("U+0000", diagnostic.Message);
        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Null(result.Root);
    }

    // Theory data is serialized to the runner, which would replace a lone surrogate with U+FFFD:
    // the texts are written with "<D800>" placeholders and built here.
    [Theory]
    [InlineData("name: x<D800>y", "FG0033", "U+D800")]
    [InlineData("name: \"<DC00>\"", "FG0033", "U+DC00")]
    [InlineData("name: x<DC00><D800>", "FG0033", "U+DC00")]
    [InlineData("# <D800> in a comment\nname: x", "FG0033", "U+D800")]
    [InlineData("name: \"x\\uD800y\"", "FG0001", "surrogate")]
    [InlineData("name: \"x\\uDC00\"", "FG0001", "surrogate")]
    public void An_unpaired_surrogate_is_a_diagnostic_never_a_value(string template, string id, string shown)
    {
        var text = template.Replace("<D800>", "\uD800").Replace("<DC00>", "\uDC00");
        var result = YamlReader.Read("p.yaml", text, ReadLimits.Default);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(id, diagnostic.Id);
        Assert.Contains(shown, diagnostic.Message);
        Assert.Null(result.Root);
    }

    /// <summary>
    /// Found by the surrogate property (FACTGEN_PROPERTY_SEED=20261123,40523, case 8718): YamlDotNet
    /// pairs an escaped high surrogate with the next escape, whatever it is, keeping its low 16 bits,
    /// so "\uD8D6\U000CDF78" read as U+45F78, a character nobody wrote.
    /// </summary>
    [Theory]
    [InlineData("name: \"\\uD8D6\\U000CDF78\"", 1, 8)]
    [InlineData("name: \"ok \\uD83D\\uDE00, then \\uDBFF\\U0010DC00\"", 1, 30)]
    [InlineData("name: \"a\\\\\\uD800\\U0001DC00\"", 1, 11)]
    [InlineData("a: 1\nname: \"x\n  \\ud800\\U0000dc00\"", 3, 3)]
    public void An_escaped_high_surrogate_pairs_only_with_an_escaped_low_surrogate(string text, int line, int column)
    {
        var result = YamlReader.Read("p.yaml", text, ReadLimits.Default);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("FG0001", diagnostic.Id);
        Assert.Contains("surrogate", diagnostic.Message);
        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Null(result.Root);
    }

    [Theory]
    [InlineData("name: \"\\uD83D\\uDE00\"")]
    [InlineData("name: \"\\ud83d\\ude00\"")]
    [InlineData("name: '\\uD800\\U0001DC00'")]
    [InlineData("name: \\uD800\\U0001DC00")]
    [InlineData("# \"\\uD800\\U0001DC00\"\nname: x")]
    [InlineData("name: \"\\\\uD800\\\\U0001DC00\"")]
    public void Text_that_only_looks_like_a_broken_pair_is_read(string text)
    {
        var result = YamlReader.Read("p.yaml", text, ReadLimits.Default);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(result.Root);
    }

    [Fact]
    public void An_unpaired_surrogate_is_located_where_it_is()
    {
        var text = "kind: Person\r\nfacts:\n  - id: ada\n    name: A\uDC00da\n";
        var diagnostic = Assert.Single(YamlReader.Read("p.yaml", text, ReadLimits.Default).Diagnostics);

        Assert.Equal("FG0033", diagnostic.Id);
        Assert.Equal((4, 12), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Equal('\uDC00', text[diagnostic.Span.Offset]);
    }

    [Theory]
    [InlineData("name: \"\\uD83D\\uDE00\"")]
    [InlineData("name: \"\\U0001F600\"")]
    [InlineData("name: \"\U0001F600\"")]
    [InlineData("name: \U0001F600")]
    public void A_surrogate_pair_is_one_character_and_reads_exactly(string text)
    {
        var result = YamlReader.Read("p.yaml", text, ReadLimits.Default);

        Assert.Empty(result.Diagnostics);
        Assert.Equal("\U0001F600", ((YamlScalar)((YamlMapping)result.Root!).Find("name")!.Value).Value);
    }

    private static Microsoft.CodeAnalysis.AdditionalText Relocated(Microsoft.CodeAnalysis.AdditionalText text) =>
        HardeningHarness.File(System.IO.Path.GetFileName(text.Path), text.GetText()!.ToString());
}
