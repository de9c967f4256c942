using System;
using System.IO;

namespace FactGen.Benchmarks.Corpora;

/// <summary>Where things are: the repository (found by FactGen.sln above the running app) and the work folder.</summary>
public static class Repository
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    public static string Root => RootPath.Value;

    public static string FactsDirectory => Path.Combine(Root, "facts");

    public static string SchemaPath => Path.Combine(FactsDirectory, "schema.yaml");

    /// <summary>
    /// Scratch space for corpora, tiny apps and build copies: outside the repository, so its
    /// Directory.Build.props (which others may be editing) does not reach the projects made there.
    /// </summary>
    public static string WorkDirectory(string name)
    {
        var path = Path.Combine(Path.GetTempPath(), "factgen-bench", name);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>The reports, beside BenchmarkDotNet's own (BenchmarkDotNet.Artifacts is git-ignored).</summary>
    public static string ResultsDirectory
    {
        get
        {
            var path = Path.Combine(Root, "BenchmarkDotNet.Artifacts", "factgen");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    private static string FindRoot()
    {
        var configured = Environment.GetEnvironmentVariable("FACTGEN_REPO");
        if (!string.IsNullOrEmpty(configured) && File.Exists(Path.Combine(configured, "FactGen.sln"))) return Path.GetFullPath(configured);
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            var directory = new DirectoryInfo(start);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "FactGen.sln"))) directory = directory.Parent;
            if (directory is not null) return directory.FullName;
        }
        throw new InvalidOperationException("FactGen.sln not found above " + AppContext.BaseDirectory + " (set FACTGEN_REPO)");
    }
}
