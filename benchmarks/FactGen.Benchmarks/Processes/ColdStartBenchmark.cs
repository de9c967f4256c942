using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FactGen.Benchmarks.Corpora;
using FactGen.Benchmarks.Reporting;

namespace FactGen.Benchmarks.Processes;

/// <summary>
/// Cold start to the first fact, one fresh process per run: a tiny app per approach, built once in
/// Release, each run timed from Process.Start to exit, N times. Separate processes rather than a
/// BenchmarkDotNet job because what is measured is exactly what a fresh process pays (runtime
/// start, assembly loading, JIT of the loading code, the facts' creation or parsing), and nothing
/// else in the process may have warmed any of it; each app also reports the time from Main to the
/// first fact, which takes the runtime's own start out of the comparison.
/// <list type="bullet">
/// <item>empty: prints a line; the floor that every .NET process pays.</item>
/// <item>factgen: references src/FactGen.Facts and asks People.Get(PersonIds.WangYi): the generated
/// FactData builds every fact, from literals, on first use.</item>
/// <item>yamldotnet: what an app does without FactGen: deserializes every facts/*.yaml (copied beside
/// it) with YamlDotNet into a list of dictionaries per file, indexes them by id, finds wang-yi.</item>
/// <item>factgen over a synthetic corpus of N facts (10k and 100k; issue 17): a project that takes the
/// generator as an analyzer the way src/FactGen.Facts does, with the synthetic facts as its facts/,
/// and asks People.Get for the person in the middle of the corpus.</item>
/// </list>
/// Every app also prints the bytes its thread allocated from just after the clock starts to the fact
/// in hand (<c>GC.GetAllocatedBytesForCurrentThread</c>): what the first touch costs in memory.
/// </summary>
public static class ColdStartBenchmark
{
    /// <summary>The synthetic corpus sizes to build an app over; set by Program from --sizes or the mode.</summary>
    public static int[] SyntheticSizes { get; set; } = [10_000, 100_000];

    private const string Timing = """
        static class Clock
        {
            public static void Report(string found, System.Diagnostics.Stopwatch clock, long allocatedBefore)
            {
                var elapsed = clock.Elapsed.TotalMilliseconds;
                var allocated = System.GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
                System.Console.WriteLine(found + "|" + elapsed.ToString(System.Globalization.CultureInfo.InvariantCulture) + "|" + allocated.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        """;

    /// <summary>The first lines of every app's Main: the clock, then the allocation count it starts from.</summary>
    private const string Start = """
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var allocatedBefore = System.GC.GetAllocatedBytesForCurrentThread();
        """;

