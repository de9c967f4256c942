using System;
using System.IO;
using Xunit;

namespace FactGen.Tests;

/// <summary>
/// Finds ../shared (the articles, the YAML test suite, the SARIF schema): FACTGEN_SHARED if set,
/// else the folder beside the repository. Outside CI a test that needs it skips with the reason;
/// under CI=true its absence is a failure, so CI can never pass by skipping.
/// </summary>
public static class SharedFolder
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string? Path
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable("FACTGEN_SHARED");
            if (!string.IsNullOrEmpty(configured)) return Directory.Exists(configured) ? configured : null;
            var beside = System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The path of a file or folder under shared/; throws (failing the test) when it is absent.</summary>
    public static string Require(string relative) =>
        Find(relative) ?? throw new InvalidOperationException(MissingReason(relative) + (IsCi ? "; under CI=true this is a failure, not a skip" : string.Empty));

    public static string? Find(string relative)
    {
        var root = Path;
        var full = root is null ? null : System.IO.Path.Combine(root, relative);
        return full is not null && (Directory.Exists(full) || File.Exists(full)) ? full : null;
    }

    public static string MissingReason(string relative) => $"../shared/{relative} is not available (set FACTGEN_SHARED to the shared folder)";

    /// <summary>Null when the test can run; else why it is skipped. Never skips under CI.</summary>
    public static string? SkipReason(string relative) => IsCi || Find(relative) is not null ? null : MissingReason(relative);

    public static string FactsDirectory => System.IO.Path.Combine(RepositoryRoot, "facts");

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "FactGen.sln")))
        {
            directory = directory.Parent;
        }
        return directory?.FullName ?? throw new InvalidOperationException("FactGen.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>A fact that needs ../shared/{relative}: skipped with the reason outside CI when absent, failed under CI.</summary>
public sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string relative) => Skip = SharedFolder.SkipReason(relative);
}

/// <summary>A theory that needs ../shared/{relative}; see <see cref="SharedFactAttribute"/>.</summary>
public sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(string relative) => Skip = SharedFolder.SkipReason(relative);
}
