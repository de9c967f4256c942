using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FactGen.Core.Reading;
using FactGen.Hardening.Tests.Infrastructure;
using FactGen.Tests;
using Microsoft.CodeAnalysis;

namespace FactGen.Hardening.Tests;

/// <summary>
/// The official YAML test suite (../shared/yaml-test-suite) as a corpus of odd and broken YAML:
/// through the CLI all at once and through the generator one case at a time. Whatever a case is,
/// the result is diagnostics that name the file and a line, or facts: never a crash.
/// </summary>
[Trait("Category", "Slow")] // README: the fast subset while editing leaves these out
public class YamlTestSuiteTests
{
    private const string Suite = "yaml-test-suite";
    private static readonly string[] ReaderIds = ["FG0001", "FG0002", "FG0024", "FG0025", "FG0026", "FG0032", "FG0033"];

    /// <summary>What the reader made of every case when the baseline was last reviewed (committed, one case a line).</summary>
    private static string BaselinePath => Path.Combine(SharedFolder.RepositoryRoot, "tests", "FactGen.Hardening.Tests", "YamlTestSuite.baseline.tsv");

    /// <summary>A case of the suite: its id (folder, or folder-sub), the bytes of in.yaml, and whether the suite marks it invalid.</summary>
    public sealed record Case(string Id, byte[] Bytes, bool IsError)
    {
        public string Text => Encoding.UTF8.GetString(Bytes);
    }

    public static IReadOnlyList<Case> Cases()
    {
        var root = SharedFolder.Require(Suite);
        var cases = new List<Case>();
        foreach (var folder in Directory.EnumerateDirectories(root).OrderBy(p => p, StringComparer.Ordinal))
        {
            var id = Path.GetFileName(folder);
            if (File.Exists(Path.Combine(folder, "in.yaml")))
            {
                cases.Add(Load(id, folder));
                continue;
            }
            foreach (var sub in Directory.EnumerateDirectories(folder).OrderBy(p => p, StringComparer.Ordinal))
            {
                if (File.Exists(Path.Combine(sub, "in.yaml"))) cases.Add(Load(id + "-" + Path.GetFileName(sub), sub));
            }
        }
        return cases;

        static Case Load(string id, string folder) =>
            new(id, File.ReadAllBytes(Path.Combine(folder, "in.yaml")), File.Exists(Path.Combine(folder, "error")));
    }

    [SharedFact(Suite)]
    public void The_suite_is_there_with_its_cases()
    {
        var cases = Cases();
        Assert.True(cases.Count > 300, $"expected the ~400 cases of the suite, found {cases.Count}");
        Assert.Contains(cases, c => c.IsError);
        Assert.Contains(cases, c => !c.IsError);
    }

