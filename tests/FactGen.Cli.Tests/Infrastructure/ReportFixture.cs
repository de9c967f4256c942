using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Tests;

namespace FactGen.Cli.Tests.Infrastructure;

/// <summary>The small corpus and article of Fixtures/report, and what the report tests read back from a page.</summary>
internal static class ReportFixture
{
    public static string Root => Path.Combine(SharedFolder.RepositoryRoot, "tests", "FactGen.Cli.Tests", "Fixtures", "report");

    public static string Facts => Path.Combine(Root, "facts");

    public static string Sources => Path.Combine(Root, "sources");

    /// <summary>The page as text; the fixture's absolute folder scrubbed, so the snapshot is the same on every machine.</summary>
    public static string Render(string facts, string sources)
    {
        var result = Factgen.Run("report", facts, "--sources", sources, "--output", "-");
        Assert.True(result.ExitCode is Program.Success or Program.FactErrors, result.ToString());
        return result.Output;
    }

    /// <summary>Every citation of the corpus, counted from the model as Core binds it (not from the page).</summary>
    public static int CitationCount(string facts)
    {
        var corpus = CorpusReader.Read(facts, null, ReadLimits.Default);
        var query = corpus.Query;
        return corpus.Bound.Model.Kinds.SelectMany(k => k.Facts.Select(f => new Docs.FactEntry(k.Schema, f)))
            .Sum(f => Report.CoverageModel.CitationsOf(query, f).Count());
    }

    /// <summary>How many diagnostics of <paramref name="id"/> <c>validate --format msbuild</c> prints.</summary>
    public static int ValidateCount(string facts, string sources, string id)
    {
        var result = Factgen.Run("validate", facts, "--sources", sources, "--format", "msbuild");
        return result.OutputLines.Count(l => l.Contains($": {id}:", System.StringComparison.Ordinal) || l.Contains($" {id}: ", System.StringComparison.Ordinal));
    }

    public static string Count(string html, string name) =>
        Regex.Match(html, $"<dd id=\"n-{name}\">([^<]*)</dd>").Groups[1].Value;
}
