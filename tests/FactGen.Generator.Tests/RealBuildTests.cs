using System.IO;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Generator.Tests;

/// <summary>
/// A real `dotnet build` of a fresh project that references the generator as an analyzer: the only
/// test that shows the generator's own dependencies loading (CS8784/CS8785 otherwise).
/// </summary>
[Collection(RealConsumerCollection.Name)]
[Trait("Category", "Slow")] // README: the fast subset while editing leaves these out
public class RealBuildTests(RealConsumer consumer)
{
    [Fact]
    public void A_consumer_project_builds_runs_and_sees_located_errors()
    {
        var run = consumer.FirstRun;
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Ada of Utopia, 2 people", run.Output);
        Assert.DoesNotContain("CS8784", run.Output);
        Assert.DoesNotContain("CS8785", run.Output);

        var people = Path.Combine(consumer.Facts, "people.yaml");
        File.WriteAllText(people, Fixtures.People.Replace("country: utopia\n    born", "country: utopa\n    born"));
        try
        {
            var broken = consumer.Build("build");

            Assert.NotEqual(0, broken.ExitCode);
            Assert.Contains("people.yaml(5,14): error FG0013: No Country has the id 'utopa'; did you mean 'utopia'?", broken.Output);
        }
        finally
        {
            File.WriteAllText(people, Fixtures.People);
        }
    }

    /// <summary>
    /// FactGen.props as a consumer sets it (issue 18): a facts folder named without its trailing
    /// slash still works, another tool's YAML among the AdditionalFiles is not read as facts, and a
    /// misspelt sources folder fails the build with FG0050 instead of turning quote checks off.
    /// </summary>
    /// <remarks>
    /// Its own project (PropsConsumer, beside the shared one) built on the shared consumer's
    /// artifacts: FactGen.Core and the generator are already built there, so only this project is
    /// restored and compiled (issue 19: it used to build both again in an artifacts folder of its own).
    /// </remarks>
    [Fact]
    public void The_props_take_a_folder_without_slash_ignore_other_yaml_and_report_a_missing_sources_folder()
    {
        var directory = DotNet.TemporaryDirectory("consumer-props");
        var repository = SharedFolder.RepositoryRoot;
        string Project(string sources) => $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RootNamespace>Consumer</RootNamespace>
                <FactGenFactsDirectory>data</FactGenFactsDirectory>
                <FactGenSourcesDirectory>{sources}</FactGenSourcesDirectory>
              </PropertyGroup>
              <Import Project="{repository}/src/FactGen.Generator/build/FactGen.props" />
              <ItemGroup>
                <AdditionalFiles Include="config/settings.yaml" />
                <ProjectReference Include="{repository}/src/FactGen.Generator/FactGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """;
        File.WriteAllText(Path.Combine(directory, "PropsConsumer.csproj"), Project("artcles"));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            System.Console.WriteLine($"{Consumer.People.All.Count} people");
            """);
        WriteFixtureFacts(directory, "data");
        Directory.CreateDirectory(Path.Combine(directory, "config"));
        File.WriteAllText(Path.Combine(directory, "config", "settings.yaml"), "logging:\n  level: debug\n");
        Directory.CreateDirectory(Path.Combine(directory, "articles"));
        File.WriteAllText(Path.Combine(directory, "articles", "article.txt"), "Headline\n\nAda visited Utopia.\n\nBob of Utopia said hello, Ada wrote.\n");

        var misspelt = consumer.BuildIn(directory, "build");

        Assert.NotEqual(0, misspelt.ExitCode);
        Assert.Contains("error FG0050: FactGenSourcesDirectory is 'artcles', but the build found no article", misspelt.Output);
        Assert.DoesNotContain("FG0051", misspelt.Output); // data (no slash) was found
        Assert.DoesNotContain("settings.yaml", misspelt.Output); // not read as a fact file (FG0003/FG0004)

        File.WriteAllText(Path.Combine(directory, "PropsConsumer.csproj"), Project("articles"));
        var run = consumer.BuildIn(directory, "run");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("2 people", run.Output);
        Directory.Delete(directory, recursive: true);
    }

    /// <summary>The fixture corpus written into <paramref name="folder"/> under <paramref name="directory"/>; returns the folder's full path.</summary>
    private static string WriteFixtureFacts(string directory, string folder)
    {
        var facts = Directory.CreateDirectory(Path.Combine(directory, folder)).FullName;
        foreach (var (name, text) in new[] { ("schema.yaml", Fixtures.Schema), ("sources.yaml", Fixtures.Sources), ("countries.yaml", Fixtures.Countries), ("people.yaml", Fixtures.People), ("quotes.yaml", Fixtures.Quotes) })
        {
            File.WriteAllText(Path.Combine(facts, name), text);
        }
        return facts;
    }
}
