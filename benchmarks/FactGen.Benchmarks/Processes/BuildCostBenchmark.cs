using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen.Benchmarks.Corpora;
using FactGen.Benchmarks.Generation;
using FactGen.Benchmarks.Reporting;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactGen.Benchmarks.Processes;

/// <summary>
/// What the generator adds to <c>dotnet build</c>: the same consumer project twice, once with the
/// generator (as a package would give it: FactGen.props imported, the generator and its two
/// dependencies as Analyzer items) and the fact files, once with the generator's output checked in
/// as plain C# and no generator. Three edits, each built N times, the two projects interleaved:
/// nothing changed (no-op), one fact edited (the YAML in one, the regenerated C# in the other, as
/// the checked-in code would have to change), and one .cs file edited.
/// </summary>
public static class BuildCostBenchmark
{
    private const string RootNamespace = "Consumer";

    public static void Run(Report report, bool quick)
    {
        var work = Repository.WorkDirectory("buildcost");
        var corpus = quick ? null : SyntheticCorpus.Create(10_000);
        var corpusName = corpus is null ? $"the shipped facts ({ValidateBenchmark.CountFacts(Repository.FactsDirectory)} facts)" : $"the synthetic corpus of {corpus.FactCount:N0} facts in {corpus.Files.Count} files";

        // The analyzer as a package ships it.
        var analyzer = ProcessRunner.EnsureDirectory(Path.Combine(work, "analyzer"));
        foreach (var dll in new[] { "FactGen.Generator.dll", "FactGen.Core.dll" }) File.Copy(Path.Combine(AppContext.BaseDirectory, dll), Path.Combine(analyzer, dll), overwrite: true);
        File.Copy(YamlDotNetForAnalyzers(), Path.Combine(analyzer, "YamlDotNet.dll"), overwrite: true);
        File.Copy(Path.Combine(Repository.Root, "src", "FactGen.Generator", "build", "FactGen.props"), Path.Combine(analyzer, "FactGen.props"), overwrite: true);

        // The facts: the edit is one fact's name (a person's), toggled on and off.
        var facts = new Dictionary<string, string>(StringComparer.Ordinal);
        string editedFile, original, edited;
        string name0;
        if (corpus is not null)
        {
            foreach (var (file, text) in corpus.Files) facts[file] = text;
            facts["schema.yaml"] = corpus.SchemaText;
            var n = corpus.CountOf("Person") / 2;
            (editedFile, edited) = corpus.EditOneFact("Person", n, " (edited)");
            original = facts[editedFile];
            name0 = $"Person{n:D6}";
        }
        else
        {
            foreach (var path in Directory.GetFiles(Repository.FactsDirectory, "*.yaml")) facts[Path.GetFileName(path)] = File.ReadAllText(path);
            editedFile = "people.yaml";
            original = facts[editedFile];
            edited = original.Replace("name: Wang Yi\n", "name: Wang Yi (edited)\n", StringComparison.Ordinal);
            name0 = "WangYi";
        }
        if (edited == original) throw new InvalidOperationException("the fact edit changed nothing");

        var gen = Project(work, "gen", $"""
              <Import Project="{analyzer}/FactGen.props" />
              <ItemGroup>
                <Analyzer Include="{analyzer}/FactGen.Generator.dll" />
                <Analyzer Include="{analyzer}/FactGen.Core.dll" />
                <Analyzer Include="{analyzer}/YamlDotNet.dll" />
              </ItemGroup>
            """);
        var factsDirectory = ProcessRunner.EnsureDirectory(Path.Combine(gen, "facts"));
        foreach (var (file, text) in facts) File.WriteAllText(Path.Combine(factsDirectory, file), text);

        var plain = Project(work, "plain", "");
        var generatedDirectory = ProcessRunner.EnsureDirectory(Path.Combine(plain, "Generated"));
        var before = Generate(facts);
        var after = Generate(new Dictionary<string, string>(facts) { [editedFile] = edited });
        foreach (var (hint, text) in before) File.WriteAllText(Path.Combine(generatedDirectory, hint.Replace(".g.cs", ".cs", StringComparison.Ordinal)), text);
        var changedHints = before.Keys.Where(h => before[h] != after[h]).ToList();

        foreach (var project in new[] { gen, plain })
        {
            WriteProgram(project, name0, 0);
            Console.WriteLine("build cost: restore and first build of " + project);
            ProcessRunner.Build(project, "build", "-v:q");
            var check = ProcessRunner.Checked(project, "dotnet", Path.Combine(project, "bin", "Debug", "net10.0", "Consumer.dll"));
            Console.WriteLine("  runs: " + check.Output.Trim());
        }

        var iterations = quick ? 2 : 5;
        var scenarios = new (string Name, Action<string, int> Edit)[]
        {
            ("no-op (nothing changed)", (_, _) => { }),
            ("one fact edited (YAML / checked-in C#)", (project, i) =>
            {
                var on = i % 2 == 0;
                if (project == gen)
                {
                    File.WriteAllText(Path.Combine(factsDirectory, editedFile), on ? edited : original);
                    return;
                }
                foreach (var hint in changedHints) File.WriteAllText(Path.Combine(generatedDirectory, hint.Replace(".g.cs", ".cs", StringComparison.Ordinal)), on ? after[hint] : before[hint]);
            }),
            ("one .cs file edited (Program.cs)", (project, i) => WriteProgram(project, name0, i + 1)),
        };

        var rows = new List<string[]>();
        foreach (var (scenario, edit) in scenarios)
        {
            var times = new Dictionary<string, List<double>> { [gen] = new(), [plain] = new() };
            for (var i = -1; i < iterations; i++)
            {
                foreach (var project in new[] { gen, plain })
                {
                    // Every build, the warm-up too, follows a real edit: index 0, 1, 2... toggles the fact on and off.
                    edit(project, i + 1);
                    var run = ProcessRunner.Build(project, "build", "--no-restore", "-v:q");
                    if (i >= 0) times[project].Add(run.Milliseconds);
                }
            }
            var g = Stats.Of(times[gen]);
            var p = Stats.Of(times[plain]);
            var ratio = g.Median / p.Median;
            Console.WriteLine($"build cost: {scenario}: generator {Stats.Ms(g.Median)}, checked-in {Stats.Ms(p.Median)}, {Stats.Ratio(ratio)}");
            rows.Add([scenario, Stats.Ms(g.Median), g.Spread, Stats.Ms(p.Median), p.Spread, Stats.Ratio(ratio), Targets.Verdict(ratio <= Targets.BuildRatio)]);
            report.Verdict($"build, {scenario}: generator / checked-in C# <= {Targets.BuildRatio:0.00}x ({corpusName})", Stats.Ratio(ratio), ratio <= Targets.BuildRatio);
        }

        var size = before.Values.Sum(t => (long)t.Length);
        report.Add("Build cost: dotnet build with the generator against the generated code checked in",
            $"Consumer project (net10.0, Debug, `dotnet build --no-restore -v:q`, MSBuild node reuse and the compiler server as a developer has them) over {corpusName}; " +
            $"the generated code is {before.Count} files, {Stats.Bytes(size)} of C# ({changedHints.Count} file(s) change with the fact edit). " +
            $"One untimed build, then {iterations} timed builds per scenario and project, the two projects interleaved.\n\n" +
            Report.Table(["scenario", "with generator: median", "min – max (sd)", "checked-in C#: median", "min – max (sd)", "ratio", $"target <= {Targets.BuildRatio:0.00}x"], rows));
    }

