using System.IO;
using System.Linq;
using FactGen.Cli.Report;
using FactGen.Core.Binding;
using FactGen.Tests;

namespace FactGen.Cli.Tests;

/// <summary>The report's reading of an article: the same paragraphs and matching text as Core, with offsets back into the printed text.</summary>
public sealed class ArticleTextTests
{
    [SharedFact("sources")]
    public void Paragraphs_normalize_exactly_as_Core_reads_the_shipped_articles()
    {
        foreach (var path in Directory.GetFiles(SharedFolder.Require("sources"), "*.txt"))
        {
            var text = File.ReadAllText(path);
            var article = Article.Parse(Path.GetFileName(path), text);
            var core = SourceDocument.Parse(Path.GetFileName(path), text);

            Assert.Equal(core.Paragraphs.ToArray(), article.Paragraphs.Select(p => p.Normalized).ToArray());
        }
    }

    [Fact]
    public void A_normalized_quote_maps_back_to_the_printed_dash_quotes_and_spaces()
    {
        var paragraph = ArticleParagraph.Create(1, "PORTVILLE \u2014 The  harbour\nreopened, \u201Cnow\u201D it\u2019s open.");

        var range = paragraph.Find("PORTVILLE - The harbour reopened, \"now\" it's")!.Value;

        Assert.Equal("PORTVILLE \u2014 The  harbour\nreopened, \u201Cnow\u201D it\u2019s", paragraph.Text[range.Start..range.End]);
        Assert.Null(paragraph.Find("harbor"));
    }

    [Fact]
    public void A_quote_ending_in_an_astral_character_keeps_both_halves()
    {
        var paragraph = ArticleParagraph.Create(1, "Flags \U0001F1E8\U0001F1F3 flew.");

        var range = paragraph.Find("Flags \U0001F1E8\U0001F1F3")!.Value;

        Assert.Equal("Flags \U0001F1E8\U0001F1F3", paragraph.Text[range.Start..range.End]);
    }

    [Fact]
    public void Sentences_break_after_a_full_stop_before_a_capital_but_not_before_a_lowercase_word()
    {
        var paragraph = ArticleParagraph.Create(1, "Talks began. \u201CWe agree,\u201D he said. a face-to-face summit. face to face in California? Yes 2 times.");

        var sentences = paragraph.Sentences.Select(s => paragraph.Text[s.Start..s.End]).ToArray();

        Assert.Equal(["Talks began.", "\u201CWe agree,\u201D he said. a face-to-face summit. face to face in California?", "Yes 2 times."], sentences);
    }

    [Theory]
    [InlineData("Neil A. Armstrong stepped out. He spoke.", "Neil A. Armstrong stepped out.|He spoke.")]
    [InlineData("U.S. officials met. The U.S. Senate agreed.", "U.S. officials met.|The U.S. Senate agreed.")]
    [InlineData("Sen. Schumer and Dr. Lee spoke. Gen. Milley did not.", "Sen. Schumer and Dr. Lee spoke.|Gen. Milley did not.")]
    [InlineData("It ranks No. 2 in trade. No. The talks failed.", "It ranks No. 2 in trade.|No.|The talks failed.")]
    [InlineData("Talks end at 3 p.m. The leaders leave.", "Talks end at 3 p.m.|The leaders leave.")]
    [InlineData("He said \u201CIn the U.S.\u201D Then he left.", "He said \u201CIn the U.S.\u201D|Then he left.")]
    public void Sentences_do_not_break_at_initials_titles_capital_abbreviations_or_before_a_number(string text, string expected)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        var paragraph = ArticleParagraph.Create(1, text);

        var sentences = paragraph.Sentences.Select(s => paragraph.Text[s.Start..s.End]).ToArray();

        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected).Split('|'), sentences);
    }
}
