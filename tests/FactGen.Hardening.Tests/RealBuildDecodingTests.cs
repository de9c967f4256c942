using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Hardening.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Hardening.Tests;

/// <summary>
/// A real <c>dotnet run</c>, where the compiler decodes the fact files and is the judge of the
/// generated code (issue 26): a Latin-1 file, a UTF-16 and a UTF-32 file with byte order marks
/// (the compiler reads UTF-32 as UTF-16, and so does FactGen: FG0001 for its NULs), a fact without
/// its required name and a quote whose required speaker is that fact, with FG0001, FG0005 and
/// FG0065 lowered to warnings in <c>.globalconfig</c>. The build gives the same FG lines as
/// <c>factgen validate</c> (severity aside: validate does not read .globalconfig), and at run time
/// no required property reads null: the fact without its name is not in the model.
/// </summary>
[Trait("Category", "Slow")]
public sealed class RealBuildDecodingTests
{
    private const string Program = """
        using System.Linq;
        var people = Consumer.People.All;
        System.Console.WriteLine($"people: {string.Join(",", people.Select(p => p.Id + "=" + p.Name))}");
        System.Console.WriteLine($"null names: {people.Count(p => p.Name is null)}");
        System.Console.WriteLine($"quotes: {string.Join(",", Consumer.Quotes.All.Select(q => q.Id + " by " + q.Speaker.Name))}");
        System.Console.WriteLine($"countries: {string.Join(",", Consumer.Countries.All.Select(c => c.Id + "=" + c.Name))}");
        """;

    private static readonly (string Name, byte[] Bytes)[] OddFiles =
    [
        ("latin.yaml", Encoding.Latin1.GetBytes("kind: Person\nfacts:\n  - id: eve\n    name: Eve Café\n    citations: [{ source: article, paragraph: 1, quote: Eve }]\n")),
        ("utf16.yaml", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("kind: Person\nfacts:\n  - id: zoe\n    name: Zoé\n    citations: [{ source: article, paragraph: 1, quote: Zoé }]\n")]),
        ("utf32.yaml", [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes("kind: Country\nfacts:\n  - id: atlantis\n    name: Atlantís\n    citations: [{ source: article, paragraph: 1, quote: Atlantís }]\n")]),
        ("nameless.yaml", Encoding.UTF8.GetBytes("kind: Person\nfacts:\n  - id: nameless\n    citations: [{ source: article, paragraph: 1, quote: Someone }]\n")),
        ("nameless-quotes.yaml", Encoding.UTF8.GetBytes("kind: Quote\nfacts:\n  - id: unsaid\n    speaker: nameless\n    text: Hm\n    citations: [{ source: article, paragraph: 1, quote: Hm }]\n")),
    ];

    [Fact]
    public void The_compiler_reads_each_encoding_as_validate_does_and_a_lowered_required_error_never_reads_null()
    {
        var directory = DotNet.TemporaryDirectory("real-decoding");
        try
        {
            var facts = WriteProject(directory);
            var artifacts = Path.Combine(directory, "artifacts");
            var built = DotNet.Run(directory, "build", "--artifacts-path", artifacts, "-nodeReuse:false");
            Assert.True(built.ExitCode == 0, built.Output);
            var run = DotNet.Run(directory, "run", "--no-build", "--artifacts-path", artifacts);

            Assert.True(run.ExitCode == 0, run.Output);
            Assert.Contains("people: ada=Ada,bob=Bob,zoe=Zoé", run.Output);
            Assert.Contains("null names: 0", run.Output);
            Assert.Contains("quotes: ada-hello by Ada\n", run.Output.Replace("\r\n", "\n"));
            Assert.Contains("countries: utopia=Utopia\n", run.Output.Replace("\r\n", "\n"));
            var build = BuildLines(built.Output);
            Assert.Contains(build, l => l.StartsWith("latin.yaml(4,18): FG0065: ", StringComparison.Ordinal));
            Assert.Contains(build, l => l.StartsWith("nameless.yaml(3,9): FG0005: ", StringComparison.Ordinal));
            Assert.Contains(build, l => l.StartsWith("utf32.yaml(1,1): FG0001: ", StringComparison.Ordinal));
            Assert.Equal(CliLines(facts), build);
        }
        finally
        {
            try { Directory.Delete(directory, recursive: true); } catch (IOException) { }
        }
    }

    private static string WriteProject(string directory)
    {
        File.WriteAllText(Path.Combine(directory, "Consumer.csproj"), RealConsumer.ProjectFile(treatWarningsAsErrors: false));
        File.WriteAllText(Path.Combine(directory, "Program.cs"), Program);
        File.WriteAllText(Path.Combine(directory, ".globalconfig"), "is_global = true\ndotnet_diagnostic.FG0001.severity = warning\ndotnet_diagnostic.FG0005.severity = warning\ndotnet_diagnostic.FG0065.severity = warning\n");
        var facts = Directory.CreateDirectory(Path.Combine(directory, "facts")).FullName;
        foreach (var file in Fixtures.Files()) File.WriteAllText(Path.Combine(facts, Path.GetFileName(file.Path)), file.GetText()!.ToString());
        foreach (var (name, bytes) in OddFiles) File.WriteAllBytes(Path.Combine(facts, name), bytes);
        return facts;
    }

    /// <summary>The build's FG lines (MSBuild prints each twice, with the help link and the project after the message): file, place, ID and message.</summary>
    private static List<string> BuildLines(string output) =>
        Regex.Matches(output, @"(?m)^.*?([\w.-]+\.yaml)\((\d+),(\d+)\): (?:error|warning|info) (FG\d{4}): (.*?)(?: \(https://[^)]*\))?(?: \[[^\]]*\])?\r?$")
            .Select(m => $"{m.Groups[1].Value}({m.Groups[2].Value},{m.Groups[3].Value}): {m.Groups[4].Value}: {m.Groups[5].Value}")
            .Distinct(StringComparer.Ordinal)
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();

    private static List<string> CliLines(string facts)
    {
        var (_, stdout, stderr) = HardeningHarness.Cli("validate", facts, "--format", "json");
        Assert.Equal(string.Empty, stderr);
        using var report = JsonDocument.Parse(stdout);
        return report.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Select(d => $"{Path.GetFileName(d.GetProperty("file").GetString())}({d.GetProperty("line").GetInt32()},{d.GetProperty("column").GetInt32()}): {d.GetProperty("id").GetString()}: {d.GetProperty("message").GetString()}")
            .OrderBy(l => l, StringComparer.Ordinal)
            .ToList();
    }
}
