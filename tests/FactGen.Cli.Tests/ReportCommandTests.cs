using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests.Snapshots;

namespace FactGen.Cli.Tests;

/// <summary><c>factgen report</c> on the small fixture corpus: the page pinned, its links and counts, its bytes stable.</summary>
public sealed class ReportCommandTests
{
    [Fact]
    public void The_report_of_the_fixture_corpus_matches_its_snapshot()
    {
        var html = ReportFixture.Render(ReportFixture.Facts, ReportFixture.Sources);

        TextSnapshot.Verify(Scrub(html), "html");
    }

    [Fact]
    public void The_same_input_gives_the_same_bytes_on_stdout_and_in_the_file()
    {
        using var temp = new TempFacts();
        var file = Path.Combine(temp.Root, "out", "report.html");

        var first = ReportFixture.Render(ReportFixture.Facts, ReportFixture.Sources);
        var written = Factgen.Run("report", ReportFixture.Facts, "--sources", ReportFixture.Sources, "--output", file);

        Assert.Equal(Program.Success, written.ExitCode);
        Assert.Equal(first, File.ReadAllText(file));
        Assert.Equal(first, ReportFixture.Render(ReportFixture.Facts, ReportFixture.Sources));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    public void The_page_is_the_same_in_any_culture(string culture)
    {
        var invariant = ReportFixture.Render(ReportFixture.Facts, ReportFixture.Sources);
        var previous = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo(culture);

            Assert.Equal(invariant, ReportFixture.Render(ReportFixture.Facts, ReportFixture.Sources));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Every_citation_links_to_an_anchor_before_a_highlighted_segment_of_its_span()
    {
        var html = ReportFixture.Render(ReportFixture.Facts, ReportFixture.Sources);
        var links = Regex.Matches(html, "<a class=\"cite\" href=\"#([a-z0-9]+)\">").Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(ReportFixture.CitationCount(ReportFixture.Facts), links.Count);
        foreach (var id in links)
        {
            Assert.Contains($"<span class=\"at\" id=\"{id}\"></span>", html);
            Assert.Matches($"<mark tabindex=\"0\"[^>]* data-s=\"([a-z0-9]+ )*{id}( [a-z0-9]+)*\"", html);
        }
    }

    [Fact]
    public void The_counts_match_validate()
    {
        var html = ReportFixture.Render(ReportFixture.Facts, ReportFixture.Sources);

        Assert.Equal(ReportFixture.ValidateCount(ReportFixture.Facts, ReportFixture.Sources, "FG0028").ToString(System.Globalization.CultureInfo.InvariantCulture), ReportFixture.Count(html, "uncited-paragraphs"));
        Assert.Equal("1", ReportFixture.Count(html, "uncited-paragraphs"));
        Assert.Equal("1", ReportFixture.Count(html, "warnings"));
        Assert.Equal("5", ReportFixture.Count(html, "citations"));
        Assert.Equal("5", ReportFixture.Count(html, "highlighted"));
        // Paragraphs 1-3 have 3, 2 and 1 sentences, of which 1, 2 and 0 are cited.
        Assert.Equal("3 of 6 (50%)", ReportFixture.Count(html, "sentences"));
        Assert.Contains("<div class=\"para none\" id=\"a1p3\">", html);
    }

    [Fact]
    public void A_quote_that_is_not_in_its_paragraph_is_listed_as_not_found_and_the_exit_code_is_1()
    {
        using var facts = CopyOfFixture();
        var people = facts.PathOf("people.yaml");
        File.WriteAllText(people, File.ReadAllText(people).Replace("said Mayor Ada Brook", "said Mayor Ada Brooks"));
        var file = Path.Combine(facts.Root, "report.html");

        var result = Factgen.Run("report", facts.Path, "--sources", ReportFixture.Sources, "--output", file);

        Assert.Equal(Program.FactErrors, result.ExitCode);
        var html = File.ReadAllText(file);
        Assert.Equal("1", ReportFixture.Count(html, "unmatched"));
        Assert.Contains("<li class=\"miss\">[1 ¶2] <q>said Mayor Ada Brooks</q> (quote not found in the paragraph)</li>", html);
        Assert.Contains("error FG0018", html);
    }

    [Theory]
    [InlineData("missing-facts", null, "the facts directory")]
    [InlineData(null, "missing-sources", "the sources directory")]
    public void A_missing_directory_is_a_usage_error(string? facts, string? sources, string message)
    {
        var result = Factgen.Run("report", facts ?? ReportFixture.Facts, "--sources", sources ?? ReportFixture.Sources, "--output", "-");

        Assert.Equal(Program.UsageError, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Hostile_values_are_text_never_markup()
    {
        using var facts = HostileCorpus.Create();

        var html = ReportFixture.Render(facts.Path, ReportFixture.Sources);

        Assert.Single(Regex.Matches(html, "<script"));
        Assert.Single(Regex.Matches(html, "</style"));
        Assert.Contains("&lt;script&gt;window.__pwned = 1&lt;/script&gt;", html);
        Assert.Contains("&lt;/style&gt;&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;", html);
        Assert.DoesNotContain("href=\"javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("[U+202E]", html);
        Assert.DoesNotContain("\u202E", html, StringComparison.Ordinal); // (xunit compares with the culture, where U+202E is ignorable)
        Assert.Contains("Content-Security-Policy", html);
    }

    internal static TempFacts CopyOfFixture() => CopyOfFixtureOf(ReportFixture.Facts);

    internal static TempFacts CopyOfFixtureOf(string directory)
    {
        var facts = new TempFacts();
        foreach (var file in Directory.GetFiles(directory, "*.yaml")) File.Copy(file, facts.PathOf(Path.GetFileName(file)));
        return facts;
    }

    private static string Scrub(string html) =>
        html.Replace(Path.GetFullPath(ReportFixture.Facts).Replace('\\', '/'), "{fixture}/facts", StringComparison.Ordinal);
}