    public static void Run(Report report, bool quick)
    {
        var work = Repository.WorkDirectory("coldstart");
        var apps = new List<(string Name, string Dll)>
        {
            ("empty .NET app (floor)", Make(work, "EmptyApp", "", Start + """
                Clock.Report("hello", clock, allocatedBefore);
                """ + Timing)),
            ("FactGen: People.Get(PersonIds.WangYi)", Make(work, "FactGenApp",
                $"""<ItemGroup><ProjectReference Include="{Repository.Root}/src/FactGen.Facts/FactGen.Facts.csproj" /></ItemGroup>""", Start + """
                var person = FactGen.Facts.People.Get(FactGen.Facts.PersonIds.WangYi);
                Clock.Report(person.Name!, clock, allocatedBefore);
                """ + Timing)),
            ("YamlDotNet: deserialize facts/*.yaml, index by id, find wang-yi", Make(work, "YamlApp",
                $"""
                <ItemGroup>
                  <PackageReference Include="YamlDotNet" Version="16.3.0" />
                  <None Include="{Repository.FactsDirectory}/*.yaml" Link="facts/%(Filename)%(Extension)" CopyToOutputDirectory="PreserveNewest" />
                </ItemGroup>
                """, """
                using System.Collections.Generic;
                using System.IO;
                using YamlDotNet.Serialization;
                using YamlDotNet.Serialization.NamingConventions;

                """ + Start + """
                var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
                var byId = new Dictionary<string, Dictionary<string, object>>(System.StringComparer.Ordinal);
                foreach (var path in Directory.EnumerateFiles(Path.Combine(System.AppContext.BaseDirectory, "facts"), "*.yaml"))
                {
                    if (Path.GetFileName(path) == "schema.yaml") continue;
                    var file = deserializer.Deserialize<FactFile>(File.ReadAllText(path));
                    foreach (var fact in file.Facts) byId[(string)fact["id"]] = fact;
                }
                var person = byId["wang-yi"];
                Clock.Report((string)person["name"], clock, allocatedBefore);

                sealed class FactFile
                {
                    public string Kind { get; set; } = "";
                    public List<Dictionary<string, object>> Facts { get; set; } = new();
                }
                """ + Timing)),
        };
        var shipped = apps.Count;
        foreach (var size in SyntheticSizes) apps.Add(($"FactGen, {size:N0} synthetic facts: People.Get(PersonIds.Person…) in the middle", MakeSynthetic(work, size)));

        var (warmups, iterations) = quick ? (1, 5) : (3, 20);
        var results = new List<(string Name, Stats Wall, Stats InApp, string Found, long Allocated)>();
        // Interleaved (a, b, c, a, b, c...) so that a burst of load on the shared machine hits every app alike.
        var wall = apps.ToDictionary(a => a.Name, _ => new List<double>());
        var inApp = apps.ToDictionary(a => a.Name, _ => new List<double>());
        var found = new Dictionary<string, string>();
        var allocated = apps.ToDictionary(a => a.Name, _ => new List<long>());
        for (var i = -warmups; i < iterations; i++)
        {
            foreach (var (name, dll) in apps)
            {
                var run = ProcessRunner.Checked(work, "dotnet", dll);
                var parts = run.Output.Trim().Split('\n').Last().Split('|');
                found[name] = parts[0];
                if (i < 0) continue;
                wall[name].Add(run.Milliseconds);
                inApp[name].Add(double.Parse(parts[1], CultureInfo.InvariantCulture));
                allocated[name].Add(long.Parse(parts[2], CultureInfo.InvariantCulture));
            }
        }
        // The allocation of a first touch is the same run after run (no timing in it): the median is the figure.
        foreach (var (name, _) in apps) results.Add((name, Stats.Of(wall[name]), Stats.Of(inApp[name]), found[name], allocated[name].OrderBy(b => b).ElementAt(allocated[name].Count / 2)));

        var floor = results[0];
        var factgen = results[1];
        var yaml = results[2];
        var rows = results.Select(r => new[]
        {
            r.Name, Stats.Ms(r.Wall.Median), r.Wall.Spread, Stats.Ms(r.Wall.Median - floor.Wall.Median), Stats.Ms(r.InApp.Median), r.InApp.Spread, Stats.Bytes(r.Allocated), r.Found,
        });
        report.Verdict($"cold start, shipped facts: People.Get in hand <= {Targets.ColdStartShippedMilliseconds} ms in-app (median)", Stats.Ms(factgen.InApp.Median), factgen.InApp.Median <= Targets.ColdStartShippedMilliseconds);
        foreach (var (size, result) in SyntheticSizes.Zip(results.Skip(shipped)))
        {
            report.Verdict($"cold start, {size:N0} synthetic facts: People.Get in hand <= {Targets.ColdStartLargeMilliseconds} ms in-app (median)",
                $"{Stats.Ms(result.InApp.Median)}, {Stats.Bytes(result.Allocated)} allocated", result.InApp.Median <= Targets.ColdStartLargeMilliseconds);
        }
        var facts = ValidateBenchmark.CountFacts(Repository.FactsDirectory);
        report.Add("Cold start to the first fact (fresh process per run)",
            $"The shipped facts ({facts} facts in {Directory.GetFiles(Repository.FactsDirectory, "*.yaml").Length - 1} files). Each app built once in Release (framework-dependent, JIT, no ReadyToRun), " +
            $"run as `dotnet App.dll`; {warmups} untimed warm-up round(s), then {iterations} rounds, the apps interleaved. " +
            "Wall = Process.Start to exit; in-app = Stopwatch from the first line of Main to the fact in hand.\n\n" +
            (SyntheticSizes.Length == 0 ? "" : $"The synthetic apps ({string.Join(", ", SyntheticSizes.Select(n => n.ToString("N0", CultureInfo.InvariantCulture)))} facts, mixed kinds, 100 files) take the generator as an analyzer, as src/FactGen.Facts does. ") +
            "Allocated = bytes the main thread allocated from the clock's start to the fact in hand (median of the runs).\n\n" +
            Report.Table(["app", "wall median", "wall min – max (sd)", "wall minus empty app", "in-app median", "in-app min – max (sd)", "allocated by the first touch", "found"], rows) +
            $"\nFactGen against YamlDotNet: wall {Stats.Ratio(factgen.Wall.Median / yaml.Wall.Median)}, " +
            $"above the empty app {Stats.Ratio((factgen.Wall.Median - floor.Wall.Median) / Math.Max(0.001, yaml.Wall.Median - floor.Wall.Median))}, " +
            $"in-app {Stats.Ratio(factgen.InApp.Median / yaml.InApp.Median)} (lower is better for FactGen).\n");
    }