    private static string Project(string work, string name, string items)
    {
        var directory = Path.Combine(work, name);
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <RootNamespace>{RootNamespace}</RootNamespace>
              </PropertyGroup>
            {items}
            </Project>
            """);
        return directory;
    }

    private static void WriteProgram(string project, string person, int edit) =>
        File.WriteAllText(Path.Combine(project, "Program.cs"), $$"""
            System.Console.WriteLine("edit {{edit}}: " + Consumer.People.Get(Consumer.PersonIds.{{person}}).Name);
            """);

    /// <summary>The generator's output for these files, as the build would make it (same RootNamespace).</summary>
    private static Dictionary<string, string> Generate(Dictionary<string, string> files)
    {
        var texts = files.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => (AdditionalText)new InMemoryAdditionalText("/consumer/facts/" + f.Key, f.Value)).ToList();
        var driver = Driving.Check(Driving.Driver(texts, RootNamespace).RunGenerators(Driving.EmptyCompilation()));
        return driver.GetRunResult().Results.Single().GeneratedSources.ToDictionary(s => s.HintName, s => s.SourceText.ToString(), StringComparer.Ordinal);
    }

    /// <summary>YamlDotNet's netstandard2.0 build from the NuGet cache: the one the generator ships with.</summary>
    private static string YamlDotNetForAnalyzers()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var path = Path.Combine(packages, "yamldotnet", "16.3.0", "lib", "netstandard2.0", "YamlDotNet.dll");
        return File.Exists(path) ? path : Path.Combine(AppContext.BaseDirectory, "YamlDotNet.dll");
    }
}
