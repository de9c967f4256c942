using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Benchmarks.Corpora;
using FactGen.Benchmarks.Processes;
using FactGen.Benchmarks.Reporting;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Tests.Infrastructure;
using FactGen.LanguageServer.Workspace;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.Benchmarks.LanguageServer;

/// <summary>
/// <c>factgen lsp</c> as an editor meets it (issue 28), through a scripted client over the
/// process's stdin and stdout (the tests' <c>LspClient</c>): start to first diagnostics, a
/// one-character edit to the diagnostics it changes (debounce included), completion at a
/// reference, and the server's memory, on the shipped corpus and a synthetic one.
/// </summary>
public static class LanguageServerBenchmark
{
    public static void Run(Report report, bool quick)
    {
        var work = Repository.WorkDirectory("lsp");
        var cli = Path.Combine(work, "cli");
        Console.WriteLine("lsp: building the CLI (Release) into " + cli);
        ProcessRunner.Build(Repository.Root, "build", Path.Combine(Repository.Root, "src", "FactGen.Cli", "FactGen.Cli.csproj"), "-c", "Release", "-f", "net10.0", "-o", cli, "-nodeReuse:false", "-v:q");
        var factgen = Path.Combine(cli, "factgen.dll");
        var sources = Path.GetFullPath(Path.Combine(Repository.Root, "..", "shared", "sources"));

        var rows = new List<string[]>();
        var shipped = Path.Combine(work, "shipped");
        CopyFacts(Repository.FactsDirectory, Path.Combine(shipped, "facts"));
        rows.Add(Measure(factgen, "shipped facts/", shipped, "people.yaml", Directory.Exists(sources) ? ["--sources", sources] : [], quick, report, 50));
        foreach (var size in quick ? new[] { 10_000 } : new[] { 1_000, 10_000 })
        {
            var root = Path.Combine(work, $"synthetic-{size}");
            var corpus = SyntheticCorpus.Create(size);
            corpus.WriteTo(Path.Combine(root, "facts"));
            rows.Add(Measure(factgen, $"synthetic {size:N0}", root, corpus.Files.First(f => f.Name.StartsWith("people-", StringComparison.Ordinal)).Name, [], quick, report, size == 10_000 ? 300 : 0));
        }
        report.Add("factgen lsp (scripted client over stdio)",
            $"A client over the server's stdin and stdout (StreamJsonRpc, Content-Length framing), the Release CLI, the default debounce (20 ms). " +
            $"Start: process start to the first diagnostics of an opened file holding a typo. Edit: one character typed into or out of a reference, to the published diagnostics that change. " +
            $"Completion: at that reference's value. CPU per edit: the server process's processor time over the edits, divided by their number (less sensitive to a loaded machine than wall time). Memory: the server's working set after the runs.\n\n" +
            Report.Table(["corpus", "start to first diagnostics", "edit to diagnostics (median)", "edit min – max", "server CPU per edit (mean)", "completion (median)", "completion items", "server memory", "runs"], rows));
    }

    private static string[] Measure(string factgen, string name, string root, string file, string[] arguments, bool quick, Report report, int editTarget)
    {
        Console.WriteLine($"lsp: {name}");
        return MeasureAsync(factgen, name, root, file, arguments, quick ? 10 : 40, report, editTarget).GetAwaiter().GetResult();
    }

    private static async Task<string[]> MeasureAsync(string factgen, string name, string root, string file, string[] arguments, int runs, Report report, int editTarget)
    {
        var path = Path.Combine(root, "facts", file);
        var text = File.ReadAllText(path);
        var line = text.Split('\n').Select((l, i) => (l, i)).First(p => p.l.StartsWith("    country: ", StringComparison.Ordinal));
        var end = new Position(line.i, line.l.Length);

        var clock = Stopwatch.StartNew();
        await using var client = await LspClient.StartWithAsync(factgen, root, arguments);
        // The typo is in the opened buffer only: the first diagnostics show it.
        await client.OpenAsync(path, InsertAt(text, line.i, "x"));
        await client.WaitForDiagnosticsAsync(path, HasTypo, 120);
        var start = clock.Elapsed.TotalMilliseconds;

        var edits = new List<double>();
        var typo = true;
        client.Process.Refresh();
        var cpuBefore = client.Process.TotalProcessorTime;
        for (var run = 0; run < runs * 2; run++)
        {
            var watch = Stopwatch.StartNew();
            if (typo) await client.ChangeAsync(path, new Range(end, end with { Character = end.Character + 1 }), string.Empty);
            else await client.ChangeAsync(path, new Range(end, end), "x");
            typo = !typo;
            var expected = typo;
            await client.WaitForDiagnosticsAsync(path, d => HasTypo(d) == expected, 120);
            edits.Add(watch.Elapsed.TotalMilliseconds);
        }

        client.Process.Refresh();
        var cpuPerEdit = (client.Process.TotalProcessorTime - cpuBefore).TotalMilliseconds / edits.Count;
        var completions = new List<double>();
        var items = 0;
        var document = new TextDocumentIdentifier(UriPaths.ToUri(path));
        for (var run = 0; run < runs; run++)
        {
            var watch = Stopwatch.StartNew();
            var list = await client.RequestAsync<CompletionList>("textDocument/completion", new TextDocumentPositionParams(document, end with { Character = "    country: c".Length }));
            completions.Add(watch.Elapsed.TotalMilliseconds);
            items = list.Items.Length;
        }
        client.Process.Refresh();
        var memory = client.Process.WorkingSet64 / (1024.0 * 1024.0);

        var edit = Stats.Of(edits);
        var completion = Stats.Of(completions);
        if (editTarget > 0) report.Verdict($"lsp edit to diagnostics, {name} (≤ {editTarget} ms)", Stats.Ms(edit.Median), edit.Median <= editTarget);
        if (name.StartsWith("shipped", StringComparison.Ordinal)) report.Verdict("lsp start to first diagnostics, shipped (≤ 1.5 s)", Stats.Ms(start), start <= 1500);
        if (editTarget == 300)
        {
            report.Verdict($"lsp completion, {name} (≤ 50 ms)", Stats.Ms(completion.Median), completion.Median <= 50);
            report.Verdict($"lsp server memory, {name} (≤ 300 MB)", $"{memory:0} MB", memory <= 300);
        }
        return [name, Stats.Ms(start), Stats.Ms(edit.Median), edit.Spread, Stats.Ms(cpuPerEdit), Stats.Ms(completion.Median), items.ToString(CultureInfo.InvariantCulture),
            memory.ToString("0", CultureInfo.InvariantCulture) + " MB", edits.Count.ToString(CultureInfo.InvariantCulture)];
    }

    private static bool HasTypo(Diagnostic[] diagnostics) => diagnostics.Any(d => d.Code == "FG0013");

    private static string InsertAt(string text, int line, string suffix)
    {
        var lines = text.Split('\n');
        lines[line] += suffix;
        return string.Join('\n', lines);
    }

    private static void CopyFacts(string from, string to)
    {
        if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*.yaml")) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
    }
}
