using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Package.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Package.Tests;

/// <summary>
/// The `FactGen` package and the `FactGen.Tool` package, packed once for both test classes by one
/// `dotnet pack`, so FactGen.Core is restored and built once rather than once per package. (A
/// static shared across collections would let the classes run side by side, but nothing would
/// then remove the feed reliably: the test host is stopped before a ProcessExit handler finishes.)
/// </summary>
public sealed class FactGenPackages : IDisposable
{
    public const string GeneratorId = "FactGen";

    public const string ToolId = "FactGen.Tool";

    public LocalFeed Feed { get; } = new(("src/FactGen.Package/FactGen.Package.csproj", GeneratorId), ("src/FactGen.Cli/FactGen.Cli.csproj", ToolId));

    public void Dispose() => Feed.Dispose();
}

[CollectionDefinition(Name)]
public sealed class PackagesCollection : ICollectionFixture<FactGenPackages>
{
    public const string Name = "packages";
}

/// <summary>
/// The generator as a NuGet package: what is in it, and a fresh consumer that references only it,
/// multi-targeted net8.0 and net10.0, built with warnings as errors.
/// </summary>
[Collection(PackagesCollection.Name)]
[Trait("Category", "Slow")] // README: the fast subset while editing leaves these out
public class PackageTests
{
    private static readonly string[] AnalyzerFiles =
    [
        "analyzers/dotnet/cs/FactGen.Core.dll",
        "analyzers/dotnet/cs/FactGen.Generator.dll",
        "analyzers/dotnet/cs/YamlDotNet.dll",
    ];

    /// <summary>The consumer's record of the compiler's references and analyzers, in obj/Debug/&lt;framework&gt;/.</summary>
    private const string ReferencesFile = "compiler-references.txt";

    private const string AnalyzersFile = "compiler-analyzers.txt";

    private readonly LocalFeed _feed;

    public PackageTests(FactGenPackages packages) => _feed = packages.Feed;

    private string Package => _feed.PackagePath(FactGenPackages.GeneratorId);

    private static string PropsPath => Path.Combine(SharedFolder.RepositoryRoot, "src", "FactGen.Generator", "build", "FactGen.props");

