using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Benchmarks.Corpora;

namespace FactGen.Benchmarks.Reporting;

/// <summary>
/// What a run found, section by section, as Markdown: printed at the end and written to
/// BenchmarkDotNet.Artifacts/factgen/results/report-{mode}.md, from which docs/performance.md is made.
/// </summary>
public sealed class Report
{
    private readonly List<(string Section, string Markdown)> _sections = new();
    private readonly List<string> _verdicts = new();

    public void Add(string section, string markdown)
    {
        _sections.Add((section, markdown));
        Console.WriteLine();
        Console.WriteLine("## " + section);
        Console.WriteLine(markdown);
        // Written after every section, so a long run that is stopped keeps what it measured.
        Save();
    }

    public void Verdict(string target, string measured, bool met)
    {
        _verdicts.Add($"| {target} | {measured} | {Targets.Verdict(met)} |");
        Save();
    }

    public string Mode { get; set; } = "full";

    public string Path => System.IO.Path.Combine(Repository.ResultsDirectory, $"report-{Mode}.md");

    public void Save()
    {
        var text = new StringBuilder();
        text.AppendLine($"# FactGen benchmarks ({Mode} mode), {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC").AppendLine();
        text.AppendLine(Machine.Describe()).AppendLine();
        if (_verdicts.Count > 0)
        {
            text.AppendLine("## Targets").AppendLine();
            text.AppendLine("| target | measured | verdict |").AppendLine("| --- | --- | --- |");
            foreach (var verdict in _verdicts) text.AppendLine(verdict);
            text.AppendLine();
        }
        foreach (var (section, markdown) in _sections) text.AppendLine("## " + section).AppendLine().AppendLine(markdown).AppendLine();
        File.WriteAllText(Path, text.ToString());
    }

    public void PrintVerdicts()
    {
        Console.WriteLine();
        Console.WriteLine("## Targets");
        Console.WriteLine("| target | measured | verdict |");
        Console.WriteLine("| --- | --- | --- |");
        foreach (var verdict in _verdicts) Console.WriteLine(verdict);
        Console.WriteLine();
        Console.WriteLine("Report: " + Path);
    }

    public static string Table(IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        var text = new StringBuilder();
        var columns = header.ToList();
        text.AppendLine("| " + string.Join(" | ", columns) + " |");
        text.AppendLine("|" + string.Concat(columns.Select(_ => " --- |")));
        foreach (var row in rows) text.AppendLine("| " + string.Join(" | ", row) + " |");
        return text.ToString();
    }
}

/// <summary>The machine, as the report states it: CPU model, cores, memory, runtime, and the load when measured.</summary>
public static class Machine
{
    public static string Describe()
    {
        var model = "unknown CPU";
        try
        {
            model = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim() ?? model;
        }
        catch (IOException)
        {
        }
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        var memory = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return $"Machine: {model}, {Environment.ProcessorCount} cores, {Stats.Bytes(memory)} memory, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, " +
               $".NET {Environment.Version}; load average at report time: {load}.";
    }
}
