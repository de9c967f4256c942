using System.IO;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Cli.Tests;

/// <summary>Issue 18's CLI details: a misspelt option is named as typed, and --output makes its folder.</summary>
public sealed class CommandLineTests
{
    [Theory]
    [InlineData(new[] { "validate", "--formt", "json", "facts" }, "unknown option '--formt' for 'validate'; did you mean '--format'?")]
    [InlineData(new[] { "validate", "facts", "--sorces=articles" }, "unknown option '--sorces' for 'validate'; did you mean '--sources'?")]
    [InlineData(new[] { "schema", "facts", "--ouput", "x.json" }, "unknown option '--ouput' for 'schema'; did you mean '--output'?")]
    [InlineData(new[] { "--verson" }, "unknown option '--verson'; did you mean '--version'?")]
    public void A_misspelt_option_is_reported_by_its_own_name(string[] args, string expected)
    {
        var result = Factgen.Run(args);

        Assert.Equal(Program.UsageError, result.ExitCode);
        Assert.Equal($"factgen: {expected}", Factgen.Lines(result.Error)[0]);
        // Not the parser's guess, which took '--formt' for DIR and blamed the tokens after it.
        Assert.DoesNotContain("Unrecognized command or argument 'json'", result.Error);
    }

    [Fact]
    public void Known_options_a_lone_dash_and_negative_numbers_are_not_unknown_options()
    {
        Assert.Equal(Program.Success, Factgen.Run("validate", SharedFolder.FactsDirectory, "--format=json").ExitCode);
        Assert.Equal(Program.Success, Factgen.Run("validate", "-h").ExitCode);
        var negative = Factgen.Run("validate", SharedFolder.FactsDirectory, "--max-depth", "-3");
        Assert.DoesNotContain("unknown option", negative.Error);
    }

    [Fact]
    public void Validate_output_creates_the_folder_of_its_file()
    {
        using var facts = TempFacts.CopyOfShipped();
        var report = Path.Combine(facts.Root, "reports", "ci", "factgen.sarif");

        var result = Factgen.Run("validate", facts.Path, "--format", "sarif", "--output", report);

        Assert.True(result.ExitCode == Program.Success, result.ToString());
        Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(report));
    }
}
