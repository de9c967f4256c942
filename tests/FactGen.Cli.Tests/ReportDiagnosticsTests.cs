using System;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Cli.Tests.Infrastructure;

namespace FactGen.Cli.Tests;

/// <summary>
/// The report shows everything Core knows (issues 25 and 27): each diagnostic under its fact or its
/// file as Core places it, an error list that links to them, counts equal to what is listed, and a
/// fact's values per source, aliases and inferred fields.
/// </summary>
public sealed class ReportDiagnosticsTests
{
    private static string Render(ProvenanceReport corpus)
    {
        var result = Factgen.Run("report", corpus.Facts, "--sources", corpus.Sources, "--output", "-");
        Assert.True(result.ExitCode == Program.FactErrors, result.ToString());
        return result.Output;
    }

    /// <summary>The HTML of the fact's entry in the index.</summary>
    private static string FactEntry(string html, string id) =>
        Regex.Match(html, $"<article class=\"fact\" id=\"f-{id}\".*?</article>", RegexOptions.Singleline).Value;

    private static string FileProblems(string html) =>
        Regex.Match(html, "<section class=\"file-problems\".*?</section>", RegexOptions.Singleline).Value;

    [Fact]
    public void A_flow_style_facts_error_is_listed_under_that_fact_not_the_one_before()
    {
        using var corpus = new ProvenanceReport();

        var html = Render(corpus);

        Assert.Contains("FG0010", FactEntry(html, "flow-person"));
        Assert.DoesNotContain("FG0010", FactEntry(html, "the-mayor"));
        Assert.DoesNotContain("FG0010", FactEntry(html, "ada-brook"));
    }

    /// <summary>The list under a file's heading.</summary>
    private static string ProblemsOf(string section, string file) =>
        Regex.Match(section, $"<h4 class=\"file\"><code>[^<]*{Regex.Escape(file)}</code></h4><ul class=\"diags\">.*?</ul>", RegexOptions.Singleline).Value;

    [Fact]
    public void A_syntax_error_and_a_file_without_facts_are_listed_under_their_files()
    {
        using var corpus = new ProvenanceReport();

        var html = Render(corpus);

        var files = FileProblems(html);
        Assert.Matches(@"<li class=""error"" id=""d\d+"">error FG0001: ", ProblemsOf(files, "broken.yaml"));
        Assert.Matches(@"<li class=""error"" id=""d\d+"">error FG0004: The kind &#39;Place&#39; ", ProblemsOf(files, "places.yaml"));
        Assert.DoesNotContain("FG0001", Regex.Replace(html, "<section class=\"file-problems\".*?</section>|<ol class=\"error-list\".*?</ol>", string.Empty, RegexOptions.Singleline));
    }

    [Fact]
    public void The_summary_counts_are_the_items_listed_and_its_error_list_links_to_each()
    {
        using var corpus = new ProvenanceReport();

        var html = Render(corpus);

        var errors = Regex.Matches(html, "<li class=\"error\" id=\"(d\\d+)\">").Select(m => m.Groups[1].Value).ToList();
        var warnings = Regex.Matches(html, "<li class=\"warning\" id=\"d\\d+\">").Count;
        var validate = Factgen.Run("validate", corpus.Facts, "--sources", corpus.Sources, "--format", "msbuild").OutputLines;
        Assert.Equal(validate.Count(l => l.Contains(": error FG", StringComparison.Ordinal)), errors.Count);
        Assert.Equal(validate.Count(l => l.Contains(": warning FG", StringComparison.Ordinal)), warnings);
        Assert.Equal(errors.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), ReportFixture.Count(html, "errors"));
        Assert.Equal(warnings.ToString(System.Globalization.CultureInfo.InvariantCulture), ReportFixture.Count(html, "warnings"));
        var list = Regex.Match(html, "<ol class=\"error-list\".*?</ol>", RegexOptions.Singleline).Value;
        Assert.Equal(errors.Order(), Regex.Matches(list, "<a href=\"#(d\\d+)\">").Select(m => m.Groups[1].Value).Order());
    }

    [Fact]
    public void Each_sources_value_aliases_and_inferred_fields_are_shown_with_an_honest_basis()
    {
        using var corpus = new ProvenanceReport();

        var html = Render(corpus);

        var reopening = FactEntry(html, "reopening");
        Assert.Contains("<li>Monday <span class=\"src\">(per <a href=\"#f-harbour\">harbour</a>)</span></li>", reopening);
        Assert.Contains("<li>Tuesday <span class=\"src\">(per <a href=\"#f-bulletin\">bulletin</a>)</span></li>", reopening);
        Assert.Contains("<dt>people <span class=\"inferred\">(inferred)</span></dt>", reopening);
        Assert.Contains("<dd class=\"basis\">stated, except <span class=\"inferred\">inferred: people</span> (see the note)</dd>", reopening);
        Assert.Contains("(partly inferred)", reopening);
        Assert.Contains("<dt>aliases</dt><dd class=\"aliases\">Mayor Brook</dd>", FactEntry(html, "ada-brook"));
    }
}
