using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using FactGen.Core.Diagnostics;
using FactGen.Core.Options;
using FactGen.Core.Reading;

namespace FactGen.Cli.Commands;

/// <summary>
/// The FactGen settings of a project, as MSBuild evaluates them (<c>dotnet msbuild -getProperty</c>),
/// so <c>validate --project</c> checks what the build checks: the same facts folder, the same
/// articles, the same limits and namespace (issue 18: without it a wrong quote passed validate and
/// failed the build), and report them as the build does (<see cref="Severities"/>: the project's
/// warnings-as-errors, NoWarn and global analyzer config). Paths come back relative to the
/// project's folder, as MSBuild reads them.
/// </summary>
/// <param name="FactFiles">The fact files the build reads when the project sets
/// <c>FactGenIncludeFacts</c> to <c>false</c>: its own <c>AdditionalFiles</c> marked
/// <c>FactGenFact="true"</c>; null when the build reads <see cref="FactsDirectory"/>.</param>
internal sealed record ProjectSettings(string ProjectFile, string FactsDirectory, string? SourcesDirectory, FactGenOptions Options,
    BuildSeverities Severities, IReadOnlyList<string>? FactFiles)
{
    private static readonly string[] Names =
    [
        "MSBuildProjectDirectory", "FactGenFactsDirectory", "FactGenSourcesDirectory", "FactGenIncludeFacts",
        "RootNamespace", "FactGenNamespace", "FactGenVisibility",
        "FactGenMaxFileSize", "FactGenMaxDepth", "FactGenMaxNodes", "FactGenMaxFacts",
        "TreatWarningsAsErrors", "WarningsAsErrors", "WarningsNotAsErrors", "NoWarn",
    ];

    /// <summary>The analyzer config files the compiler gets, and the additional files (fact files among them).</summary>
    private static readonly string[] ItemNames = ["EditorConfigFiles", "GlobalAnalyzerConfigFiles", "AdditionalFiles"];

    /// <summary>Evaluates <paramref name="projectFile"/>; null, with the reason on <paramref name="error"/>, when MSBuild cannot.</summary>
    public static ProjectSettings? Read(string projectFile, TextWriter error)
    {
        if (!File.Exists(projectFile))
        {
            error.WriteLine($"factgen: the project file '{projectFile}' does not exist");
            return null;
        }
        var evaluated = Evaluate(Path.GetFullPath(projectFile), error);
        if (evaluated is null) return null;
        var (properties, items) = evaluated.Value;
        string? Get(string name) => properties.TryGetValue(name, out var value) && value.Trim().Length > 0 ? value.Trim() : null;

        var projectDirectory = Get("MSBuildProjectDirectory") ?? Path.GetDirectoryName(Path.GetFullPath(projectFile))!;
        // FactGen.props gives facts/ when the project sets nothing; a project not yet restored has
        // not imported the package's props, so the same default applies here.
        var facts = Path.GetFullPath(Path.Combine(projectDirectory, Get("FactGenFactsDirectory") ?? "facts/"));
        var sources = Get("FactGenSourcesDirectory") is { } s ? Path.GetFullPath(Path.Combine(projectDirectory, s)) : null;
        var configs = items.Where(i => i.Item != "AdditionalFiles").Select(i => i.FullPath).Distinct(StringComparer.Ordinal);
        // As FactGen.props does: with FactGenIncludeFacts=false the build reads only the files the project marks.
        var factFiles = string.Equals(Get("FactGenIncludeFacts"), "false", StringComparison.OrdinalIgnoreCase)
            ? items.Where(i => i.Item == "AdditionalFiles" && i.IsFact).Select(i => i.FullPath).ToList()
            : null;
        return new ProjectSettings(projectFile, facts, sources, FactGenOptions.Read(Get), BuildSeverities.From(Get, configs), factFiles);
    }

    /// <summary>
    /// What the build reports for the project: its own diagnostics (FG0035, FG0050 to FG0052, at the
    /// project file) first, then every diagnostic as the project's severities make it (issue 27).
    /// </summary>
    public List<FactDiagnostic> AsTheBuildReports(CorpusReader.Result corpus, string? sourcesDir, IEnumerable<FactDiagnostic> diagnostics)
    {
        var articles = sourcesDir is null ? 0 : Directory.EnumerateFiles(sourcesDir, "*.txt").Count();
        var projectDiagnostics = Options.Diagnostics
            .Concat(ProjectInputCheck.CheckInputs(corpus.FileCount, articles, FactsDirectory, sourcesDir))
            .Concat(ProjectInputCheck.CheckNamespace(Options.Namespace, corpus.Schema));
        var located = projectDiagnostics.Select(d => d with { Span = SourceSpan.StartOf(CorpusReader.DisplayPath(ProjectFile)) });
        return Severities.Apply(located.Concat(diagnostics));
    }

    /// <summary>The corpus the build reads: the project's marked files, or its facts folder.</summary>
    public CorpusReader.Result ReadCorpus(string directory, string? sourcesDirectory, ReadLimits limits) =>
        FactFiles is { } listed ? CorpusReader.Read(listed, sourcesDirectory, limits) : CorpusReader.Read(directory, sourcesDirectory, limits);

    private sealed record EvaluatedItem(string Item, string FullPath, bool IsFact);

    private static (Dictionary<string, string>, List<EvaluatedItem>)? Evaluate(string projectFile, TextWriter error)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "msbuild", projectFile, "-nologo" }) start.ArgumentList.Add(arg);
        foreach (var name in Names) start.ArgumentList.Add("-getProperty:" + name);
        foreach (var name in ItemNames) start.ArgumentList.Add("-getItem:" + name);
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
        // MSBuild prints { "Properties": { name: value, ... }, "Items": { name: [ { "FullPath": ..., metadata... } ] } }.
        using var json = JsonDocument.Parse(stdout);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in json.RootElement.GetProperty("Properties").EnumerateObject()) properties[property.Name] = property.Value.GetString() ?? string.Empty;
        var items = new List<EvaluatedItem>();
        if (json.RootElement.TryGetProperty("Items", out var itemGroups))
        {
            foreach (var group in itemGroups.EnumerateObject())
            {
                foreach (var item in group.Value.EnumerateArray())
                {
                    var path = item.TryGetProperty("FullPath", out var full) ? full.GetString() : null;
                    var isFact = item.TryGetProperty("FactGenFact", out var fact) && string.Equals(fact.GetString(), "true", StringComparison.OrdinalIgnoreCase);
                    if (!string.IsNullOrEmpty(path)) items.Add(new EvaluatedItem(group.Name, path, isFact));
                }
            }
        }
        return (properties, items);
    }
}
