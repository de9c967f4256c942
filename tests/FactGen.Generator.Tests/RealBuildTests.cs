using System.IO;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Generator.Tests;

/// <summary>
/// A real `dotnet build` of a fresh project that references the generator as an analyzer: the only
/// test that shows the generator's own dependencies loading (CS8784/CS8785 otherwise).
/// </summary>
[Trait("Category", "Slow")] // README: the fast subset while editing leaves these out
public class RealBuildTests
{
    [Fact]
    public void A_consumer_project_builds_runs_and_sees_located_errors()
    {
        var directory = DotNet.TemporaryDirectory("consumer");
        var repository = SharedFolder.RepositoryRoot;
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RootNamespace>Consumer</RootNamespace>
              </PropertyGroup>
              <Import Project="{repository}/src/FactGen.Generator/build/FactGen.props" />
              <ItemGroup>
                <ProjectReference Include="{repository}/src/FactGen.Generator/FactGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            System.Console.WriteLine($"{Consumer.People.Ada.Name} of {Consumer.People.Ada.Country!.Name}, {Consumer.People.All.Count} people");
            """);
        var facts = Directory.CreateDirectory(Path.Combine(directory, "facts")).FullName;
        File.WriteAllText(Path.Combine(facts, "schema.yaml"), Fixtures.Schema);
        File.WriteAllText(Path.Combine(facts, "sources.yaml"), Fixtures.Sources);
        File.WriteAllText(Path.Combine(facts, "countries.yaml"), Fixtures.Countries);
        File.WriteAllText(Path.Combine(facts, "people.yaml"), Fixtures.People);
        File.WriteAllText(Path.Combine(facts, "quotes.yaml"), Fixtures.Quotes);

        // Its own artifacts folder: `dotnet test` runs test projects in parallel, and a nested build
        // of the generator must not write into the obj/ folders the outer build is using.
        var artifacts = Path.Combine(directory, "artifacts");
        var run = DotNet.Run(directory, "run", "--artifacts-path", artifacts, "-nodeReuse:false");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Ada of Utopia, 2 people", run.Output);
        Assert.DoesNotContain("CS8784", run.Output);
        Assert.DoesNotContain("CS8785", run.Output);

        File.WriteAllText(Path.Combine(facts, "people.yaml"), Fixtures.People.Replace("country: utopia\n    born", "country: utopa\n    born"));
        var broken = DotNet.Run(directory, "build", "--artifacts-path", artifacts, "-nodeReuse:false");

        Assert.NotEqual(0, broken.ExitCode);
        Assert.Contains("people.yaml(5,14): error FG0013: No Country has the id 'utopa'; did you mean 'utopia'?", broken.Output);
        Directory.Delete(directory, recursive: true);
    }
}
