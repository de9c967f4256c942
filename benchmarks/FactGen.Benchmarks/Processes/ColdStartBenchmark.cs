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
/// </list>
/// </summary>
public static class ColdStartBenchmark
{
    private const string Timing = """
        static class Clock
        {
            public static void Report(string found, System.Diagnostics.Stopwatch clock) =>
                System.Console.WriteLine(found + "|" + clock.Elapsed.TotalMilliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
        """;

    public static void Run(Report report, bool quick)
    {
        var work = Repository.WorkDirectory("coldstart");
        var apps = new List<(string Name, string Dll)>
        {
            ("empty .NET app (floor)", Make(work, "EmptyApp", "", """
                var clock = System.Diagnostics.Stopwatch.StartNew();
                Clock.Report("hello", clock);
                """ + Timing)),
            ("FactGen: People.Get(PersonIds.WangYi)", Make(work, "FactGenApp",
                $"""<ItemGroup><ProjectReference Include="{Repository.Root}/src/FactGen.Facts/FactGen.Facts.csproj" /></ItemGroup>""", """
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var person = FactGen.Facts.People.Get(FactGen.Facts.PersonIds.WangYi);
                Clock.Report(person.Name!, clock);
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

                var clock = System.Diagnostics.Stopwatch.StartNew();
                var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
                var byId = new Dictionary<string, Dictionary<string, object>>(System.StringComparer.Ordinal);
                foreach (var path in Directory.EnumerateFiles(Path.Combine(System.AppContext.BaseDirectory, "facts"), "*.yaml"))
                {
                    if (Path.GetFileName(path) == "schema.yaml") continue;
                    var file = deserializer.Deserialize<FactFile>(File.ReadAllText(path));
                    foreach (var fact in file.Facts) byId[(string)fact["id"]] = fact;
                }
                var person = byId["wang-yi"];
                Clock.Report((string)person["name"], clock);

                sealed class FactFile
                {
                    public string Kind { get; set; } = "";
                    public List<Dictionary<string, object>> Facts { get; set; } = new();
                }
                """ + Timing)),
        };

        var (warmups, iterations) = quick ? (1, 5) : (3, 20);
        var results = new List<(string Name, Stats Wall, Stats InApp, string Found)>();
        // Interleaved (a, b, c, a, b, c...) so that a burst of load on the shared machine hits every app alike.
        var wall = apps.ToDictionary(a => a.Name, _ => new List<double>());
        var inApp = apps.ToDictionary(a => a.Name, _ => new List<double>());
        var found = new Dictionary<string, string>();
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
            }
        }
        foreach (var (name, _) in apps) results.Add((name, Stats.Of(wall[name]), Stats.Of(inApp[name]), found[name]));

        var floor = results[0];
        var factgen = results[1];
        var yaml = results[2];
        var rows = results.Select(r => new[]
        {
            r.Name, Stats.Ms(r.Wall.Median), r.Wall.Spread, Stats.Ms(r.Wall.Median - floor.Wall.Median), Stats.Ms(r.InApp.Median), r.InApp.Spread, r.Found,
        });
        var facts = ValidateBenchmark.CountFacts(Repository.FactsDirectory);
        report.Add("Cold start to the first fact (fresh process per run)",
            $"The shipped facts ({facts} facts in {Directory.GetFiles(Repository.FactsDirectory, "*.yaml").Length - 1} files). Each app built once in Release (framework-dependent, JIT, no ReadyToRun), " +
            $"run as `dotnet App.dll`; {warmups} untimed warm-up round(s), then {iterations} rounds, the apps interleaved. " +
            "Wall = Process.Start to exit; in-app = Stopwatch from the first line of Main to the fact in hand.\n\n" +
            Report.Table(["app", "wall median", "wall min – max (sd)", "wall minus empty app", "in-app median", "in-app min – max (sd)", "found"], rows) +
            $"\nFactGen against YamlDotNet: wall {Stats.Ratio(factgen.Wall.Median / yaml.Wall.Median)}, " +
            $"above the empty app {Stats.Ratio((factgen.Wall.Median - floor.Wall.Median) / Math.Max(0.001, yaml.Wall.Median - floor.Wall.Median))}, " +
            $"in-app {Stats.Ratio(factgen.InApp.Median / yaml.InApp.Median)} (lower is better for FactGen).\n");
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
