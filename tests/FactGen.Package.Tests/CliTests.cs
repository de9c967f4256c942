using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Package.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Package.Tests;

/// <summary>factgen --version, --help, init and docs, run in process.</summary>
public class CliTests
{
    private const string Modeline = "# yaml-language-server: $schema=../docs/schema/facts.schema.json\n";

    /// <summary>
    /// The built factgen.dll, run as its own process: System.CommandLine takes the tool's name and
    /// version from the entry assembly, which in process would be the test host.
    /// </summary>
    private static DotNet.Result RunTool(params string[] args) =>
        DotNet.Run(AppContext.BaseDirectory, [Path.Combine(AppContext.BaseDirectory, "factgen.dll"), .. args]);

    [Fact]
    public void Version_prints_the_informational_version()
    {
        var result = RunTool("--version");

        Assert.True(result.ExitCode == 0, result.Output);
        var expected = typeof(FactGen.Cli.Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(expected, result.Output.Trim());
        Assert.Matches(@"^\d+\.\d+\.\d+", expected);
    }

    [Theory]
    [InlineData("", "factgen [command] [options]")]
    [InlineData("validate", "factgen validate [<dir>] [options]")]
    [InlineData("schema", "factgen schema [<dir>] [options]")]
    [InlineData("init", "factgen init [<dir>] [options]")]
    [InlineData("docs", "factgen docs [<dir>] [options]")]
    public void Help_describes_the_tool_and_each_command(string command, string usage)
    {
        var result = RunTool(command.Length == 0 ? ["--help"] : [command, "--help"]);

        Assert.True(result.ExitCode == 0, result.Output);
        Assert.Contains("Usage:\n  " + usage, result.Output.Replace("\r\n", "\n"));
        Assert.Contains("-?, -h, --help", result.Output);
    }

    [Fact]
    public void Init_scaffolds_a_folder_that_validates()
    {
        var root = DotNet.TemporaryDirectory("init");
        var facts = Path.Combine(root, "facts");

        var init = Factgen.Run("init", facts);

        Assert.True(init.ExitCode == 0, init.Error);
        Assert.Equal(["people.yaml", "schema.yaml", "sources.yaml"], Directory.GetFiles(facts).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var schema = File.ReadAllText(Path.Combine(facts, "schema.yaml"));
        Assert.Contains("    source: true\n", schema);
        Assert.Contains("      file: { type: string, required: true", schema);
        foreach (var data in new[] { "sources.yaml", "people.yaml" })
        {
            Assert.StartsWith(Modeline, File.ReadAllText(Path.Combine(facts, data)), StringComparison.Ordinal);
        }
        Assert.Matches(@"citations:\n\s+- source: example-article\s.*\n\s+paragraph: 1\s.*\n\s+quote: """, File.ReadAllText(Path.Combine(facts, "people.yaml")));

        var validate = Factgen.Run("validate", facts);
        Assert.True(validate.ExitCode == 0, validate.Output + validate.Error);
        Assert.Contains("0 errors, 0 warnings in 3 files", validate.Output);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Init_refuses_a_folder_that_is_not_empty_and_fills_an_empty_one()
    {
        var root = DotNet.TemporaryDirectory("init");
        var facts = Directory.CreateDirectory(Path.Combine(root, "facts")).FullName;
        var mine = Path.Combine(facts, "mine.yaml");
        File.WriteAllText(mine, "kind: Person\n");

        var refused = Factgen.Run("init", facts);

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("already exists and is not empty", refused.Error);
        Assert.Equal(["mine.yaml"], Directory.GetFiles(facts).Select(Path.GetFileName));
        Assert.Equal("kind: Person\n", File.ReadAllText(mine));

        File.Delete(mine);
        Assert.Equal(0, Factgen.Run("init", facts).ExitCode);
        Assert.Equal(3, Directory.GetFiles(facts).Length);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Docs_of_the_corpus_equals_the_committed_catalog_in_any_culture()
    {
        var root = DotNet.TemporaryDirectory("docs");
        var output = Path.Combine(root, "facts.md");
        var culture = CultureInfo.CurrentCulture;
        string written;
        try
        {
            // Turkish lower-cases 'I' to a dotless 'ı' and writes decimals with a comma: nothing may show it.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("tr-TR");
            var result = Factgen.Run("docs", SharedFolder.FactsDirectory, "--sources", SharedFolder.Require("sources"), "--output", output);
            Assert.True(result.ExitCode == 0, result.Error);
            written = File.ReadAllText(output);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = culture;
        }

        var committed = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "facts.md"));
        Assert.True(committed == written, "docs/facts.md is stale: run `dotnet run --project src/FactGen.Cli -- docs facts --sources ../shared/sources --output docs/facts.md`");
        Assert.DoesNotContain('\r', written);
        Assert.Equal(written, Factgen.Run("docs", SharedFolder.FactsDirectory, "--sources", SharedFolder.Require("sources"), "--output", "-").Output);
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Docs_lists_every_kind_and_fact_with_its_citations_and_both_diagrams()
    {
        var markdown = Factgen.Run("docs", SharedFolder.FactsDirectory, "--output", "-").Output;

        foreach (var kind in new[] { "Source", "Country", "Organization", "Person", "Place", "Topic", "Event", "Position", "Statement", "Claim" })
        {
            Assert.Contains($"\n### {kind}\n", markdown);
            Assert.Contains($"\n  class {kind}", markdown);
        }
        Assert.Contains("```mermaid\nclassDiagram\n", markdown);
        Assert.Contains("  Event --> \"*\" Person : participants\n", markdown);
        Assert.Contains("```mermaid\ngraph LR\n", markdown);
        // Who met whom: the visit's participants, and who spoke.
        Assert.Contains("  f_blinken_china_visit -->|participants| f_antony_blinken\n", markdown);
        Assert.Contains("  f_blinken_china_visit -->|participants| f_wang_yi\n", markdown);
        Assert.Contains("  f_statement_blinken_dual_use_goods -->|speaker| f_antony_blinken\n", markdown);
        Assert.Contains("  f_antony_blinken[\"Antony Blinken\"]\n", markdown);

        Assert.Contains("\n#### antony-blinken\n", markdown);
        Assert.Contains("| name | Antony Blinken |\n", markdown);
        Assert.Contains("| [blinken-latest-official](#fact-blinken-latest-official) | 1 | \"Secretary of State Antony Blinken will visit China next week\" |\n", markdown);
        Assert.Contains("| `participants` | list of reference to [Person](#kind-person); inverse `Events`; grounding `name` |  | People who take part. |\n", markdown);
        Assert.Contains("| ← Event.participants (`Events`) | [blinken-china-visit](#fact-blinken-china-visit), ", markdown);
        // Every link points at an anchor the page has.
        var anchors = Regex.Matches(markdown, "<a id=\"([^\"]+)\"></a>").Select(m => m.Groups[1].Value).ToHashSet();
        var targets = Regex.Matches(markdown, @"\]\(#((?:kind|fact)-[^)]+)\)").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(targets);
        Assert.All(targets, t => Assert.Contains(t, anchors));
    }

    [Fact]
    public void Docs_escapes_markdown_and_splits_a_large_entity_graph()
    {
        var root = DotNet.TemporaryDirectory("docs");
        var facts = Directory.CreateDirectory(Path.Combine(root, "facts")).FullName;
        File.WriteAllText(Path.Combine(facts, "schema.yaml"), SchemaPreamble.SourceKind + """
              Person:
                plural: People
                fields:
                  name: { type: string, required: true }
                  motto: { type: text }
              Meeting:
                plural: Meetings
                fields:
                  participants: { type: reference, kind: Person, list: true, inverse: Meetings }
            """);
        File.WriteAllText(Path.Combine(facts, "sources.yaml"), SchemaPreamble.ArticleSource);
        var cite = "    citations: [{ source: article, paragraph: 1, quote: \"q\" }]\n";
        var people = new StringBuilder("kind: Person\nfacts:\n");
        for (var i = 0; i < 30; i++) people.Append($"  - id: p{i}\n    name: \"Person \\\"{i}\\\" <#{i}>\"\n    motto: \"a | b *c* _d_ [e](f) <g>\"\n{cite}");
        File.WriteAllText(Path.Combine(facts, "people.yaml"), people.ToString());
        var meetings = new StringBuilder("kind: Meeting\nfacts:\n");
        for (var i = 0; i < 60; i++) meetings.Append($"  - id: m{i}\n    participants: [{string.Join(", ", Enumerable.Range(0, 10).Select(j => $"p{(i + j) % 30}"))}]\n{cite}");
        File.WriteAllText(Path.Combine(facts, "meetings.yaml"), meetings.ToString());

        var result = Factgen.Run("docs", facts, "--output", "-");

        Assert.True(result.ExitCode == 0, result.Error);
        var markdown = result.Output;
        Assert.Contains("| motto | a \\| b \\*c\\* \\_d\\_ \\[e\\](f) &lt;g&gt; |\n", markdown);
        Assert.Contains("  f_p3[\"Person #quot;3#quot; #lt;#35;3#gt;\"]\n", markdown);
        // 600 edges: more than one graph may hold, none over the limit, no meeting split between two.
        var graphs = Regex.Matches(markdown, "```mermaid\ngraph LR\n(.*?)```", RegexOptions.Singleline).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, graphs.Count);
        Assert.All(graphs, g => Assert.InRange(Regex.Matches(g, "-->").Count, 1, 400));
        Assert.Equal(600, graphs.Sum(g => Regex.Matches(g, "-->").Count));
        Assert.All(Enumerable.Range(0, 60), i => Assert.Single(graphs, g => g.Contains($"  f_m{i} -->", StringComparison.Ordinal)));
        Directory.Delete(root, recursive: true);
    }

    [Fact]
    public void Docs_refuses_facts_with_errors_and_writes_nothing()
    {
        var root = DotNet.TemporaryDirectory("docs");
        var facts = Path.Combine(root, "facts");
        Assert.Equal(0, Factgen.Run("init", facts).ExitCode);
        var people = Path.Combine(facts, "people.yaml");
        File.WriteAllText(people, File.ReadAllText(people).Replace("source: example-article", "source: example-artcle"));
        var output = Path.Combine(root, "facts.md");

        var result = Factgen.Run("docs", facts, "--output", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Matches(@"people\.yaml\(\d+,\d+\): error FG\d{4}: .*example-artcle", result.Error);
        Assert.False(File.Exists(output));
        Assert.Equal(2, Factgen.Run("docs", Path.Combine(root, "missing")).ExitCode);
        Directory.Delete(root, recursive: true);
    }
}
