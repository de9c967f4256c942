using System;
using System.IO;
using FactGen.Tests;

namespace FactGen.Generator.Tests.Infrastructure;

/// <summary>
/// One fresh consumer project that references the generator as an analyzer, built and run once
/// with <c>dotnet run</c> for every real-build test. Each real build of it restores and compiles
/// FactGen.Core and the generator in its own artifacts folder, the slowest part of the Generator
/// tests (issue 19): the fixtures that used to build a consumer each (the small corpus, and the
/// kinds whose hint names crashed the build) are one project here, and each test class reads the
/// output it checks.
/// </summary>
public sealed class RealConsumer : IDisposable
{
    /// <summary>Kinds that crashed a real build with CS8785: one named Support, whose file took the
    /// support types' hint name; Abc and ABC, whose hint names differ only in case.</summary>
    public const string HintNameKinds = """
          Support:
            plural: Supports
            fields:
              label: { type: string }

        """ + SchemaPreamble.KindsDifferingInCase;

    public RealConsumer()
    {
        Directory = DotNet.TemporaryDirectory("consumer");
        File.WriteAllText(Path.Combine(Directory, "Consumer.csproj"), ProjectFile(treatWarningsAsErrors: true));
        File.WriteAllText(Path.Combine(Directory, "Program.cs"), """
            System.Console.WriteLine($"{Consumer.People.Ada.Name} of {Consumer.People.Ada.Country!.Name}, {Consumer.People.All.Count} people");
            System.Console.WriteLine($"{Consumer.Supports.Help.Id} {Consumer.Abcs.Lower.Id} {Consumer.ABCs.Upper.Id}");
            """);
        Facts = System.IO.Directory.CreateDirectory(Path.Combine(Directory, "facts")).FullName;
        File.WriteAllText(Path.Combine(Facts, "schema.yaml"), Fixtures.Schema + "\n" + HintNameKinds);
        File.WriteAllText(Path.Combine(Facts, "sources.yaml"), Fixtures.Sources);
        File.WriteAllText(Path.Combine(Facts, "countries.yaml"), Fixtures.Countries);
        File.WriteAllText(Path.Combine(Facts, "people.yaml"), Fixtures.People);
        File.WriteAllText(Path.Combine(Facts, "quotes.yaml"), Fixtures.Quotes);
        File.WriteAllText(Path.Combine(Facts, "support.yaml"), "kind: Support\nfacts:\n  - id: help\n" + SchemaPreamble.ArticleCitation);
        File.WriteAllText(Path.Combine(Facts, "abc.yaml"), "kind: Abc\nfacts:\n  - id: lower\n" + SchemaPreamble.ArticleCitation);
        File.WriteAllText(Path.Combine(Facts, "abc-upper.yaml"), "kind: ABC\nfacts:\n  - id: upper\n" + SchemaPreamble.ArticleCitation);

        // Its own artifacts folder: `dotnet test` runs test projects in parallel, and a nested build
        // of the generator must not write into the obj/ folders the outer build is using.
        FirstRun = Build("run");
    }

    /// <summary>
    /// A consumer project file, namespace Consumer, that imports FactGen.props and references this
    /// repository's generator as an analyzer. Also written by the hardening tests' real builds.
    /// </summary>
    public static string ProjectFile(bool treatWarningsAsErrors) => $"""
        <Project Sdk="Microsoft.NET.Sdk">
          <PropertyGroup>
            <OutputType>Exe</OutputType>
            <TargetFramework>net10.0</TargetFramework>
            <Nullable>enable</Nullable>
            <TreatWarningsAsErrors>{(treatWarningsAsErrors ? "true" : "false")}</TreatWarningsAsErrors>
            <RootNamespace>Consumer</RootNamespace>
          </PropertyGroup>
          <Import Project="{SharedFolder.RepositoryRoot}/src/FactGen.Generator/build/FactGen.props" />
          <ItemGroup>
            <ProjectReference Include="{SharedFolder.RepositoryRoot}/src/FactGen.Generator/FactGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
          </ItemGroup>
        </Project>
        """;

    public string Directory { get; }

    public string Facts { get; }

    /// <summary>The <c>dotnet run</c> of the project as written above: restore, build and run.</summary>
    public DotNet.Result FirstRun { get; }

    /// <summary>
    /// Where this project's build puts FactGen.Core and the generator. Another consumer project of
    /// the same collection (a different project name, so its own bin/ and obj/) built with this
    /// artifacts path finds them built and up to date, and compiles only itself.
    /// </summary>
    public string Artifacts => Path.Combine(Directory, "artifacts");

    /// <summary>Runs <c>dotnet build</c> or <c>dotnet run</c> again, on the same artifacts (an incremental build).</summary>
    public DotNet.Result Build(string command) => BuildIn(Directory, command);

    /// <summary>Runs <c>dotnet build</c> or <c>dotnet run</c> of the project in <paramref name="directory"/> on this
    /// consumer's artifacts. Tests of one collection run one at a time, so no two of these builds overlap.</summary>
    public DotNet.Result BuildIn(string directory, string command) =>
        DotNet.Run(directory, command, "--artifacts-path", Artifacts, "-nodeReuse:false");

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary folder fails nothing.
        }
    }
}

[CollectionDefinition(Name)]
public sealed class RealConsumerCollection : ICollectionFixture<RealConsumer>
{
    public const string Name = "real consumer";
}
