using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Cli.Tests.Export;

/// <summary>
/// <c>factgen export</c> (issue 31): JSON and JSON Lines of every fact with its kind, and JSON-LD that
/// a real processor (jsonld.js, in safe mode, which fails on any dropped term) expands and turns into
/// RDF with one fact node per fact and one Web Annotation, one <c>prov:wasDerivedFrom</c> and one
/// quote selector with its context per citation. That the JSON is the generated model's, byte for
/// byte, is <c>FactGen.Facts.Tests.Json.ExportEqualityTests</c>.
/// </summary>
public sealed class ExportTests
{
    private static string Sources => SharedFolder.Require("sources");

    [Fact]
    public void Json_and_json_lines_hold_every_fact_with_its_kind_in_the_same_order()
    {
        var json = Factgen.Run("export", SharedFolder.FactsDirectory, "--format", "json");
        var lines = Factgen.Run("export", SharedFolder.FactsDirectory, "--format", "jsonl");
        Assert.Equal(0, json.ExitCode);
        Assert.Equal(0, lines.ExitCode);

        var facts = JsonNode.Parse(json.Output)!.AsArray();
        var perLine = lines.OutputLines.Select(l => JsonNode.Parse(l)!).ToList();
        Assert.Equal(YamlFactCount(), facts.Count);
        Assert.Equal(facts.Count, perLine.Count);
        Assert.All(facts.Zip(perLine), pair => Assert.True(JsonNode.DeepEquals(pair.First, pair.Second)));
        Assert.Equal(["kind", "id"], facts[0]!.AsObject().Take(2).Select(p => p.Key));
    }

    [JsonLdFact]
    public void The_json_ld_expands_in_a_real_processor_with_every_fact_and_citation()
    {
        using var temp = new TempFacts();
        var file = Path.Combine(temp.Root, "corpus.jsonld");
        Assert.Equal(0, Factgen.Run("export", SharedFolder.FactsDirectory, "--format", "jsonld", "--sources", Sources, "--output", file).ExitCode);
        var facts = JsonNode.Parse(Factgen.Run("export", SharedFolder.FactsDirectory, "--format", "json").Output)!.AsArray();
        var citations = facts.Sum(f => (f!["citations"] as JsonArray)?.Count ?? 0);

        var found = JsonNode.Parse(ExpandWithJsonLdJs(file))!;

        Assert.Equal(facts.Count, (int)found["facts"]!);
        Assert.Equal(citations, (int)found["types"]!["http://www.w3.org/ns/oa#Annotation"]!);
        Assert.Equal(citations, (int)found["types"]!["http://www.w3.org/ns/oa#TextQuoteSelector"]!);
        Assert.Equal(citations, (int)found["derivedFrom"]!);
        Assert.Equal(citations, (int)found["selectorsWithContext"]!);
        Assert.Equal(facts.Count(f => (string?)f!["kind"] == "Person"), (int)found["types"]!["https://schema.org/Person"]!);
    }

    [Fact]
    public void A_quote_selector_is_the_printed_words_with_the_text_around_them()
    {
        var graph = JsonLd("--sources", Sources);
        var wang = graph.Single(f => (string?)f!["id"] == "fact:wang-yi")!;
        var selector = wang["citations"]![0]!["oa:hasTarget"]!["oa:hasSelector"]!;
        var paragraph = ParagraphOf("000_", 3);

        Assert.Equal("including Foreign Minister Wang Yi", (string?)selector["oa:exact"]);
        Assert.Contains((string)selector["oa:prefix"]! + (string)selector["oa:exact"]! + (string)selector["oa:suffix"]!, paragraph, StringComparison.Ordinal);
        Assert.InRange(((string)selector["oa:prefix"]!).Length, 1, 32);
        Assert.Equal("fact:blinken-latest-official", (string?)wang["citations"]![0]!["oa:hasTarget"]!["oa:hasSource"]!["id"]);
        Assert.Equal(3, (int?)wang["citations"]![0]!["oa:hasTarget"]!["fg:paragraph"]);
    }

    [Fact]
    public void Without_the_articles_a_selector_holds_only_the_quote_and_per_source_values_name_their_source()
    {
        var graph = JsonLd();
        var selector = graph.Single(f => (string?)f!["id"] == "fact:wang-yi")!["citations"]![0]!["oa:hasTarget"]!["oa:hasSelector"]!.AsObject();
        var position = graph.First(f => f!["stance"] is JsonArray)!;

        Assert.Equal(["kind", "oa:exact"], selector.Select(p => p.Key));
        Assert.All(position["stance"]!.AsArray(), v => Assert.StartsWith("fact:", (string?)v!["statedIn"]!["id"]));
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        var result = Factgen.Run("export", SharedFolder.FactsDirectory, "--format", "xml");
        Assert.Equal(Program.UsageError, result.ExitCode);
        Assert.Contains("xml", result.Error);
    }

    private static JsonArray JsonLd(params string[] more)
    {
        var result = Factgen.Run(["export", SharedFolder.FactsDirectory, "--format", "jsonld", .. more]);
        Assert.True(result.ExitCode == 0, result.ToString());
        return JsonNode.Parse(result.Output)!["@graph"]!.AsArray();
    }

    private static string ParagraphOf(string filePrefix, int number)
    {
        var article = Directory.GetFiles(Sources, filePrefix + "*.txt").Single();
        return Core.Binding.SourceDocument.SplitParagraphs(File.ReadAllText(article))[number];
    }

    private static int YamlFactCount() =>
        Directory.GetFiles(SharedFolder.FactsDirectory, "*.yaml").Where(p => Path.GetFileName(p) != "schema.yaml")
            .Sum(p => File.ReadLines(p).Count(l => l.StartsWith("  - id: ", StringComparison.Ordinal)));

    private static string ExpandWithJsonLdJs(string file)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Export", "expand-jsonld.js"));
        start.ArgumentList.Add(JsonLdFactAttribute.ModulePath!);
        start.ArgumentList.Add(file);
        using var node = Process.Start(start)!;
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEnd();
        node.WaitForExit();
        Assert.True(node.ExitCode == 0, "jsonld.js refused the export: " + error);
        return output.Result;
    }
}

/// <summary>
/// Needs node and jsonld.js: <c>.ci/run</c> installs it and sets <c>FACTGEN_JSONLD</c> to its
/// folder (node_modules/jsonld). Skipped with the reason outside CI when it is not there, and the
/// articles must be there too; under CI=true it runs and fails.
/// </summary>
public sealed class JsonLdFactAttribute : FactAttribute
{
    public static string? ModulePath =>
        Environment.GetEnvironmentVariable("FACTGEN_JSONLD") is { Length: > 0 } path && Directory.Exists(path) ? path : null;

    public JsonLdFactAttribute()
    {
        if (SharedFolder.IsCi) return;
        if (ModulePath is null) Skip = "FACTGEN_JSONLD is not set (npm install jsonld@9.0.0, then point it at node_modules/jsonld)";
        else if (SharedFolder.SkipReason("sources") is { } reason) Skip = reason;
    }
}
