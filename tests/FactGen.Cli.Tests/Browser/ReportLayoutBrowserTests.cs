using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Cli.Tests.Browser;

/// <summary>
/// What issue 27 asked of the page, measured in a real browser: the diagram's labels keep apart at
/// the shipped schema and at 20 kinds (by their bounding boxes), and a fact's values per source,
/// aliases and inferred fields are on the page as a reader sees them.
/// </summary>
public sealed class ReportLayoutBrowserTests
{
    /// <summary>Pairs of diagram texts whose bounding boxes intersect, and arrow labels over another kind's box.</summary>
    private const string Overlaps = """
        (function () {
          var svg = document.querySelector('#kinds svg');
          var texts = Array.from(svg.querySelectorAll('text')).map(function (t) { return { name: t.textContent, arrow: t.classList.contains('lbl'), box: t.getBBox() }; });
          var rects = Array.from(svg.querySelectorAll('rect')).map(function (r) { return r.getBBox(); });
          function meet(a, b) { return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height; }
          var found = [];
          for (var i = 0; i < texts.length; i++) {
            for (var j = i + 1; j < texts.length; j++) if (meet(texts[i].box, texts[j].box)) found.push(texts[i].name + ' / ' + texts[j].name);
            if (texts[i].arrow && rects.some(function (r) { return meet(texts[i].box, r); })) found.push(texts[i].name + ' over a kind');
          }
          return found;
        })()
        """;

    [BrowserFact]
    public async Task Diagram_labels_do_not_overlap_at_the_shipped_schema()
    {
        using var temp = new TempFacts();

        var found = await OverlapsIn(SharedFolder.FactsDirectory, temp.Root);

        Assert.Empty(found);
    }

    [BrowserFact]
    public async Task Diagram_labels_do_not_overlap_at_twenty_kinds()
    {
        using var facts = TwentyKinds();

        var found = await OverlapsIn(facts.Path, facts.Root);

        Assert.Empty(found);
    }

    [BrowserFact]
    public async Task A_facts_values_per_source_aliases_and_inferred_fields_are_on_the_page()
    {
        using var corpus = new ProvenanceReport();
        var page = Path.Combine(corpus.Root, "report.html");
        Factgen.Run("report", corpus.Facts, "--sources", corpus.Sources, "--output", page);
        using var browser = await ChromiumPage.StartAsync();
        await browser.OpenAsync(page);

        Assert.Equal(["Monday (per harbour)", "Tuesday (per bulletin)"], await browser.EvaluateAsync<string[]>("Array.from(document.querySelectorAll('#f-reopening .by-source li')).map(function (li) { return li.textContent; })"));
        Assert.Equal("Mayor Brook", await browser.EvaluateAsync<string>("document.querySelector('#f-ada-brook dd.aliases').textContent"));
        Assert.Equal("stated, except inferred: people (see the note)", await browser.EvaluateAsync<string>("document.querySelector('#f-reopening dd.basis').textContent"));
        Assert.True(await browser.EvaluateAsync<bool>("Array.from(document.querySelectorAll('#f-reopening dt')).some(function (dt) { return dt.textContent === 'people (inferred)'; })"));
        // The summary's error list links to each error, and each target is on the page.
        Assert.Equal(0, await browser.EvaluateAsync<int>("Array.from(document.querySelectorAll('.error-list a')).filter(function (a) { return !document.getElementById(a.getAttribute('href').slice(1)); }).length"));
        Assert.Equal(await browser.EvaluateAsync<int>("document.querySelectorAll('li.error[id]').length"), await browser.EvaluateAsync<int>("document.querySelectorAll('.error-list a').length"));
    }

    private static async Task<string[]> OverlapsIn(string facts, string folder)
    {
        var page = Path.Combine(folder, "report.html");
        var result = Factgen.Run("report", facts, "--output", page);
        Assert.True(File.Exists(page), result.ToString());
        using var browser = await ChromiumPage.StartAsync(1280, 1600);
        await browser.OpenAsync(page);
        await browser.ScreenshotAsync(ReportBrowserTests.Artifact("diagram-" + Path.GetFileName(folder) + ".png"));
        return await browser.EvaluateAsync<string[]>(Overlaps);
    }

    /// <summary>20 kinds, each fact naming the next kind's and the one five kinds on: 40 arrows, most of them crossing the circle.</summary>
    private static TempFacts TwentyKinds()
    {
        var facts = new TempFacts();
        var schema = new StringBuilder("kinds:\n  Source:\n    plural: Sources\n    source: true\n    fields:\n      file: { type: string, required: true }\n");
        for (var i = 0; i < 20; i++)
        {
            schema.Append($"  Kind{i}:\n    plural: Kind{i}Set\n    fields:\n      next: {{ type: reference, kind: Kind{(i + 1) % 20} }}\n      across: {{ type: reference, kind: Kind{(i + 5) % 20} }}\n");
            facts.Write($"kind{i}.yaml", $"kind: Kind{i}\nfacts:\n  - id: k{i}\n    next: k{(i + 1) % 20}\n    across: k{(i + 5) % 20}\n    citations: [{{ source: s1, paragraph: 1, quote: words }}]\n");
        }
        facts.Write("schema.yaml", schema.ToString());
        facts.Write("sources.yaml", "kind: Source\nfacts:\n  - id: s1\n    file: s1.txt\n");
        return facts;
    }
}
