using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen.Benchmarks.Corpora;
using FactGen.Benchmarks.Reporting;

namespace FactGen.Benchmarks.Processes;

/// <summary>
/// <c>factgen validate DIR</c> wall time, process start included: the Release CLI, built once into
/// a private folder, run as <c>dotnet factgen.dll validate DIR</c> through Process, several times.
/// </summary>
public static class ValidateBenchmark
{
    public static void Run(Report report, bool quick)
    {
        var work = Repository.WorkDirectory("validate");
        var cli = Path.Combine(work, "cli");
        var project = Path.Combine(Repository.Root, "src", "FactGen.Cli", "FactGen.Cli.csproj");
        System.Console.WriteLine("validate: building the CLI (Release) into " + cli);
        ProcessRunner.Build(Repository.Root, "build", project, "-c", "Release", "-f", "net10.0", "-o", cli, "-nodeReuse:false", "-v:q");
        var factgen = Path.Combine(cli, "factgen.dll");

        var corpora = new List<(string Name, int Facts, int Files, string Directory)>
        {
            ("shipped facts/", CountFacts(Repository.FactsDirectory), Directory.GetFiles(Repository.FactsDirectory, "*.yaml").Length - 1, Repository.FactsDirectory),
        };
        foreach (var size in quick ? new[] { 1_000 } : new[] { 1_000, 10_000 })
        {
            var corpus = SyntheticCorpus.Create(size);
            corpora.Add(($"synthetic {size:N0}", size, corpus.Files.Count, corpus.WriteTo(Path.Combine(work, $"corpus-{size}"))));
        }

        var (warmups, iterations) = quick ? (1, 3) : (2, 10);
        var rows = new List<string[]>();
        foreach (var (name, facts, files, directory) in corpora)
        {
            System.Console.WriteLine($"validate: {name} ({facts} facts), {iterations} runs");
            var args = new[] { factgen, "validate", directory };
            var (stats, runs) = ProcessRunner.Time(warmups, iterations, _ => ProcessRunner.Checked(work, "dotnet", args));
            rows.Add([name, facts.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), files.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Stats.Ms(stats.Median), stats.Spread, stats.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), runs[0].Output.Trim().Split('\n').Last()]);
        }
        report.Add("factgen validate (wall time, process start included)",
            $"`dotnet {Path.GetFileName(factgen)} validate DIR`, Release build, {warmups} untimed warm-up run(s) then {iterations} timed runs each.\n\n" +
            Report.Table(["corpus", "facts", "data files", "median", "min – max (sd)", "runs", "last line of output"], rows));
    }

    /// <summary>The facts in a folder: lines that open a fact (<c>  - id:</c>).</summary>
    public static int CountFacts(string directory) =>
        Directory.GetFiles(directory, "*.yaml").Where(p => Path.GetFileName(p) != "schema.yaml")
            .Sum(p => File.ReadLines(p).Count(l => l.StartsWith("  - id:", System.StringComparison.Ordinal)));
}
