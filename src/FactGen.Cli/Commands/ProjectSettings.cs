using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using FactGen.Core.Options;

namespace FactGen.Cli.Commands;

/// <summary>
/// The FactGen settings of a project, as MSBuild evaluates them (<c>dotnet msbuild -getProperty</c>),
/// so <c>validate --project</c> checks what the build checks: the same facts folder, the same
/// articles, the same limits and namespace (issue 18: without it a wrong quote passed validate and
/// failed the build). Paths come back relative to the project's folder, as MSBuild reads them.
/// </summary>
internal sealed record ProjectSettings(string ProjectFile, string FactsDirectory, string? SourcesDirectory, FactGenOptions Options)
{
    private static readonly string[] Names =
    [
        "MSBuildProjectDirectory", "FactGenFactsDirectory", "FactGenSourcesDirectory", "FactGenIncludeFacts",
        "RootNamespace", "FactGenNamespace", "FactGenVisibility",
        "FactGenMaxFileSize", "FactGenMaxDepth", "FactGenMaxNodes", "FactGenMaxFacts",
    ];

    /// <summary>Evaluates <paramref name="projectFile"/>; null, with the reason on <paramref name="error"/>, when MSBuild cannot.</summary>
    public static ProjectSettings? Read(string projectFile, TextWriter error)
    {
        if (!File.Exists(projectFile))
        {
            error.WriteLine($"factgen: the project file '{projectFile}' does not exist");
            return null;
        }
        var properties = Evaluate(Path.GetFullPath(projectFile), error);
        if (properties is null) return null;
        string? Get(string name) => properties.TryGetValue(name, out var value) && value.Trim().Length > 0 ? value.Trim() : null;

        var projectDirectory = Get("MSBuildProjectDirectory") ?? Path.GetDirectoryName(Path.GetFullPath(projectFile))!;
        // FactGen.props gives facts/ when the project sets nothing; a project not yet restored has
        // not imported the package's props, so the same default applies here.
        var facts = Path.GetFullPath(Path.Combine(projectDirectory, Get("FactGenFactsDirectory") ?? "facts/"));
        var sources = Get("FactGenSourcesDirectory") is { } s ? Path.GetFullPath(Path.Combine(projectDirectory, s)) : null;
        return new ProjectSettings(projectFile, facts, sources, FactGenOptions.Read(Get));
    }

    private static Dictionary<string, string>? Evaluate(string projectFile, TextWriter error)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "msbuild", projectFile, "-nologo" }) start.ArgumentList.Add(arg);
        foreach (var name in Names) start.ArgumentList.Add("-getProperty:" + name);
        string stdout, stderr;
        int exitCode;
        try
        {
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            stderr = process.StandardError.ReadToEnd();
            stdout = output.Result;
            process.WaitForExit();
            exitCode = process.ExitCode;
        }
        catch (Exception exception) when (exception is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            error.WriteLine($"factgen: could not run 'dotnet msbuild' to read the project's settings: {exception.Message}");
            return null;
        }
        if (exitCode != 0)
        {
            error.WriteLine($"factgen: 'dotnet msbuild {projectFile}' could not evaluate the project:");
            error.WriteLine((stdout + stderr).Trim());
            return null;
        }
        // With more than one -getProperty MSBuild prints { "Properties": { name: value, ... } }.
        using var json = JsonDocument.Parse(stdout);
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in json.RootElement.GetProperty("Properties").EnumerateObject()) result[property.Name] = property.Value.GetString() ?? string.Empty;
        return result;
    }
}