    /// <summary>
    /// An app over a synthetic corpus of <paramref name="size"/> facts: the generator as an analyzer
    /// (ProjectReference with OutputItemType Analyzer and FactGen.props, as src/FactGen.Facts has it),
    /// the facts in its facts/ folder, written only where they changed so that a second run does not
    /// compile the model again (minutes at 100k).
    /// </summary>
    private static string MakeSynthetic(string work, int size)
    {
        var name = $"Synthetic{size}App";
        var corpus = SyntheticCorpus.Create(size);
        var n = corpus.CountOf("Person") / 2;
        var facts = ProcessRunner.EnsureDirectory(Path.Combine(work, name, "facts"));
        WriteIfChanged(Path.Combine(facts, "schema.yaml"), corpus.SchemaText);
        foreach (var (file, text) in corpus.Files) WriteIfChanged(Path.Combine(facts, file), text);
        return Make(work, name, $"""
            <PropertyGroup><RootNamespace>ColdStart</RootNamespace></PropertyGroup>
            <Import Project="{Repository.Root}/src/FactGen.Generator/build/FactGen.props" />
            <ItemGroup>
              <ProjectReference Include="{Repository.Root}/src/FactGen.Generator/FactGen.Generator.csproj" OutputItemType="Analyzer" ReferenceOutputAssembly="false" />
            </ItemGroup>
            """, Start + $$"""
            var person = ColdStart.People.Get(ColdStart.PersonIds.Person{{n:D6}});
            Clock.Report(person.Name!, clock, allocatedBefore);
            """ + Timing);
    }

    private static void WriteIfChanged(string path, string text)
    {
        if (File.Exists(path) && File.ReadAllText(path) == text) return;
        File.WriteAllText(path, text);
    }

    private static string Make(string work, string name, string items, string program)
    {
        var directory = ProcessRunner.EnsureDirectory(Path.Combine(work, name));
        File.WriteAllText(Path.Combine(directory, name + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>disable</ImplicitUsings>
                <InvariantGlobalization>true</InvariantGlobalization>
              </PropertyGroup>
              {items}
            </Project>
            """);
        File.WriteAllText(Path.Combine(directory, "Program.cs"), program);
        Console.WriteLine($"cold start: building {name} (Release)");
        ProcessRunner.Build(directory, "build", "-c", "Release", "-nodeReuse:false", "-v:q");
        return Path.Combine(directory, "bin", "Release", "net10.0", name + ".dll");
    }
}
