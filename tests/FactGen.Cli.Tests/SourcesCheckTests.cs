using System;
using System.IO;
using System.Linq;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Cli.Tests;

/// <summary><c>validate --sources</c>: quotes are checked against the articles in ../shared/sources.</summary>
public sealed class SourcesCheckTests
{
    private const string Quote = "which Washington says has allowed Moscow to increase its weapons production";

    [SharedFact("sources")]
    public void A_quote_changed_so_it_no_longer_matches_is_FG0018_with_the_closest_passage()
    {
        using var facts = TempFacts.CopyOfShipped();
        var claims = facts.PathOf("claims.yaml");
        var text = File.ReadAllText(claims);
        Assert.Contains($"quote: \"{Quote}\"", text);
        File.WriteAllText(claims, text.Replace(Quote, Quote.Replace("weapons", "tank")));
        var lines = File.ReadAllLines(claims);
        var line = Array.FindIndex(lines, l => l.Contains("increase its tank production", StringComparison.Ordinal)) + 1;
        var column = lines[line - 1].IndexOf('"') + 1;

        var result = Factgen.Run("validate", facts.Path, "--sources", SharedFolder.Require("sources"), "--format", "msbuild");

        Assert.True(result.ExitCode == Program.FactErrors, result.ToString());
        var error = Assert.Single(result.OutputLines);
        Assert.Equal(
            $"{claims.Replace('\\', '/')}({line},{column}): error FG0018: The quote is not in paragraph 7 of 'blinken-latest-official'; the closest passage is \"{Quote}\"",
            error);
    }

    [SharedFact("sources")]
    public void A_quote_cited_from_the_wrong_paragraph_is_FG0018()
    {
        using var facts = TempFacts.CopyOfShipped();
        var claims = facts.PathOf("claims.yaml");
        var lines = File.ReadAllLines(claims).ToList();
        var quote = lines.FindIndex(l => l.Contains(Quote, StringComparison.Ordinal));
        Assert.Equal("paragraph: 7", lines[quote - 1].Trim());
        lines[quote - 1] = lines[quote - 1].Replace("7", "1");
        File.WriteAllLines(claims, lines);

        var result = Factgen.Run("validate", facts.Path, "--sources", SharedFolder.Require("sources"), "--format", "json");

        Assert.Equal(Program.FactErrors, result.ExitCode);
        Assert.Contains("\"id\": \"FG0018\"", result.Output);
        Assert.Contains("The quote is not in paragraph 1 of 'blinken-latest-official'", result.Output);
    }

    [SharedFact("sources")]
    public void Without_sources_the_quotes_are_not_checked()
    {
        using var facts = TempFacts.CopyOfShipped();
        var claims = facts.PathOf("claims.yaml");
        File.WriteAllText(claims, File.ReadAllText(claims).Replace(Quote, "nothing like it"));

        Assert.Equal(Program.Success, Factgen.Run("validate", facts.Path).ExitCode);
        Assert.Equal(Program.FactErrors, Factgen.Run("validate", facts.Path, "--sources", SharedFolder.Require("sources")).ExitCode);
    }
}
