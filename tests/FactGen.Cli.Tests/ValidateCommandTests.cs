using System;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Cli.Tests;

/// <summary><c>factgen validate</c>: exit codes, and no crash on whatever it is fed.</summary>
public sealed class ValidateCommandTests
{
    private const string BrokenPeople = """
        kind: Person
        facts:
          - id: Bad_Id
            title: Envoy
            citations: [{ source: blinken-latest-official, paragraph: 1, quote: "q" }]
        """;

    [Fact]
    public void The_shipped_facts_have_no_errors()
    {
        var result = Factgen.Run("validate", SharedFolder.FactsDirectory);

        Assert.True(result.ExitCode == Program.Success, result.ToString());
        Assert.Matches(@"^0 errors, \d+ warnings? in \d+ files$", result.OutputLines.Last());
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Without_articles_text_names_the_checks_it_skipped_in_one_line_and_machine_formats_stay_clean()
    {
        var text = Factgen.Run("validate", SharedFolder.FactsDirectory);
        var json = Factgen.Run("validate", SharedFolder.FactsDirectory, "--format", "json");

        Assert.Equal(FactGen.Cli.Commands.ValidateCommand.SkippedChecks, text.OutputLines[0]);
        Assert.Single(text.OutputLines, l => l.StartsWith("skipped:", System.StringComparison.Ordinal));
        Assert.Contains("FG0018", text.OutputLines[0]);
        Assert.DoesNotContain("skipped:", json.Output);
    }

    [SharedFact("sources")]
    public void With_articles_nothing_is_said_skipped()
    {
        var result = Factgen.Run("validate", SharedFolder.FactsDirectory, "--sources", SharedFolder.Require("sources"));

        Assert.DoesNotContain("skipped:", result.Output);
    }

    [SharedFact("sources")]
    public void The_shipped_facts_have_no_errors_against_the_articles()
    {
        var result = Factgen.Run("validate", SharedFolder.FactsDirectory, "--sources", SharedFolder.Require("sources"));

        Assert.True(result.ExitCode == Program.Success, result.ToString());
        Assert.Matches(@"^0 errors, 0 warnings in \d+ files$", result.OutputLines[^2]);
        // Issue 15: every reference in the shipped corpus is grounded or a curator's declared inference.
        Assert.Matches(@"^grounding: \d+ references checked against the cited paragraphs: \d+ grounded by name, \d+ grounded by a shared citation, 0 not grounded, \d+ inferred by a curator \(inferred: or basis: inferred\); 0 not checked \(grounding: none\)$", result.OutputLines.Last());
    }

    [Fact]
    public void Fact_errors_exit_1()
    {
        using var facts = TempFacts.WithShippedSchema();
        facts.Write("people.yaml", BrokenPeople);

        var result = Factgen.Run("validate", facts.Path);

        Assert.True(result.ExitCode == Program.FactErrors, result.ToString());
        Assert.Contains("error[FG0011]: 'Bad_Id' is not a valid id", result.Output);
    }

    [Fact]
    public void Warnings_alone_exit_0()
    {
        // Paragraphs that no fact cites are FG0028 warnings: reported, but not a failure.
        using var facts = TempFacts.WithShippedSchema();
        using var sources = new TempFacts("sources");
        sources.Write("000_45ee87bd5384cc5a.txt", "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n");
        sources.Write("003_eaf92a312e30dd40.txt", "Headline\n\nOnly paragraph.\n");

        var result = Factgen.Run("validate", facts.Path, "--sources", sources.Path);

        Assert.True(result.ExitCode == Program.Success, result.ToString());
        Assert.Contains("warning[FG0028]", result.Output);
        Assert.Equal("0 errors, 3 warnings in 2 files", result.OutputLines[^2]);
        Assert.StartsWith("grounding: ", result.OutputLines.Last(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_facts_directory_exits_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "factgen-missing-" + Guid.NewGuid().ToString("N"));

        var result = Factgen.Run("validate", missing);

        Assert.Equal(Program.UsageError, result.ExitCode);
        Assert.Contains($"the facts directory '{missing}' does not exist", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void A_file_given_as_the_facts_directory_exits_2()
    {
        var result = Factgen.Run("validate", Path.Combine(SharedFolder.FactsDirectory, "people.yaml"));

        Assert.Equal(Program.UsageError, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
    }

    [Fact]
    public void A_missing_sources_directory_exits_2()
    {
        var missing = Path.Combine(Path.GetTempPath(), "factgen-missing-" + Guid.NewGuid().ToString("N"));

        var result = Factgen.Run("validate", SharedFolder.FactsDirectory, "--sources", missing);

        Assert.Equal(Program.UsageError, result.ExitCode);
        Assert.Contains($"the sources directory '{missing}' does not exist", result.Error);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--format", "")]
    [InlineData("--bogus")]
    [InlineData("--max-depth", "deep")]
    [InlineData("--format")]
    [InlineData("second-directory")]
    public void A_usage_error_exits_2_and_says_what_is_wrong(params string[] extra)
    {
        var result = Factgen.Run(["validate", SharedFolder.FactsDirectory, .. extra]);

        Assert.True(result.ExitCode == Program.UsageError, result.ToString());
        Assert.StartsWith("factgen: ", result.Error);
        Assert.Contains("Run 'factgen --help' for usage.", result.Error);
    }

    [Fact]
    public void An_unknown_command_exits_2()
    {
        var result = Factgen.Run("check", "facts");

        Assert.Equal(Program.UsageError, result.ExitCode);
    }

    [Fact]
    public void Help_lists_the_commands_and_exits_0()
    {
        var result = Factgen.Run("--help");

        Assert.Equal(Program.Success, result.ExitCode);
        Assert.Contains("validate", result.Output);
        Assert.Contains("schema", result.Output);
    }

    [Fact]
    public void An_empty_directory_has_nothing_to_report()
    {
        using var facts = new TempFacts();

        foreach (var format in new[] { "text", "msbuild", "github", "sarif", "json" })
        {
            var result = Factgen.Run("validate", facts.Path, "--format", format);
            Assert.True(result.ExitCode == Program.Success, format + ": " + result);
            Assert.Equal(string.Empty, result.Error);
        }
        Assert.Equal("0 errors, 0 warnings in 0 files", Factgen.Run("validate", facts.Path).Output.Trim());
    }

    public static TheoryData<string, byte[], string?> HostileFiles()
    {
        var random = new Random(4);
        var noise = new byte[4096];
        random.NextBytes(noise);
        return new()
        {
            { "random bytes", noise, "FG0065" },
            // Decoded as the compiler decodes it, the bad bytes U+FFFD, refused (issue 26).
            { "invalid UTF-8", [.. Encoding.UTF8.GetBytes("kind: Person\nfacts:\n  - id: caf"), 0xC3, 0x28, (byte)'\n'], "FG0065" },
            { "a lone continuation byte", [0x80], "FG0065" },
            // YAML forbids NUL, but the reader drops a NUL after a plain scalar without a word
            // (Core's leniency, see the report of issue 4); here only "no crash" is asserted.
            { "NUL bytes", Encoding.UTF8.GetBytes("kind: Person\0\0\nfacts: []\n"), null },
            { "NUL bytes inside a value", Encoding.UTF8.GetBytes("kind: Person\nfacts:\n  - id: jo\0e\n"), "FG0001" },
            // UTF-16 with a byte order mark is read, as the compiler reads it (issue 26).
            { "a UTF-16 file", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("kind: Person\nfacts: []\n")).ToArray(), null },
            { "a terminal escape", Encoding.UTF8.GetBytes("kind: Person\nfacts:\n  - \u001b[2J\n"), "FG0055" },
            { "deep nesting", Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)), "FG0025" },
            { "an alias bomb", Encoding.UTF8.GetBytes(AliasBomb()), "FG0026" },
            { "two documents", Encoding.UTF8.GetBytes("kind: Person\nfacts: []\n---\nkind: Person\n"), "FG0032" },
            { "a bare scalar", Encoding.UTF8.GetBytes("hello\n"), "FG0003" },
            { "a key with a line break", Encoding.UTF8.GetBytes("kind: Person\nfacts:\n  - id: joe\n    title: x\n    \"a\\nb\": 1\n    citations: [{ source: blinken-latest-official, paragraph: 1, quote: q }]\n"), "FG0006" },
        };
    }

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public void A_hostile_file_is_a_located_error_in_every_format(string what, byte[] bytes, string? expectedId)
    {
        using var facts = TempFacts.WithShippedSchema();
        facts.WriteBytes("x.yaml", bytes);

        foreach (var format in new[] { "text", "msbuild", "github", "sarif", "json" })
        {
            var result = Factgen.Run("validate", facts.Path, "--format", format);
            var expected = expectedId is null ? new[] { Program.Success, Program.FactErrors } : new[] { Program.FactErrors };
            Assert.True(expected.Contains(result.ExitCode), $"{what}, {format}: {result}");
            Assert.Equal(string.Empty, result.Error);
            if (expectedId is not null) Assert.Contains(expectedId, result.Output);
            // Nothing from the file reaches the terminal as a control sequence.
            if (format is "text" or "msbuild" or "github") Assert.DoesNotContain('\u001b', result.Output);
        }
    }

    [Fact]
    public void A_file_over_the_size_limit_is_refused_and_the_report_shows_only_its_start()
    {
        using var facts = TempFacts.WithShippedSchema();
        facts.Write("big.yaml", "# " + new string('x', 100_000) + "\nkind: Person\n");

        var result = Factgen.Run("validate", facts.Path, "--max-file-size", "50000");

        Assert.True(result.ExitCode == Program.FactErrors, result.ToString());
        Assert.Contains("error[FG0024]", result.Output);
        var shown = Assert.Single(result.OutputLines, l => l.StartsWith("1 | ", StringComparison.Ordinal));
        Assert.True(shown.Length < 1000, "the line shown is cut: " + shown.Length);
        Assert.EndsWith("…", shown);
    }

    [Fact]
    public void A_directory_named_like_a_fact_file_is_not_read()
    {
        using var facts = TempFacts.WithShippedSchema();
        Directory.CreateDirectory(facts.PathOf("people.yaml"));

        var result = Factgen.Run("validate", facts.Path);

        Assert.True(result.ExitCode == Program.Success, result.ToString());
    }

    private static string AliasBomb()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 9; i++) yaml.Append($"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        return yaml.ToString();
    }
}
