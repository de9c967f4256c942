using System.IO;
using FactGen.Cli.Commands;
using FactGen.Cli.Tests.Infrastructure;

namespace FactGen.Cli.Tests;

/// <summary>The command the CLI suggests: <c>dotnet factgen</c> where a tool manifest names the tool (issue 27).</summary>
public sealed class ToolCommandTests
{
    [Theory]
    [InlineData(".config/dotnet-tools.json")]
    [InlineData("dotnet-tools.json")]
    public void A_manifest_naming_the_tool_makes_it_dotnet_factgen_from_any_folder_below(string manifest)
    {
        using var temp = new TempFacts();
        var path = Path.Combine(temp.Root, manifest);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, """{ "version": 1, "isRoot": true, "tools": { "factgen.tool": { "version": "0.1.0", "commands": ["factgen"] } } }""");

        Assert.Equal("dotnet factgen", ToolCommand.Name(temp.Path));
    }

    [Fact]
    public void Without_a_manifest_naming_it_the_tool_is_factgen()
    {
        using var temp = new TempFacts();
        File.WriteAllText(Path.Combine(temp.Root, "dotnet-tools.json"), """{ "version": 1, "isRoot": true, "tools": { "dotnet-stryker": { "version": "4.0.0", "commands": ["dotnet-stryker"] } } }""");

        Assert.Equal("factgen", ToolCommand.Name(temp.Path));
    }
}
