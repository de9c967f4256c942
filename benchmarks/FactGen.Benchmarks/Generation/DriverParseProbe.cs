using System;
using System.Diagnostics;
using System.Linq;
using FactGen.Benchmarks.Corpora;
using FactGen.Benchmarks.Reporting;

namespace FactGen.Benchmarks.Generation;

/// <summary>
/// Does the driver's full run include parsing what the generator emitted? Roslyn's driver hands the
/// compilation lazily parsed trees, so RunGenerators may not parse: time RunGenerators, then the
/// first GetRoot() of every generated tree (the parse the compiler does when it compiles), several times.
/// This tells whether the "4 parse" stage belongs to the generator's run or to the compile after it.
/// </summary>
public static class DriverParseProbe
{
    public static void Run(Report report, int facts, int iterations)
    {
        var corpus = SyntheticCorpus.Create(facts);
        var texts = Driving.Texts(corpus);
        var compilation = Driving.EmptyCompilation();
        var run = new System.Collections.Generic.List<double>();
        var parse = new System.Collections.Generic.List<double>();
        for (var i = -2; i < iterations; i++)
        {
            GC.Collect();
            var clock = Stopwatch.StartNew();
            var driver = Driving.Driver(texts).RunGenerators(compilation);
            var trees = driver.GetRunResult().GeneratedTrees;
            var generate = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var nodes = trees.Sum(t => t.GetRoot().FullSpan.Length);
            var parsed = clock.Elapsed.TotalMilliseconds;
            if (nodes == 0) throw new InvalidOperationException("nothing generated");
            if (i < 0) continue;
            run.Add(generate);
            parse.Add(parsed);
        }
        var r = Stats.Of(run);
        var p = Stats.Of(parse);
        report.Add($"Is the parse of the emitted C# in the driver's run? ({facts:N0} facts)",
            $"Stopwatch, {iterations} runs after 2 warm-up runs, a new driver each time.\n\n" +
            Report.Table(["step", "median", "min – max (sd)"],
            [
                ["RunGenerators + GetRunResult (the benchmark's full run)", Stats.Ms(r.Median), r.Spread],
                ["then the first GetRoot() of every generated tree", Stats.Ms(p.Median), p.Spread],
            ]));
    }
}
