using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Cli.Tests.Browser;

/// <summary>
/// The report in a real browser (headless Chromium): the DOM after the script ran, focus and keys
/// as a reader uses them, hostile facts that must run nothing, and a screenshot kept under
/// TestResults/ (or FACTGEN_ARTIFACTS) for a person to look at.
/// </summary>
public sealed class ReportBrowserTests
{
    /// <summary>For every citation link: its target exists, is a span anchor, and a highlighted segment belongs to that span.</summary>
    private const string BrokenCitationLinks = """
        Array.from(document.querySelectorAll('a.cite')).filter(function (a) {
          var id = a.getAttribute('href').slice(1), at = document.getElementById(id);
          var marks = Array.from(document.querySelectorAll('mark[data-s]')).filter(function (m) { return m.getAttribute('data-s').split(' ').indexOf(id) >= 0; });
          return !at || !at.classList.contains('at') || marks.length === 0 || getComputedStyle(marks[0]).backgroundColor === 'rgba(0, 0, 0, 0)';
        }).map(function (a) { return a.getAttribute('href'); })
        """;

    [BrowserFact(shared: "sources")]
    public async Task The_shipped_corpus_renders_with_every_citation_highlighted_and_the_counts_of_validate()
    {
        var sources = SharedFolder.Require("sources");
        using var temp = new TempFacts();

        using var browser = await OpenReportAsync(SharedFolder.FactsDirectory, sources, temp.Root, 1200, 900);

        var citations = ReportFixture.CitationCount(SharedFolder.FactsDirectory);
        Assert.Equal(citations, await browser.EvaluateAsync<int>("document.querySelectorAll('a.cite').length"));
        Assert.Empty(await browser.EvaluateAsync<string[]>(BrokenCitationLinks));
        Assert.Equal(citations.ToString(System.Globalization.CultureInfo.InvariantCulture), await browser.EvaluateAsync<string>("document.getElementById('n-highlighted').textContent"));
        Assert.Equal(ReportFixture.ValidateCount(SharedFolder.FactsDirectory, sources, "FG0028"), int.Parse(await browser.EvaluateAsync<string>("document.getElementById('n-uncited-paragraphs').textContent"), System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ReportFixture.ValidateCount(SharedFolder.FactsDirectory, sources, "FG0018"), int.Parse(await browser.EvaluateAsync<string>("document.getElementById('n-unmatched').textContent"), System.Globalization.CultureInfo.InvariantCulture));
        // Every fact of the corpus has its entry, and every id a mark names is one of them.
        var facts = CorpusReader.Read(SharedFolder.FactsDirectory, null, FactGen.Core.Reading.ReadLimits.Default).Bound.Model.Kinds.Sum(k => k.Facts.Count);
        Assert.Equal(facts, await browser.EvaluateAsync<int>("document.querySelectorAll('article.fact').length"));
        Assert.Equal(0, await browser.EvaluateAsync<int>("Array.from(document.querySelectorAll('mark[data-f]')).filter(function (m) { return m.getAttribute('data-f').split(' ').some(function (id) { return !document.getElementById('f-' + id); }); }).length"));
        // The picture in the README: the first article with a highlight focused and its tooltip open.
        await browser.EvaluateAsync("document.getElementById('a1p4').scrollIntoView(), document.querySelector('#a1p6 mark.m2').focus({ preventScroll: true }), true");
        Assert.False(await browser.EvaluateAsync<bool>("document.getElementById('tip').hidden"));
        await browser.ScreenshotAsync(Artifact("report-shipped.png"));
    }

    [BrowserFact]
    public async Task Focusing_a_highlight_shows_the_facts_that_cite_it_and_Enter_moves_into_them()
    {
        using var temp = new TempFacts();
        using var browser = await OpenReportAsync(ReportFixture.Facts, ReportFixture.Sources, temp.Root);

        // Tab from the top: the skip link first, then the first highlight after the navigation links.
        await browser.PressAsync("Tab", 9);
        Assert.Equal("skip", await browser.EvaluateAsync<string>("document.activeElement.className"));
        Assert.True(await browser.EvaluateAsync<bool>("document.getElementById('tip').hidden"));
        await browser.EvaluateAsync("document.querySelector('mark.m2').focus(), true");

        Assert.False(await browser.EvaluateAsync<bool>("document.getElementById('tip').hidden"));
        Assert.Equal("tip", await browser.EvaluateAsync<string>("document.activeElement.getAttribute('aria-describedby')"));
        Assert.Equal(["#f-the-mayor", "#f-reopening"], await browser.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('#tip a')).map(function (a) { return a.getAttribute('href'); })"));
        Assert.Equal("2 facts cite this passage", await browser.EvaluateAsync<string>("document.querySelector('#tip p').textContent"));

        await browser.PressAsync("Enter", 13);
        Assert.Equal("#f-the-mayor", await browser.EvaluateAsync<string>("document.activeElement.getAttribute('href')"));
        await browser.PressAsync("Escape", 27);
        Assert.True(await browser.EvaluateAsync<bool>("document.getElementById('tip').hidden"));
        Assert.Equal("MARK", await browser.EvaluateAsync<string>("document.activeElement.tagName"));
    }

    /// <summary>WCAG's contrast ratio of an element's text colour on the first opaque background at or above it.</summary>
    private const string ContrastOf = """
        function contrast(el) {
          function rgb(c) { return c.match(/[\d.]+/g).map(Number); }
          function lum(c) { var v = rgb(c).slice(0, 3).map(function (x) { x /= 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); }); return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; }
          var bg = el, back;
          while (bg) { back = getComputedStyle(bg).backgroundColor; if (rgb(back).length < 4 || rgb(back)[3] > 0) break; bg = bg.parentElement; }
          if (!bg) back = 'rgb(255, 255, 255)';
          var a = lum(getComputedStyle(el).color), b = lum(back);
          return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }
        """;

    [BrowserFact]
    public async Task Text_has_AA_contrast_and_every_control_a_label()
    {
        using var temp = new TempFacts();
        using var browser = await OpenReportAsync(ReportFixture.Facts, ReportFixture.Sources, temp.Root);

        // Every kind of text the page styles: highlights (single and overlapping), uncited sentences, muted labels, links, kinds, notes, problems.
        var low = await browser.EvaluateAsync<string[]>(ContrastOf + """
            Array.from(document.querySelectorAll('mark, mark.m2, .un, .pn, .summary dt, a, .kind, .inferred, .diags li, .para.none .pn, .meta'))
              .filter(function (el) { return contrast(el) < 4.5; })
              .map(function (el) { return el.outerHTML.slice(0, 80) + ' ' + contrast(el).toFixed(2); })
            """);

        Assert.Empty(low);
        Assert.Equal(0, await browser.EvaluateAsync<int>("Array.from(document.querySelectorAll('input')).filter(function (i) { return !document.querySelector('label[for=\"' + i.id + '\"]'); }).length"));
        Assert.Equal(0, await browser.EvaluateAsync<int>("Array.from(document.querySelectorAll('mark[data-f]')).filter(function (m) { return m.tabIndex !== 0; }).length"));
        Assert.Equal("The kinds of fact and the references between them", await browser.EvaluateAsync<string>("document.getElementById(document.querySelector('svg').getAttribute('aria-labelledby')).textContent"));
        Assert.Equal("en", await browser.EvaluateAsync<string>("document.documentElement.lang"));
    }

    [BrowserFact]
    public async Task Following_a_citation_link_outlines_every_segment_of_its_span()
    {
        using var temp = new TempFacts();
        using var browser = await OpenReportAsync(ReportFixture.Facts, ReportFixture.Sources, temp.Root);

        await browser.EvaluateAsync("document.querySelector('a.cite[href=\"#a1p1s1\"]').click(), true");

        // The mayor's quote is cut in three segments by the event's quote inside it.
        Assert.Equal(3, await browser.EvaluateAsync<int>("document.querySelectorAll('mark.hit').length"));
        Assert.Equal("PORTVILLE — The harbour reopened on Monday, the mayor said", await browser.EvaluateAsync<string>("Array.from(document.querySelectorAll('mark.hit')).map(function (m) { return m.textContent; }).join('')"));
    }

    [BrowserFact]
    public async Task Hostile_facts_show_as_text_and_run_nothing()
    {
        using var facts = HostileCorpus.Create();
        using var browser = await OpenReportAsync(facts.Path, ReportFixture.Sources, facts.Root);

        // Hover the hostile fact's passage too, so its heading is copied into the tooltip.
        await browser.EvaluateAsync("document.querySelectorAll('mark[data-f~=\"mallory\"]').forEach(function (m) { m.dispatchEvent(new MouseEvent('mouseover', { bubbles: true })); m.focus(); }), true");

        Assert.Equal("undefined", await browser.EvaluateAsync<string>("typeof window.__pwned"));
        Assert.Equal(1, await browser.EvaluateAsync<int>("document.scripts.length"));
        Assert.Equal(0, await browser.EvaluateAsync<int>("document.querySelectorAll('img, iframe, object, embed, [onerror], [onmouseover]').length"));
        Assert.Equal("Fact report", await browser.EvaluateAsync<string>("document.title"));
        var heading = await browser.EvaluateAsync<string>("document.getElementById('h-mallory').textContent");
        Assert.Contains("<script>window.__pwned = 1</script>", heading, StringComparison.Ordinal);
        Assert.Contains("</style><img src=x", await browser.EvaluateAsync<string>("document.getElementById('f-mallory').textContent"), StringComparison.Ordinal);
        Assert.Contains("[U+202E]gnp.exe", await browser.EvaluateAsync<string>("document.querySelector('#f-mallory .note').textContent"), StringComparison.Ordinal);
        Assert.Contains("<script>", await browser.EvaluateAsync<string>("document.getElementById('tip').textContent"), StringComparison.Ordinal);
        await browser.ScreenshotAsync(Artifact("report-hostile.png"));
    }

    /// <summary>Writes the report of <paramref name="facts"/> into <paramref name="folder"/> and opens it in a fresh browser.</summary>
    private static async Task<ChromiumPage> OpenReportAsync(string facts, string sources, string folder, int width = 1280, int height = 1600)
    {
        var page = Path.Combine(folder, "report.html");
        var result = Factgen.Run("report", facts, "--sources", sources, "--output", page);
        Assert.True(result.ExitCode == Program.Success, result.ToString());
        var browser = await ChromiumPage.StartAsync(width, height);
        await browser.OpenAsync(page);
        return browser;
    }

    /// <summary>Where a test keeps what it made for people to look at: FACTGEN_ARTIFACTS, else TestResults/artifacts in the repository.</summary>
    internal static string Artifact(string name)
    {
        var folder = Environment.GetEnvironmentVariable("FACTGEN_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(SharedFolder.RepositoryRoot, "TestResults", "artifacts");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
