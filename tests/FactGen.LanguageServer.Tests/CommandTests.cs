using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Cli;
using FactGen.LanguageServer.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.LanguageServer.Tests;

/// <summary><c>factgen cite</c> and <c>factgen validate --watch</c>.</summary>
public sealed class CommandTests
{
    private static (int Code, string Output, string Error) Factgen(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    [SharedFact("sources")]
    public void Cite_prints_a_ready_citation_for_words_one_paragraph_holds_with_the_quote_checks_normalization()
    {
        // A doubled space, as pasted from a wrapped line: normalized as the quote check does.
        var (code, output, _) = Factgen("cite", "Secretary of State  Antony Blinken will visit China next week", SharedFolder.FactsDirectory, "--sources", CorpusCopy.Sources);
        Assert.Equal(0, code);
        Assert.Equal("- source: blinken-latest-official\n  paragraph: 1\n  quote: \"Secretary of State Antony Blinken will visit China next week\"\n", output);
    }

    [SharedFact("sources")]
    public void Cite_refuses_words_in_several_paragraphs_listing_each()
    {
        var (code, output, error) = Factgen("cite", "Wang Yi", SharedFolder.FactsDirectory, "--sources", CorpusCopy.Sources);
        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("paragraphs hold \"Wang Yi\"", error);
        Assert.Contains("blinken-latest-official ¶3", error);
        Assert.Contains("blinken-major-divides ¶12", error);
    }

    [SharedFact("sources")]
    public void Cite_refuses_words_in_no_paragraph_listing_the_closest()
    {
        var (code, _, error) = Factgen("cite", "including foreign minister Wang Yi", SharedFolder.FactsDirectory, "--sources", CorpusCopy.Sources);
        Assert.Equal(1, code);
        Assert.Contains("no paragraph holds", error);
        Assert.Contains("blinken-latest-official ¶3: \"including Foreign Minister Wang Yi\"", error);
    }

    [SharedFact("sources")]
    public async Task Validate_watch_prints_only_the_problems_that_appear_and_go_away()
    {
        using var corpus = new CorpusCopy();
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { Path.Combine(AppContext.BaseDirectory, "factgen.dll"), "validate", corpus.Facts, "--sources", CorpusCopy.Sources, "--watch" }) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var lines = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        try
        {
            await Until(() => lines.Any(l => l.Contains(" errors, ", StringComparison.Ordinal)), lines);
            var people = corpus.PathOf("people.yaml");
            var original = File.ReadAllText(people);
            var before = lines.Count;
            File.WriteAllText(people, original.Replace("country: united-states", "country: united-statse"));
            await Until(() => lines.Skip(before).Any(l => l.StartsWith("new: ", StringComparison.Ordinal) && l.Contains("FG0013", StringComparison.Ordinal)), lines);
            var changed = lines.Skip(before).ToList();
            // Only what changed: no line for the problems that were there before and still are.
            Assert.All(changed, l => Assert.True(l.StartsWith("new: ", StringComparison.Ordinal) || l.Contains(" errors, ", StringComparison.Ordinal) || l.Contains(" error, ", StringComparison.Ordinal), l));

            before = lines.Count;
            File.WriteAllText(people, original);
            await Until(() => lines.Skip(before).Any(l => l.StartsWith("fixed: ", StringComparison.Ordinal) && l.Contains("FG0013", StringComparison.Ordinal)), lines);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static async Task Until(Func<bool> condition, ConcurrentQueue<string> lines)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException("validate --watch printed:\n" + string.Join("\n", lines));
            await Task.Delay(50);
        }
    }
}
