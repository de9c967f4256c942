using System;
using System.IO;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Package.Tests.Infrastructure;

/// <summary>
/// Packs a project of this repository into a temporary feed under a version no cache has seen, so
/// a consumer restores exactly this build. The pack builds in its own artifacts folder: `dotnet
/// test` runs test projects in parallel, and this one must not write into the obj/ folders the
/// outer build is using. Disposing removes the feed and that version from the global packages folder.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    public LocalFeed(string project, string packageId)
    {
        PackageId = packageId;
        Version = "0.1.0-test-" + Guid.NewGuid().ToString("N")[..12];
        Root = DotNet.TemporaryDirectory(packageId.ToLowerInvariant());
        Feed = Path.Combine(Root, "feed");
        Artifacts = Path.Combine(Root, "artifacts");
        var projectPath = Path.Combine(SharedFolder.RepositoryRoot, project);

        var pack = DotNet.Run(Root, "pack", projectPath, "-o", Feed, "--artifacts-path", Artifacts, $"-p:PackageVersion={Version}", "-nodeReuse:false");
        PackOutput = pack.Output;
        if (pack.ExitCode != 0) throw new InvalidOperationException($"dotnet pack {project} failed:\n{pack.Output}");
        Package = Path.Combine(Feed, $"{packageId}.{Version}.nupkg");
        if (!File.Exists(Package)) throw new InvalidOperationException($"{Package} was not made:\n{pack.Output}");
    }

    public string PackageId { get; }

    public string Version { get; }

    public string Root { get; }

    public string Feed { get; }

    /// <summary>Where the pack built the projects: pack again with --no-build and this to reuse the build.</summary>
    public string Artifacts { get; }

    public string Package { get; }

    public string PackOutput { get; }

    /// <summary>A nuget.config that adds the feed and keeps every other configured source.</summary>
    public string NuGetConfig => $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="factgen-test-feed" value="{Feed}" />
          </packageSources>
        </configuration>
        """;

    public void Dispose()
    {
        TryDelete(Root);
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (string.IsNullOrEmpty(packages)) packages = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(packages, PackageId.ToLowerInvariant(), Version));
    }

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temporary folder fails nothing.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
