using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Tests;
using FactGen.Hardening.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactGen.Hardening.Tests;

/// <summary>
/// <c>factgen validate</c> and the build give the same FG lines (file, line, column, severity, ID
/// and message) for every case of the hardening corpus (issue 26): each case's bytes are
/// <c>people.yaml</c> among the fixture files, written to disk for the CLI and decoded as the
/// compiler decodes a file for the generator (<see cref="CompilerDecodedText"/>). The cases are
/// the other hardening tests' own data, gathered here, not copied case by case.
/// </summary>
public sealed class BuildAndCliAgreeTests
{
    /// <summary>Every case: the odd texts, bytes and nestings, random bytes, the alias bomb, the
    /// identifiers, issue 26's inputs and, when ../shared has it, the YAML test suite.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> Corpus()
    {
        foreach (var row in NeverCrashTests.OddTexts()) yield return ("odd text: " + row[0], Encoding.UTF8.GetBytes((string)row[1]));
        foreach (var row in NeverCrashTests.OddBytes()) yield return ("odd bytes: " + row[0], (byte[])row[1]);
        foreach (var row in NeverCrashTests.DeepTexts()) yield return ("deep: " + row[0], Encoding.UTF8.GetBytes((string)row[1]));
        foreach (var (bytes, i) in NeverCrashTests.RandomBytes().Select((b, i) => (b, i))) yield return ($"random bytes #{i}", bytes);
        yield return ("alias bomb", Encoding.UTF8.GetBytes(NeverCrashTests.AliasBomb()));
        yield return ("odd but valid ids", Encoding.UTF8.GetBytes(IdentifierTests.People(IdentifierTests.OddButValidIds)));
        yield return ("ids that collide", Encoding.UTF8.GetBytes(IdentifierTests.People(["ada", "bob", "a-1", "a1", "2-1", "21", "all", "fact-data", "café", "a--b"])));
        foreach (var (name, text) in Issue26Cases()) yield return ("issue 26: " + name, text);
        if (SharedFolder.Find("yaml-test-suite") is null) yield break;
        foreach (var c in YamlTestSuiteTests.Cases()) yield return ("yaml suite " + c.Id, c.Bytes);
    }

    private static IEnumerable<(string, byte[])> Issue26Cases()
    {
        const string ada = "kind: Person\nfacts:\n  - id: ada\n    name: {0}\n    citations: [{{ source: article, paragraph: 1, quote: {1} }}]\n";
        string Ada(string name, string quote = "Ada") => string.Format(CultureInfo.InvariantCulture, ada, name, quote);
        yield return ("latin-1", Encoding.Latin1.GetBytes(Ada("Ann Café")));
        yield return ("utf-16 with a byte order mark", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Ada("Ann Café"))]);
        yield return ("utf-16 big endian", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Ada("Ann Café"))]);
        yield return ("utf-32 with a byte order mark", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(Ada("Ann Café"))]);
        yield return ("a typed U+FFFD", Encoding.UTF8.GetBytes(Ada("Ann \uFFFD")));
        yield return ("an escaped U+FFFD", Encoding.UTF8.GetBytes(Ada("\"Ann \\uFFFD\"")));
        yield return ("binary, not utf-8", [0xFF, 0x00, 0x00, 0x41, 0x42]);
        yield return ("a blank quote", Encoding.UTF8.GetBytes(Ada("Ada", "\"   \"")));
        yield return ("a required value per source", Encoding.UTF8.GetBytes(Ada("{ article: Ada }")));
        yield return ("a required value as a mapping", Encoding.UTF8.GetBytes(Ada("{ first: Ada }")));
        yield return ("no required value", Encoding.UTF8.GetBytes("kind: Person\nfacts:\n  - id: ada\n    citations: [{ source: article, paragraph: 1, quote: Ada }]\n"));
        yield return ("an id listed as inferred", Encoding.UTF8.GetBytes(Ada("Ada") + "    inferred: [id]\n    note: n\n"));
        yield return ("inferred fields without a note", Encoding.UTF8.GetBytes(Ada("Ada") + "    inferred: [born]\n"));
        yield return ("a 72 KB quote", Encoding.UTF8.GetBytes(Ada("Ada", new string('q', 72 * 1024))));
    }

    [Fact]
    public void Validate_and_the_build_give_identical_FG_lines_for_every_hardening_case()
    {
        var directory = HardeningHarness.TemporaryDirectory("agree");
        var failures = new List<string>();
        var cases = 0;
        try
        {
            foreach (var file in Fixtures.Files()) File.WriteAllText(Path.Combine(directory, Path.GetFileName(file.Path)), file.GetText()!.ToString());
            var fixtures = Fixtures.Files().Where(f => !f.Path.EndsWith("/people.yaml", StringComparison.Ordinal)).Select(Relocate).ToList();
            var driver = HardeningHarness.Driver(fixtures);
            foreach (var (name, bytes) in Corpus())
            {
                cases++;
                File.WriteAllBytes(Path.Combine(directory, "people.yaml"), bytes);
                var cli = CliLines(directory);
                var outcome = HardeningHarness.Run(driver.ReplaceAdditionalTexts([.. fixtures, new CompilerDecodedText(HardeningHarness.Root + "people.yaml", bytes)]), compile: false);
                driver = outcome.Driver;
                var build = outcome.GeneratorDiagnostics.Select(BuildLine).OrderBy(l => l, StringComparer.Ordinal).ToList();
                if (!cli.SequenceEqual(build)) failures.Add($"{name}:\n  validate: {string.Join("\n            ", cli)}\n  build:    {string.Join("\n            ", build)}");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
        Assert.True(cases > 150, $"only {cases} cases");
        Assert.True(failures.Count == 0, $"{failures.Count} of {cases} cases differ:\n" + string.Join("\n", failures.Take(20).Select(HardeningHarness.Show)));
    }

    private static List<string> CliLines(string directory)
    {
        var (exit, stdout, stderr) = HardeningHarness.Cli("validate", directory, "--format", "json");
        Assert.True(exit is 0 or 1 && stderr.Length == 0, $"exit {exit}: {stderr}");
        using var report = JsonDocument.Parse(stdout);
        return report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => Line(Path.GetFileName(d.GetProperty("file").GetString()!), d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32(),
                d.GetProperty("severity").GetString()!, d.GetProperty("id").GetString()!, d.GetProperty("message").GetString()!))
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
    }

    private static string BuildLine(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        var severity = d.Severity == DiagnosticSeverity.Error ? "error" : d.Severity == DiagnosticSeverity.Warning ? "warning" : "info";
        return Line(Path.GetFileName(span.Path), span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, severity, d.Id, d.GetMessage(CultureInfo.InvariantCulture));
    }

    private static string Line(string file, int line, int column, string severity, string id, string message) =>
        $"{file}({line.ToString(CultureInfo.InvariantCulture)},{column.ToString(CultureInfo.InvariantCulture)}): {severity} {id}: {message}";

    private static AdditionalText Relocate(AdditionalText text) =>
        new InMemoryAdditionalText(text.Path.Replace(Fixtures.Root, HardeningHarness.Root, StringComparison.Ordinal), text.GetText()!.ToString());
}
