using System;
using System.IO;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests;
using Xunit;

namespace FactGen.Cli.Tests;

/// <summary>
/// <c>factgen docs --sources</c> says which rule grounded each reference value (issue 29), shows
/// declared metonymies, and the committed catalog is what it writes.
/// </summary>
public sealed class DocsGroundingTests
{
    private static string Catalog()
    {
        var result = Factgen.Run("docs", SharedFolder.FactsDirectory, "--sources", SharedFolder.Require("sources"), "--output", "-");
        Assert.True(result.ExitCode == Program.Success, result.ToString());
        return result.Output.Replace("\r\n", "\n");
    }

    private static string Section(string catalog, string id)
    {
        var start = catalog.IndexOf("\n#### " + id + "\n", StringComparison.Ordinal);
        Assert.True(start >= 0, "no section for " + id);
        var end = catalog.IndexOf("\n#### ", start + 6, StringComparison.Ordinal);
        return catalog.Substring(start, (end < 0 ? catalog.Length : end) - start);
    }

    [SharedFact("sources")]
    public void Each_reference_value_says_the_rule_that_grounded_it_and_where()
    {
        var catalog = Catalog();

        Assert.Contains("## Grounding\n", catalog, StringComparison.Ordinal);
        var restraint = Section(catalog, "statement-senior-official-restraint");
        // A topic by a shared citation; the unnamed official, who has nothing to look for, by the
        // paragraph both cite; the department by its name in that paragraph.
        Assert.Contains("`topics` [topic-middle-east](#fact-topic-middle-east): shared citation (blinken-major-divides ¶14)", restraint, StringComparison.Ordinal);
        Assert.Contains("`speaker` [senior-state-department-official](#fact-senior-state-department-official): shared citation (blinken-major-divides ¶14)", restraint, StringComparison.Ordinal);
        Assert.Contains("`organization` [us-state-department](#fact-us-state-department): name (blinken-major-divides ¶14)", restraint, StringComparison.Ordinal);
        // The field table gives each reference field's rule.
        Assert.Contains("list of reference to [Topic](#kind-topic); inverse `Statements`; grounding `shared-citation`", catalog, StringComparison.Ordinal);
    }

    [SharedFact("sources")]
    public void A_declared_metonymy_is_shown_with_the_fact_whose_name_it_is()
    {
        Assert.Contains("Beijing (metonymy: the name of [beijing](#fact-beijing))", Section(Catalog(), "china"), StringComparison.Ordinal);
    }

    [SharedFact("sources")]
    public void The_committed_catalog_is_the_one_docs_writes_with_the_articles()
    {
        var committed = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "facts.md")).Replace("\r\n", "\n");

        Assert.True(committed == Catalog(), "docs/facts.md is stale: dotnet run --project src/FactGen.Cli -- docs facts --sources ../shared/sources --output docs/facts.md");
    }
}
