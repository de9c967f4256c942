using System.IO;
using FactGen.Cli.Tests.Infrastructure;

namespace FactGen.Cli.Tests;

/// <summary>
/// <c>validate --project</c> reads the folders the build reads (issue 18): a project whose
/// FactGenSourcesDirectory makes the build fail a wrong quote fails validate too.
/// </summary>
public sealed class ProjectOptionTests
{
    private const string Schema = """
        kinds:
          Source:
            plural: Sources
            source: true
            fields:
              file: { type: string, required: true }
          Planet:
            plural: Planets
            fields:
              name: { type: string, required: true }
        """;

    private static TempFacts Project(string quote, string? extraProperties = null)
    {
        var project = new TempFacts("data");
        project.Write("schema.yaml", Schema);
        project.Write("sources.yaml", "kind: Source\nfacts:\n  - id: survey\n    file: survey.txt\n");
        project.Write("planets.yaml", $"kind: Planet\nfacts:\n  - id: mars\n    name: Mars\n    citations:\n      - {{ source: survey, paragraph: 1, quote: \"{quote}\" }}\n");
        Directory.CreateDirectory(Path.Combine(project.Root, "articles"));
        File.WriteAllText(Path.Combine(project.Root, "articles", "survey.txt"), "The survey\n\nMars is the fourth planet.\n");
        File.WriteAllText(Path.Combine(project.Root, "Planets.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <FactGenFactsDirectory>data</FactGenFactsDirectory>
                <FactGenSourcesDirectory>articles/</FactGenSourcesDirectory>
                {extraProperties}
              </PropertyGroup>
            </Project>
            """);
        return project;
    }

    [Fact]
    public void A_wrong_quote_the_build_fails_fails_validate_with_project_and_passes_without()
    {
        using var project = Project("Mars is the fifth planet");
        var projectFile = Path.Combine(project.Root, "Planets.csproj");

        var withProject = Factgen.Run("validate", "--project", projectFile, "--format", "msbuild");

        Assert.True(withProject.ExitCode == Program.FactErrors, withProject.ToString());
        Assert.Contains("planets.yaml(6,", withProject.Output);
        Assert.Contains("error FG0018: The quote is not in paragraph 1 of 'survey'", withProject.Output);
        // The folder alone, as before: the facts are read, the articles are not, and it passes.
        Assert.Equal(Program.Success, Factgen.Run("validate", project.Path).ExitCode);
    }

    [Fact]
    public void The_right_quote_passes_and_the_projects_namespace_is_checked_too()
    {
        using var project = Project("Mars is the fourth planet", "<RootNamespace>Planets</RootNamespace>");
        var projectFile = Path.Combine(project.Root, "Planets.csproj");

        var result = Factgen.Run("validate", "--project", projectFile, "--format", "msbuild");

        // Exit 0: FG0052 is a warning, located at the project file as the build has no YAML line for it.
        Assert.True(result.ExitCode == Program.Success, result.ToString());
        var warning = Assert.Single(result.OutputLines);
        Assert.EndsWith("Planets.csproj(1,1): warning FG0052: The generated types are in the namespace 'Planets', and FactGen also generates a type named 'Planets' (the static class of the kind Planet): in that namespace 'Planets.' names the type, not the namespace, and code gets CS0234 or CS0426. Set <FactGenNamespace> to a namespace without that part (for example 'PlanetsFacts'), or change the plural of Planet in schema.yaml", warning, System.StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_project_file_is_a_usage_error()
    {
        var result = Factgen.Run("validate", "--project", "no/such/Project.csproj");

        Assert.Equal(Program.UsageError, result.ExitCode);
        Assert.Contains("the project file 'no/such/Project.csproj' does not exist", result.Error);
    }

    [Fact]
    public void Warnaserror_makes_a_warning_an_error_and_the_exit_code_1()
    {
        using var project = Project("Mars is the fourth planet", "<RootNamespace>Planets</RootNamespace>");

        var result = Factgen.Run("validate", "--project", Path.Combine(project.Root, "Planets.csproj"), "--format", "msbuild", "--warnaserror");

        Assert.True(result.ExitCode == Program.FactErrors, result.ToString());
        Assert.Contains("(1,1): error FG0052: ", Assert.Single(result.OutputLines));
    }
}
