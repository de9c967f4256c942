using System;
using System.IO;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Package.Tests.Infrastructure;

/// <summary>
/// Packs projects of this repository into a temporary feed under a version no cache has seen, so
/// a consumer restores exactly this build. Several projects are packed by one `dotnet pack` of a
/// temporary solution, so what they share (FactGen.Core) is restored and built once. The pack
/// builds in its own artifacts folder: `dotnet test` runs test projects in parallel, and this one
/// must not write into the obj/ folders the outer build is using. Disposing removes the feed and
/// that version of each package from the global packages folder.
/// </summary>
public sealed class LocalFeed : IDisposable
{
    private readonly string[] _packageIds;

    /// <param name="packages">Each project (relative to the repository) with the id of the package it makes.</param>
    public LocalFeed(params (string Project, string PackageId)[] packages)
    {
        _packageIds = Array.ConvertAll(packages, p => p.PackageId);
        Version = "0.1.0-test-" + Guid.NewGuid().ToString("N")[..12];
        Root = DotNet.TemporaryDirectory(packages[0].PackageId.ToLowerInvariant());
        Feed = Path.Combine(Root, "feed");
        Artifacts = Path.Combine(Root, "artifacts");

        var target = Path.Combine(SharedFolder.RepositoryRoot, packages[0].Project);
        if (packages.Length > 1)
        {
            target = Path.Combine(Root, "packages.slnx");
            var projects = string.Concat(Array.ConvertAll(packages, p => $"  <Project Path=\"{Path.Combine(SharedFolder.RepositoryRoot, p.Project)}\" />\n"));
            File.WriteAllText(target, $"<Solution>\n{projects}</Solution>\n");
        }
        // A solution builds the projects it does not list (the generator, FactGen.Core) in their
        // default configuration unless told to pass its own down; the package asks for Release.
        var pack = DotNet.Run(Root, "pack", target, "-c", "Release", "-p:ShouldUnsetParentConfigurationAndPlatform=false",
            "-o", Feed, "--artifacts-path", Artifacts, $"-p:PackageVersion={Version}", "-nodeReuse:false");
        PackOutput = pack.Output;
        if (pack.ExitCode != 0) throw new InvalidOperationException($"dotnet pack {target} failed:\n{pack.Output}");
        foreach (var id in _packageIds)
        {
            if (!File.Exists(PackagePath(id))) throw new InvalidOperationException($"{PackagePath(id)} was not made:\n{pack.Output}");
        }
    }

    public string Version { get; }

    public string Root { get; }

    public string Feed { get; }

    /// <summary>Where the pack built the projects: pack again with --no-build and this to reuse the build.</summary>
    public string Artifacts { get; }

    public string PackOutput { get; }

    /// <summary>The .nupkg of one of the packed packages.</summary>
    public string PackagePath(string packageId) => Path.Combine(Feed, $"{packageId}.{Version}.nupkg");

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
        foreach (var id in _packageIds) TryDelete(Path.Combine(packages, id.ToLowerInvariant(), Version));
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
