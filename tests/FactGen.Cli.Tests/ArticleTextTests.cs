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
    public void Articles_are_Cores_printed_paragraphs_each_split_into_sentences_that_cover_it()
    {
        foreach (var path in Directory.GetFiles(SharedFolder.Require("sources"), "*.txt"))
        {
            var core = SourceDocument.Parse(Path.GetFileName(path), File.ReadAllText(path));
            var article = Article.From(core);

            Assert.Equal(core.Printed.ToArray(), article.Paragraphs.Select(p => p.Text).ToArray());
            foreach (var paragraph in article.Paragraphs)
            {
                // Sentences are in order, do not overlap, and leave out only the white space between them.
                var gaps = paragraph.Sentences.Zip(paragraph.Sentences.Skip(1), (a, b) => paragraph.Text[a.End..b.Start]);
                Assert.All(gaps, gap => Assert.True(gap.Length > 0 && gap.Trim().Length == 0));
                Assert.Equal(paragraph.Text.Length, paragraph.Sentences[^1].End);
            }
        }
    }

    [Fact]
    public void Sentences_break_after_a_full_stop_before_a_capital_but_not_before_a_lowercase_word()
    {
        var paragraph = new ArticleParagraph(1, "Talks began. \u201CWe agree,\u201D he said. a face-to-face summit. face to face in California? Yes 2 times.");

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
        var paragraph = new ArticleParagraph(1, text);

        var sentences = paragraph.Sentences.Select(s => paragraph.Text[s.Start..s.End]).ToArray();

        Assert.Equal(System.Text.RegularExpressions.Regex.Unescape(expected).Split('|'), sentences);
    }
}