    [SharedFact(Suite)]
    public void The_cli_validates_every_case_at_once_without_crashing_and_locates_every_rejection()
    {
        var cases = Cases();
        var directory = HardeningHarness.TemporaryDirectory("yaml-suite-cli");
        try
        {
            // A valid schema beside the cases, so what parses is bound too.
            File.WriteAllText(Path.Combine(directory, "schema.yaml"), FactGen.Generator.Tests.Infrastructure.Fixtures.Schema);
            foreach (var c in cases) File.WriteAllBytes(Path.Combine(directory, c.Id + ".yaml"), c.Bytes);

            var (exit, stdout, stderr) = HardeningHarness.Cli("validate", directory, "--format", "json");

            Assert.True(exit is 0 or 1, $"exit {exit}; stderr: {stderr}");
            Assert.Equal(string.Empty, stderr);
            using var report = JsonDocument.Parse(stdout);
            Assert.Equal(cases.Count + 1, report.RootElement.GetProperty("files").GetInt32());
            var diagnostics = report.RootElement.GetProperty("diagnostics").EnumerateArray().Select(d => (
                Id: d.GetProperty("id").GetString()!,
                File: d.GetProperty("file").GetString()!,
                Line: d.GetProperty("line").GetInt32(),
                Message: d.GetProperty("message").GetString()!)).ToList();

            Assert.DoesNotContain(diagnostics, d => d.Id == "FG0034"); // the internal-error diagnostic
            var names = cases.Select(c => c.Id + ".yaml").ToHashSet(StringComparer.Ordinal);
            foreach (var d in diagnostics)
            {
                Assert.True(names.Contains(Path.GetFileName(d.File)), $"{d.Id} names '{d.File}', not a case file: {d.Message}");
                Assert.True(d.Line >= 1, $"{d.Id} in {d.File} has line {d.Line}");
            }

            // Every file the reader rejects as YAML is reported by the CLI with its file.
            var rejectedByCli = diagnostics.Where(d => d.Id == "FG0001").Select(d => Path.GetFileNameWithoutExtension(d.File)).ToHashSet(StringComparer.Ordinal);
            var rejectedByReader = cases.Where(c => Classify(c).Ids.Contains("FG0001")).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
            Assert.Equal(rejectedByReader.OrderBy(i => i, StringComparer.Ordinal), rejectedByCli.OrderBy(i => i, StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [SharedFact(Suite)]
    public void The_generator_takes_every_case_without_an_exception_and_locates_every_diagnostic()
    {
        var schema = HardeningHarness.File("schema.yaml", FactGen.Generator.Tests.Infrastructure.Fixtures.Schema);
        var failures = new List<string>();
        var cases = Cases();
        var driver = HardeningHarness.Driver([schema]);
        foreach (var c in cases)
        {
            var path = HardeningHarness.Root + c.Id + ".yaml";
            var file = new FactGen.Generator.Tests.Infrastructure.InMemoryAdditionalText(path, c.Text);
            driver = driver.ReplaceAdditionalTexts([schema, file]);
            HardeningHarness.Outcome outcome;
            try
            {
                outcome = HardeningHarness.Run(driver);
            }
            catch (Exception exception)
            {
                failures.Add($"{c.Id}: the driver threw {exception}");
                continue;
            }
            driver = outcome.Driver;
            if (outcome.Result.Exception is not null) failures.Add($"{c.Id}: the generator failed: {outcome.Result.Exception}");
            foreach (var d in outcome.GeneratorDiagnostics)
            {
                if (d.Id is "AD0001" or "CS8785" or "FG0034") failures.Add($"{c.Id}: {d}");
                var span = d.Location.GetLineSpan();
                if (!d.Location.IsInSource && d.Location.Kind != LocationKind.ExternalFile || span.Path != path || span.StartLinePosition.Line < 0)
                {
                    failures.Add($"{c.Id}: {d.Id} is not located in the case file: {d.Location} {d}");
                }
            }
            // The generator reads each file as the reader alone does: the same refusal, or none.
            var generatorRefusal = ReaderIds.FirstOrDefault(outcome.GeneratorDiagnostics.Select(d => d.Id).Contains) ?? "accepted";
            var readerVerdict = Classify(c).Verdict;
            if (generatorRefusal != readerVerdict) failures.Add($"{c.Id}: the reader says {readerVerdict}, the generator {generatorRefusal}");
            if (!outcome.CompileDiagnostics.IsEmpty) failures.Add($"{c.Id}: the generated code does not compile cleanly:\n{HardeningHarness.Describe(outcome.CompileDiagnostics)}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [SharedFact(Suite)]
    public void The_reader_judges_every_case_as_the_committed_baseline_says()
    {
        // docs/hardening.md tabulates these verdicts; the baseline pins them case by case, so a
        // YamlDotNet upgrade or a reader change that moves any case fails here and is reviewed.
        // To accept a change, compare YamlTestSuite.baseline.received.tsv with the baseline and copy it over.
        var actual = Baseline(Cases());
        var expected = File.ReadAllLines(BaselinePath).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList();
        if (actual.SequenceEqual(expected, StringComparer.Ordinal)) return;

        var received = Path.ChangeExtension(BaselinePath, ".received.tsv");
        File.WriteAllLines(received, [BaselineHeader, .. actual]);
        var gone = expected.Except(actual, StringComparer.Ordinal).Take(20);
        var added = actual.Except(expected, StringComparer.Ordinal).Take(20);
        Assert.Fail($"The reader's verdicts differ from {BaselinePath} (all of them written to {received}).\n"
            + "In the baseline only:\n  " + string.Join("\n  ", gone) + "\nNow:\n  " + string.Join("\n  ", added));
    }

    [Fact]
    public void The_baseline_agrees_with_the_figures_in_docs_hardening()
    {
        // The table in docs/hardening.md, as counts over the committed baseline's (suite, verdict) pairs.
        var counts = File.ReadAllLines(BaselinePath).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')).GroupBy(p => (p[1], p[2])).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(283, counts[("valid", "accepted")]);
        Assert.Equal(19, counts[("valid", "FG0032")]);
        Assert.Equal(5, counts[("valid", "FG0001")]);
        Assert.Equal(1, counts[("valid", "FG0002")]);
        Assert.Equal(84, counts[("error", "FG0001")]);
        Assert.Equal(1, counts[("error", "FG0032")]);
        Assert.Equal(9, counts[("error", "accepted")]);
        Assert.Equal(402, counts.Values.Sum());
    }

    private const string BaselineHeader = "# case\tsuite says\tFactGen's reader (accepted, or its first reading diagnostic)";

    private static List<string> Baseline(IEnumerable<Case> cases) =>
        cases.Select(c => $"{c.Id}\t{(c.IsError ? "error" : "valid")}\t{Classify(c).Verdict}").ToList();

    /// <summary>What the reader makes of a case: accepted, or the first reading diagnostic's id.</summary>
    internal static (string Verdict, string[] Ids, string Message) Classify(Case c)
    {
        var result = YamlReader.Read(c.Id + ".yaml", c.Text, ReadLimits.Default);
        var ids = result.Diagnostics.Select(d => d.Id).ToArray();
        var first = result.Diagnostics.FirstOrDefault(d => ReaderIds.Contains(d.Id));
        return (first?.Id ?? "accepted", ids, first?.Message ?? string.Empty);
    }
}
