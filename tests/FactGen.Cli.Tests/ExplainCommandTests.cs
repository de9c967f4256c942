using System;
using System.IO;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Tests;

/// <summary><c>factgen explain</c>: a diagnostic's page from the tool itself, as <c>rustc --explain</c> prints one.</summary>
public sealed class ExplainCommandTests
{
    [Theory]
    [InlineData("FG0040")]
    [InlineData("fg0040")]
    [InlineData("FG40")]
    public void Explain_prints_the_page_compiled_into_the_tool_and_its_link(string typed)
    {
        var result = Factgen.Run("explain", typed);

        Assert.Equal(Program.Success, result.ExitCode);
        var page = File.ReadAllText(Path.Combine(FactGen.Tests.SharedFolder.RepositoryRoot, "docs", "diagnostics", "FG0040.md")).Replace("\r\n", "\n");
        Assert.StartsWith(page.TrimEnd('\n'), result.Output, StringComparison.Ordinal);
        Assert.EndsWith("Online: " + DiagnosticCatalog.UngroundedReference.HelpLink + "\n", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_diagnostic_has_its_page_in_the_tool()
    {
        Assert.All(DiagnosticCatalog.All, d =>
        {
            var result = Factgen.Run("explain", d.Id);
            Assert.Equal(Program.Success, result.ExitCode);
            Assert.StartsWith($"# {d.Id}: {d.Title}", result.Output, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void An_unknown_id_is_a_usage_error_with_a_suggestion()
    {
        var result = Factgen.Run("explain", "FG9999");

        Assert.Equal(Program.UsageError, result.ExitCode);
        Assert.Contains("there is no diagnostic 'FG9999'", result.Error, StringComparison.Ordinal);
        Assert.Empty(result.Output);
    }
}
