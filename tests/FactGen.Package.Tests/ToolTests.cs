using System;
using System.IO;
using System.Reflection;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Package.Tests.Infrastructure;

namespace FactGen.Package.Tests;

/// <summary>The `factgen` tool as a user installs it: packed, installed from a feed, run by its name.</summary>
[Collection(PackagesCollection.Name)]
[Trait("Category", "Slow")] // README: the fast subset while editing leaves these out
public class ToolTests
{
    private readonly LocalFeed _feed;

    public ToolTests(FactGenPackages packages) => _feed = packages.Feed;

    [Fact]
    public void The_tool_package_installs_and_runs_version_help_init_and_validate()
    {
        var tools = Path.Combine(_feed.Root, "tools");
        var install = DotNet.Run(_feed.Root, "tool", "install", FactGenPackages.ToolId, "--tool-path", tools, "--add-source", _feed.Feed, "--version", _feed.Version);
        Assert.True(install.ExitCode == 0, install.Output);
        var factgen = Path.Combine(tools, OperatingSystem.IsWindows() ? "factgen.exe" : "factgen");

        var version = Tool(factgen, _feed.Root, "--version");
        Assert.Equal(0, version.ExitCode);
        // The part after '+' is the commit the tool was built from, which may have moved on since this test was built.
        Assert.StartsWith(ThisVersion.Split('+')[0], version.Output.Trim(), StringComparison.Ordinal);

        var help = Tool(factgen, _feed.Root, "--help");
        Assert.Equal(0, help.ExitCode);
        foreach (var command in new[] { "validate", "schema", "init", "docs" }) Assert.Contains($"  {command} ", help.Output);

        Assert.Equal(0, Tool(factgen, _feed.Root, "init", "facts").ExitCode);
        var validate = Tool(factgen, _feed.Root, "validate", "facts");
        Assert.True(validate.ExitCode == 0, validate.Output);
    }

    /// <summary>The CLI's informational version: the tool was packed from the same build inputs.</summary>
    public static string ThisVersion =>
        typeof(FactGen.Cli.Program).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

    private static DotNet.Result Tool(string path, string directory, params string[] args)
    {
        var start = new System.Diagnostics.ProcessStartInfo(path) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = System.Diagnostics.Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(2).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"factgen {string.Join(' ', args)} did not finish in 2 minutes");
        }
        return new DotNet.Result(process.ExitCode, stdout.Result + stderr.Result);
    }
}
