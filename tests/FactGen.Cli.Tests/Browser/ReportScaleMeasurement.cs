using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests;
using Xunit.Abstractions;

namespace FactGen.Cli.Tests.Browser;

/// <summary>
/// The figures of docs/performance.md for the report: page size and time to render in Chromium,
/// for the shipped corpus and for it copied to about 10,000 facts. Run on demand only
/// (FACTGEN_MEASURE_REPORT=1): it takes minutes and its times are for reading, never asserted.
/// What it does assert is that the large page is complete: every citation highlighted.
/// </summary>
public sealed class ReportScaleMeasurement
{
    private readonly ITestOutputHelper _output;

    public ReportScaleMeasurement(ITestOutputHelper output) => _output = output;

    [MeasureTheory]
    [InlineData(1)]
    [InlineData(72)]
    public async Task Measure_the_report(int copies)
    {
        var sources = SharedFolder.Require("sources");
        using var facts = copies == 1 ? ReportCommandTests.CopyOfFixtureOf(SharedFolder.FactsDirectory) : ScaledCorpus.Create(copies);
        var page = Path.Combine(facts.Root, "report.html");
        var timer = Stopwatch.StartNew();
        var result = Factgen.Run("report", facts.Path, "--sources", sources, "--output", page);
        var generate = timer.Elapsed;
        Assert.True(result.ExitCode == Program.Success, result.ToString());

        using var browser = await ChromiumPage.StartAsync();
        timer.Restart();
        await browser.OpenAsync(page);
        var load = timer.Elapsed;
        var navigation = await browser.EvaluateAsync("JSON.stringify({ dcl: performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd, load: performance.getEntriesByType('navigation')[0].loadEventEnd, fcp: (performance.getEntriesByName('first-contentful-paint')[0] || {}).startTime })");
        var citations = ReportFixture.CitationCount(facts.Path);
        Assert.Equal(citations, await browser.EvaluateAsync<int>("document.querySelectorAll('a.cite').length"));
        Assert.Equal(citations.ToString(CultureInfo.InvariantCulture), await browser.EvaluateAsync<string>("document.getElementById('n-highlighted').textContent"));
        // The filter waits 150 ms after the last key before it runs; that wait is taken off.
        var filter = TimeSpan.FromMilliseconds(await browser.EvaluateAsync<double>("""
            new Promise(function (done) {
              var f = document.getElementById('filter'), count = document.getElementById('filter-count'), t0 = performance.now();
              f.value = 'taiwan'; f.dispatchEvent(new Event('input'));
              var poll = setInterval(function () { if (count.textContent) { clearInterval(poll); done(performance.now() - t0 - 150); } }, 5);
            })
            """));
        var facts2 = await browser.EvaluateAsync<int>("document.querySelectorAll('article.fact').length");

        _output.WriteLine($"copies {copies}: {facts2} facts, {citations} citations, page {new FileInfo(page).Length.ToString("N0", CultureInfo.InvariantCulture)} bytes");
        _output.WriteLine($"factgen report: {generate.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms; open to load event (CDP): {load.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms; navigation timing (ms): {navigation}; filter 'taiwan': ~{filter.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms");
    }
}

/// <summary>Skipped unless FACTGEN_MEASURE_REPORT=1 (and then, like any browser test, failing without Chromium).</summary>
public sealed class MeasureTheoryAttribute : TheoryAttribute
{
    public MeasureTheoryAttribute()
    {
        if (Environment.GetEnvironmentVariable("FACTGEN_MEASURE_REPORT") != "1") Skip = "set FACTGEN_MEASURE_REPORT=1 to measure the report (minutes; figures for docs/performance.md)";
    }
}
