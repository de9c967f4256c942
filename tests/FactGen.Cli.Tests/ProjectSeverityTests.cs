using System.IO;
using FactGen.Cli.Tests.Infrastructure;

namespace FactGen.Cli.Tests;

/// <summary>
/// <c>validate --project</c> reports as the project's build does (issue 27): the same
/// warnings-as-errors, NoWarn and global analyzer config severities. Each expectation here is what
/// a real <c>dotnet build</c> of such a project printed (the build's own run is in
/// <see cref="ProjectBuildAgreementTests"/>).
/// </summary>
public sealed class ProjectSeverityTests
{
    /// <summary>A project whose only diagnostic is the warning FG0028 (paragraph 2 of the article is cited by no fact).</summary>
    internal static TempFacts Project(string properties = "", string quote = "Mars is the fourth planet")
    {
        var project = new TempFacts("data");
        project.Write("schema.yaml", FactGen.Tests.SchemaPreamble.SourceKind + """
              Planet:
                plural: Planets
                fields:
                  name: { type: string, required: true }
            """);
        project.Write("sources.yaml", "kind: Source\nfacts:\n  - id: survey\n    file: survey.txt\n");
        project.Write("planets.yaml", $"kind: Planet\nfacts:\n  - id: mars\n    name: Mars\n    citations:\n      - {{ source: survey, paragraph: 1, quote: \"{quote}\" }}\n");
        Directory.CreateDirectory(Path.Combine(project.Root, "articles"));
        File.WriteAllText(Path.Combine(project.Root, "articles", "survey.txt"), "The survey\n\nMars is the fourth planet.\n\nVenus is hot.\n");
        File.WriteAllText(Path.Combine(project.Root, "Planets.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <RootNamespace>PlanetFacts</RootNamespace>
                <FactGenFactsDirectory>data</FactGenFactsDirectory>
                <FactGenSourcesDirectory>articles/</FactGenSourcesDirectory>
                {properties}
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project.Root, "Program.cs"), "class Program { static void Main() { } }\n");
        return project;
    }

    private static Factgen.Result Validate(TempFacts project) =>
        Factgen.Run("validate", "--project", Path.Combine(project.Root, "Planets.csproj"), "--format", "msbuild");

    [Fact]
    public void Without_settings_the_warning_stays_a_warning_and_validate_passes()
    {
        using var project = Project();

        var result = Validate(project);

        Assert.True(result.ExitCode == Program.Success, result.ToString());
        Assert.Contains("warning FG0028: Paragraph 2 of 'survey' is cited by no fact", Assert.Single(result.OutputLines));
    }

    [Theory]
    [InlineData("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>")]
    [InlineData("<WarningsAsErrors>CS0168;FG0028</WarningsAsErrors>")]
    public void A_warnings_as_errors_project_fails_on_its_only_warning(string properties)
    {
        using var project = Project(properties);

        var result = Validate(project);

        Assert.True(result.ExitCode == Program.FactErrors, result.ToString());
        Assert.Contains("error FG0028: Paragraph 2 of 'survey' is cited by no fact", Assert.Single(result.OutputLines));
    }

    [Fact]
    public void WarningsNotAsErrors_keeps_a_warning_under_TreatWarningsAsErrors()
    {
        using var project = Project("<TreatWarningsAsErrors>true</TreatWarningsAsErrors><WarningsNotAsErrors>FG0028</WarningsNotAsErrors>");

        var result = Validate(project);

        Assert.True(result.ExitCode == Program.Success, result.ToString());
        Assert.Contains("warning FG0028", Assert.Single(result.OutputLines));
    }

    [Fact]
    public void NoWarn_drops_a_warning_and_even_an_error_as_the_build_does()
    {
        using var project = Project("<NoWarn>$(NoWarn);FG0028,FG0018</NoWarn>", quote: "Mars is the fifth planet");

        var result = Validate(project);

        Assert.True(result.ExitCode == Program.Success, result.ToString());
        Assert.Empty(result.OutputLines);
    }

    [Theory]
    [InlineData(".globalconfig", "is_global = true\ndotnet_diagnostic.FG0028.severity = error\n", "error FG0028")]
    [InlineData(".editorconfig", "root = true\nis_global = true\ndotnet_diagnostic.FG0028.severity = error\n", "error FG0028")]
    // A section of an .editorconfig applies to C# files; the build leaves the YAML's FG0028 a warning.
    [InlineData(".editorconfig", "root = true\n[*]\ndotnet_diagnostic.FG0028.severity = error\n", "warning FG0028")]
    [InlineData(".globalconfig", "is_global = true\ndotnet_diagnostic.FG0028.severity = none\n", null)]
    public void Global_analyzer_config_severities_apply_and_editorconfig_sections_do_not(string file, string config, string? expected)
    {
        using var project = Project();
        File.WriteAllText(Path.Combine(project.Root, file), config);

        var result = Validate(project);

        if (expected is null) Assert.Empty(result.OutputLines);
        else Assert.Contains(expected, Assert.Single(result.OutputLines));
        Assert.Equal(expected?.StartsWith("error") == true ? Program.FactErrors : Program.Success, result.ExitCode);
    }

    [Fact]
    public void FactGenIncludeFacts_false_reads_only_the_files_the_project_marks()
    {
        using var project = Project("""
            <FactGenIncludeFacts>false</FactGenIncludeFacts>
              </PropertyGroup>
              <ItemGroup>
                <AdditionalFiles Include="data/schema.yaml;data/sources.yaml;data/planets.yaml" FactGenFact="true" />
                <AdditionalFiles Include="data/other-tool.yaml" />
              </ItemGroup>
              <PropertyGroup>
            """);
        project.Write("other-tool.yaml", "not: [a fact file\n");

        var result = Validate(project);

        Assert.DoesNotContain("other-tool.yaml", result.Output);
        Assert.Contains("warning FG0028", Assert.Single(result.OutputLines));
    }
}