    [Fact]
    public void The_package_holds_the_generator_and_its_dependencies_as_analyzers_and_nothing_to_compile_against()
    {
        using var zip = ZipFile.OpenRead(Package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();

        Assert.Equal(AnalyzerFiles, entries.Where(e => e.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));

        // The repository's own props file, packed as it is for both direct and transitive use.
        var props = File.ReadAllBytes(PropsPath);
        Assert.Equal(props, Read(zip, "build/FactGen.props"));
        Assert.Equal(props, Read(zip, "buildTransitive/FactGen.props"));

        var nuspec = XDocument.Load(zip.GetEntry("FactGen.nuspec")!.Open());
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("FactGen", Value(metadata, "id"));
        Assert.Equal(_feed.Version, Value(metadata, "version"));
        Assert.Equal("true", Value(metadata, "developmentDependency"));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
    }

    [Fact]
    public void The_props_file_adds_the_facts_folder_and_makes_every_generator_property_visible()
    {
        var props = XDocument.Load(PropsPath);
        var visible = props.Descendants().Where(e => e.Name.LocalName == "CompilerVisibleProperty").Select(e => e.Attribute("Include")!.Value);
        Assert.Equal(
            ["RootNamespace", "FactGenNamespace", "FactGenVisibility", "FactGenMaxFileSize", "FactGenMaxDepth", "FactGenMaxNodes", "FactGenMaxFacts", "TargetFrameworkIdentifier", "TargetFrameworkVersion", "FactGenFactsDirectory", "FactGenSourcesDirectory"],
            visible);
        Assert.Contains(props.Descendants(), e => e.Name.LocalName == "FactGenFactsDirectory" && e.Value == "facts/");
        // The facts folder's files, with or without the trailing slash, marked as FactGen's own.
        Assert.Contains(props.Descendants(), e => e.Name.LocalName == "AdditionalFiles"
            && e.Attribute("Include")!.Value.StartsWith("$([MSBuild]::EnsureTrailingSlash('$(FactGenFactsDirectory)'))**/*.yaml", StringComparison.Ordinal)
            && e.Attribute("FactGenFact")?.Value == "true");
        Assert.Equal(["FactGenFact", "FactGenSource"], props.Descendants().Where(e => e.Name.LocalName == "CompilerVisibleItemMetadata").Select(e => e.Attribute("MetadataName")!.Value));

        // Every property a consumer can set is documented.
        var documentation = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "packaging.md"));
        var names = props.Descendants().Select(e => e.Name.LocalName).Concat(visible)
            .Concat(Regex.Matches(File.ReadAllText(PropsPath), @"\$\((\w+)\)").Select(m => m.Groups[1].Value))
            .Where(n => n.StartsWith("FactGen", StringComparison.Ordinal) || n == "RootNamespace")
            .Distinct();
        foreach (var name in names) Assert.Contains($"| `{name}` |", documentation);
    }

    /// <summary>
    /// Both packages say their license and repository, and carry a README whose links work on
    /// nuget.org: absolute, and each link into the repository names a file that exists in it.
    /// </summary>
    [Fact]
    public void Both_packages_have_license_repository_and_a_readme_with_links_that_work_outside_the_repository()
    {
        var props = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "Directory.Build.props"));
        var repository = Regex.Match(props, "<RepositoryUrl>([^<]+)</RepositoryUrl>").Groups[1].Value.TrimEnd('/');
        foreach (var id in new[] { FactGenPackages.GeneratorId, FactGenPackages.ToolId })
        {
            using var zip = ZipFile.OpenRead(_feed.PackagePath(id));
            var metadata = XDocument.Load(zip.GetEntry(id + ".nuspec")!.Open()).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
            Assert.Equal("MIT", Value(metadata, "license"));
            Assert.Equal(repository, Value(metadata, "projectUrl"));
            Assert.Equal(repository, metadata.Elements().Single(e => e.Name.LocalName == "repository").Attribute("url")!.Value);
            Assert.Equal("README.md", Value(metadata, "readme"));

            var readme = System.Text.Encoding.UTF8.GetString(Read(zip, "README.md"));
            var links = Regex.Matches(readme, @"\]\(([^)]+)\)").Select(m => m.Groups[1].Value).ToList();
            Assert.NotEmpty(links);
            foreach (var link in links)
            {
                Assert.StartsWith("https://", link, StringComparison.Ordinal);
                if (!link.StartsWith(repository + "/blob/main/", StringComparison.Ordinal)) continue;
                var file = link[(repository + "/blob/main/").Length..].Split('#')[0];
                Assert.True(File.Exists(Path.Combine(SharedFolder.RepositoryRoot, file)), $"{id} README links to {file}, which is not in the repository");
            }
        }
    }

    [Fact]
    public void Packing_again_without_building_packs_the_same_files()
    {
        var feed = Path.Combine(_feed.Root, "feed-no-build");
        var project = Path.Combine(SharedFolder.RepositoryRoot, "src", "FactGen.Package", "FactGen.Package.csproj");
        var pack = DotNet.Run(_feed.Root, "pack", project, "--no-build", "-o", feed, "--artifacts-path", _feed.Artifacts, $"-p:PackageVersion={_feed.Version}", "-nodeReuse:false");
        Assert.True(pack.ExitCode == 0, pack.Output);

        using var first = ZipFile.OpenRead(Package);
        using var second = ZipFile.OpenRead(Path.Combine(feed, Path.GetFileName(Package)));
        Assert.Equal(Payload(first), Payload(second));
    }

    [Fact]
    public void A_consumer_builds_for_net8_and_net10_runs_and_sees_located_errors()
    {
        var directory = Path.Combine(_feed.Root, "consumer");
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "nuget.config"), _feed.NuGetConfig);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <RootNamespace>Consumer</RootNamespace>
                <!-- Only the net10.0 runtime is installed: net8.0 is built, not run, and needs no apphost. -->
                <UseAppHost>false</UseAppHost>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="FactGen" Version="{_feed.Version}" />
              </ItemGroup>
              <!-- What the compiler was given, for each target framework, written by the build itself
                   rather than asked of MSBuild again after it (issue 19: two evaluations fewer). -->
              <Target Name="RecordCompilerInputs" AfterTargets="CoreCompile" Condition="'$(TargetFramework)' != ''">
                <WriteLinesToFile File="$(IntermediateOutputPath){ReferencesFile}" Lines="@(ReferencePath->'%(FullPath)')" Overwrite="true" />
                <WriteLinesToFile File="$(IntermediateOutputPath){AnalyzersFile}" Lines="@(Analyzer->'%(FullPath)')" Overwrite="true" />
              </Target>
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), """
            var ada = Consumer.People.AdaLovelace;
            var citation = ada.Citations[0];
            System.Console.WriteLine($"{ada.Name}, {ada.Role}, born {ada.Born}; cited from {citation.Source.File} paragraph {citation.Paragraph}; {Consumer.People.All.Count} people");
            """);
        var facts = Path.Combine(directory, "facts");
        var init = Factgen.Run("init", facts);
        Assert.True(init.ExitCode == 0, init.Error);

        var build = DotNet.Run(directory, "build", "-nodeReuse:false");
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Contains(" 0 Warning(s)", build.Output);

        var run = DotNet.Run(directory, "run", "--no-build", "-f", "net10.0");
        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Contains("Ada Lovelace, mathematician, born 1815-12-10; cited from example-article.txt paragraph 1; 1 people", run.Output);
        Assert.True(File.Exists(Path.Combine(directory, "bin", "Debug", "net8.0", "Consumer.dll")), "the net8.0 build made no Consumer.dll");

        AssertNothingLeaksIntoReferences(directory);

        var people = Path.Combine(facts, "people.yaml");
        var text = File.ReadAllText(people);
        var broken = text.Replace("source: example-article", "source: example-artcle");
        File.WriteAllText(people, broken);
        var lines = broken.Split('\n');
        var line = Array.FindIndex(lines, l => l.Contains("example-artcle", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf("example-artcle", StringComparison.Ordinal) + 1;

        // One target framework is enough to see the located error: both built above with the same generator.
        var failed = DotNet.Run(directory, "build", "-f", "net10.0", "-nodeReuse:false");
        Assert.NotEqual(0, failed.ExitCode);
        Assert.Matches($@"facts/people\.yaml\({line},{column}\): error FG\d{{4}}: .*example-artcle", failed.Output);
    }

    /// <summary>Neither the restore nor the compiler's references nor the output hold FactGen.Core or YamlDotNet.</summary>
    private void AssertNothingLeaksIntoReferences(string directory)
    {
        using var assets = JsonDocument.Parse(File.ReadAllText(Path.Combine(directory, "obj", "project.assets.json")));
        var libraries = assets.RootElement.GetProperty("libraries").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains($"FactGen/{_feed.Version}", libraries);
        Assert.DoesNotContain(libraries, l => l.StartsWith("YamlDotNet/", StringComparison.OrdinalIgnoreCase) || l.StartsWith("FactGen.Core/", StringComparison.OrdinalIgnoreCase));
        foreach (var target in assets.RootElement.GetProperty("targets").EnumerateObject())
        {
            var factgen = target.Value.GetProperty($"FactGen/{_feed.Version}");
            foreach (var group in new[] { "compile", "runtime" })
            {
                if (!factgen.TryGetProperty(group, out var files)) continue;
                Assert.All(files.EnumerateObject(), f => Assert.EndsWith("_._", f.Name, StringComparison.Ordinal));
            }
        }

        foreach (var framework in new[] { "net8.0", "net10.0" })
        {
            var intermediate = Path.Combine(directory, "obj", "Debug", framework);
            var references = File.ReadAllLines(Path.Combine(intermediate, ReferencesFile)).Select(r => Path.GetFileName(r)).ToList();
            var analyzers = File.ReadAllLines(Path.Combine(intermediate, AnalyzersFile)).Select(a => Path.GetFileName(a)).ToList();
            Assert.Contains("System.Runtime.dll", references); // the list is the compiler's, not an empty file
            Assert.DoesNotContain(references, r => r.StartsWith("FactGen", StringComparison.Ordinal) || r.StartsWith("YamlDotNet", StringComparison.Ordinal));
            Assert.Contains("FactGen.Generator.dll", analyzers);
            Assert.Contains("FactGen.Core.dll", analyzers);
            Assert.Contains("YamlDotNet.dll", analyzers);

            var output = Path.Combine(directory, "bin", "Debug", framework);
            Assert.Equal(["Consumer.dll"], Directory.EnumerateFiles(output, "*.dll").Select(Path.GetFileName));
        }
    }

    private static byte[] Read(ZipArchive zip, string entry)
    {
        using var stream = zip.GetEntry(entry)?.Open() ?? throw new InvalidOperationException($"the package has no {entry}");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static List<string> Payload(ZipArchive zip) =>
        zip.Entries.Where(e => e.FullName.StartsWith("analyzers/", StringComparison.Ordinal) || e.FullName.StartsWith("build", StringComparison.Ordinal))
            .Select(e => $"{e.FullName} {e.Length}").Order(StringComparer.Ordinal).ToList();

    private static string? Value(XElement metadata, string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
}
