using System.Collections.Generic;
using System.Linq;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator.Tests;

/// <summary>
/// What the build hands the generator (issue 18): only FactGen's own YAML is read, and settings
/// that would otherwise fail in silence get a project-level diagnostic.
/// </summary>
public class ProjectInputTests
{
    private const string FactFlag = "build_metadata.AdditionalFiles.FactGenFact";
    private const string SourceFlag = "build_metadata.AdditionalFiles.FactGenSource";

    private static TestOptionsProvider Options(Dictionary<string, string>? global = null, Dictionary<string, IDictionary<string, string>>? files = null)
    {
        var properties = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer", ["build_property.FactGenFactsDirectory"] = "facts/" };
        foreach (var (key, value) in global ?? []) properties[key] = value;
        return new TestOptionsProvider(properties, files);
    }

    [Fact]
    public void Yaml_that_is_not_marked_as_a_fact_file_is_left_alone()
    {
        // Another tool's YAML among the AdditionalFiles: as a fact file it would be FG0003 and FG0004.
        var workflow = new InMemoryAdditionalText("/fixture/.github/workflows/ci.yml", "name: ci\non: [push]\njobs: {}\n");
        var openApi = new InMemoryAdditionalText("/fixture/api/openapi.yaml", "openapi: 3.0.0\ninfo: { title: x }\n");
        var files = Fixtures.Files().Append(workflow).Append(openApi).ToList();
        var options = Options(files: new()
        {
            [workflow.Path] = new Dictionary<string, string>(),
            [openApi.Path] = new Dictionary<string, string> { [FactFlag] = "false" },
        });

        var result = GeneratorHarness.Run(files, options: options);

        Assert.Empty(result.Run.Diagnostics);
        Assert.NotNull(result.Output.GetTypeByMetadataName("Consumer.People"));
        Assert.Empty(result.CompileDiagnostics);
        Assert.DoesNotContain(result.Run.Results.Single().TrackedSteps[TrackingNames.Parse], step => step.Outputs.Any(o => ((FactGen.Core.Reading.ParsedFile)o.Value).Path.Contains("openapi", System.StringComparison.Ordinal)));
    }

    [Fact]
    public void A_marked_yaml_file_outside_the_facts_folder_is_a_fact_file()
    {
        var extra = new InMemoryAdditionalText("/fixture/more/extra-people.yaml", """
            kind: Person
            facts:
              - id: bea
                name: Bea
                citations:
                  - { source: article, paragraph: 1, quote: "Ada" }
            """);
        var options = Options(files: new() { [extra.Path] = new Dictionary<string, string> { [FactFlag] = "True" } });

        var result = GeneratorHarness.Run(Fixtures.Files().Append(extra), options: options);

        var people = result.Output.GetTypeByMetadataName("Consumer.People");
        Assert.NotNull(people);
        Assert.Contains(people!.GetMembers(), m => m.Name == "Bea");
    }

    [Fact]
    public void No_fact_files_is_FG0051_naming_the_facts_folder()
    {
        var result = GeneratorHarness.Run([], options: Options(new() { ["build_property.FactGenFactsDirectory"] = "data/" }));

        var diagnostic = Assert.Single(result.Run.Diagnostics);
        Assert.Equal("FG0051", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Contains("under 'data/' (FactGenFactsDirectory)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_sources_folder_that_gives_no_article_is_FG0050_and_one_that_does_is_quiet()
    {
        var missing = GeneratorHarness.Run(Fixtures.Files(), options: Options(new() { ["build_property.FactGenSourcesDirectory"] = "artcles" }));

        var diagnostic = Assert.Single(missing.Run.Diagnostics);
        Assert.Equal("FG0050", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.StartsWith("FactGenSourcesDirectory is 'artcles', but the build found no article", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);

        var article = new InMemoryAdditionalText("/fixture/articles/article.txt", "Headline\n\nAda visited Utopia.\n\nBob of Utopia said hello, Ada wrote.\n");
        var given = GeneratorHarness.Run(Fixtures.Files().Append(article), options: Options(
            new() { ["build_property.FactGenSourcesDirectory"] = "articles" },
            new() { [article.Path] = new Dictionary<string, string> { [SourceFlag] = "true" } }));
        Assert.DoesNotContain(given.Run.Diagnostics, d => d.Id == "FG0050");
    }

    [Fact]
    public void A_root_namespace_named_like_a_kinds_plural_is_FG0052_and_FactGenNamespace_clears_it()
    {
        var clash = GeneratorHarness.Run(Fixtures.Files(), options: Options(new() { ["build_property.RootNamespace"] = "People" }));

        var diagnostic = Assert.Single(clash.Run.Diagnostics);
        Assert.Equal("FG0052", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Contains("for example 'PeopleFacts'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);

        var fixedUp = GeneratorHarness.Run(Fixtures.Files(), options: Options(new() { ["build_property.RootNamespace"] = "People", ["build_property.FactGenNamespace"] = "PeopleFacts" }));
        Assert.Empty(fixedUp.Run.Diagnostics);
    }
}
