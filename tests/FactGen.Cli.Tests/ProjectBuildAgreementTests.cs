using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Cli.Tests;

/// <summary>
/// <c>validate --project</c> against a real <c>dotnet build</c> of the same project, with the
/// generator as its analyzer (issue 27): the same diagnostics at the same places, and the same
/// verdict on a warnings-as-errors project whose only problem is a warning.
/// </summary>
[Trait("Category", "Slow")]
public sealed class ProjectBuildAgreementTests
{
    internal static string AnalyzerReference => $"""
          <Import Project="{SharedFolder.RepositoryRoot}/src/FactGen.Generator/build/FactGen.props" />
          <ItemGroup>
            <ProjectReference Include="{SharedFolder.RepositoryRoot}/src/FactGen.Generator/FactGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
          </ItemGroup>
        """;

    /// <summary>The project file with the generator referenced: its build reports FactGen's diagnostics.</summary>
    internal static void ReferenceGenerator(string projectFile) =>
        File.WriteAllText(projectFile, File.ReadAllText(projectFile).Replace("</Project>", AnalyzerReference + "</Project>"));

    /// <summary>The FGxxxx lines of a build's output, as validate's msbuild format prints them (paths relative to the project).</summary>
    internal static string[] FactGenLines(string output, string root) =>
        output.Replace("\r\n", "\n").Split('\n')
            .Where(l => Regex.IsMatch(l, @": (error|warning) FG\d{4}: "))
            .Select(l => Regex.Replace(l, @" \(https?://[^)]*\)", string.Empty))
            .Select(l => Regex.Replace(l, @" \[[^\]]*\.csproj\]$", string.Empty).Trim())
            .Select(l => l.Replace(root.Replace('\\', '/') + "/", string.Empty))
            .Distinct()
            .OrderBy(l => l, System.StringComparer.Ordinal)
            .ToArray();

    [Fact]
    public void A_warnings_as_errors_project_with_only_a_warning_fails_validate_as_it_fails_the_build()
    {
        using var project = ProjectSeverityTests.Project("<TreatWarningsAsErrors>true</TreatWarningsAsErrors>");
        var projectFile = Path.Combine(project.Root, "Planets.csproj");
        ReferenceGenerator(projectFile);

        var build = DotNet.Run(project.Root, "build", "-nodeReuse:false", "--artifacts-path", Path.Combine(project.Root, "artifacts"));
        var validate = Factgen.Run("validate", "--project", projectFile, "--format", "msbuild");

        Assert.NotEqual(0, build.ExitCode);
        Assert.True(validate.ExitCode == Program.FactErrors, validate.ToString());
        var built = FactGenLines(build.Output, project.Root);
        Assert.Equal(["data/sources.yaml(3,9): error FG0028: Paragraph 2 of 'survey' is cited by no fact"], built);
        Assert.Equal(built, FactGenLines(validate.Output, project.Root));
    }
}
