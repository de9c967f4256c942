using System.IO;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Generator.Tests.Naming;

/// <summary>
/// The two schemas that crashed a real <c>dotnet build</c> with CS8785 (a kind named Support, whose
/// file took the support types' hint name; kinds Abc and ABC, whose hint names differ only in case)
/// now build and run: only a real build shows what the compiler does with the hint names.
/// </summary>
[Trait("Category", "Slow")]
public class RealBuildNameTests
{
    [Fact]
    public void A_kind_named_Support_and_kinds_that_differ_only_in_case_build_and_run()
    {
        var directory = DotNet.TemporaryDirectory("names");
        var repository = SharedFolder.RepositoryRoot;
        File.WriteAllText(Path.Combine(directory, "Names.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RootNamespace>Names</RootNamespace>
              </PropertyGroup>
              <Import Project="{repository}/src/FactGen.Generator/build/FactGen.props" />
              <ItemGroup>
                <ProjectReference Include="{repository}/src/FactGen.Generator/FactGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            System.Console.WriteLine($"{Names.Supports.Help.Id} {Names.Abcs.Lower.Id} {Names.ABCs.Upper.Id}");
            """);
        var facts = Directory.CreateDirectory(Path.Combine(directory, "facts")).FullName;
        File.WriteAllText(Path.Combine(facts, "schema.yaml"), SchemaPreamble.SourceKind + """
              Support:
                plural: Supports
                fields:
                  label: { type: string }
              Abc:
                plural: Abcs
                fields:
                  label: { type: string }
              ABC:
                plural: ABCs
                fields:
                  label: { type: string }
            """);
        File.WriteAllText(Path.Combine(facts, "sources.yaml"), SchemaPreamble.ArticleSource);
        const string Cite = "    citations: [{ source: article, paragraph: 1, quote: q }]\n";
        File.WriteAllText(Path.Combine(facts, "support.yaml"), "kind: Support\nfacts:\n  - id: help\n" + Cite);
        File.WriteAllText(Path.Combine(facts, "abc.yaml"), "kind: Abc\nfacts:\n  - id: lower\n" + Cite);
        File.WriteAllText(Path.Combine(facts, "abc-upper.yaml"), "kind: ABC\nfacts:\n  - id: upper\n" + Cite);

        var run = DotNet.Run(directory, "run", "--artifacts-path", Path.Combine(directory, "artifacts"), "-nodeReuse:false");

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("help lower upper", run.Output);
        Assert.DoesNotContain("CS8785", run.Output);
        Assert.DoesNotContain("AD0001", run.Output);
        Directory.Delete(directory, recursive: true);
    }
}
