using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen.LanguageServer.Workspace;

namespace FactGen.Cli.Commands;

/// <summary>
/// For the language server: the project whose facts folder a fact folder is, read as
/// <c>validate --project</c> reads it (<see cref="ProjectSettings"/>), so the server checks quotes
/// against the articles the build uses. Only project files that mention FactGen are evaluated.
/// </summary>
internal static class ProjectLocator
{
    public static ProjectFacts? Find(string factFolder, IReadOnlyList<string> roots)
    {
        var wanted = Normalize(factFolder);
        foreach (var project in Candidates(roots))
        {
            var settings = ProjectSettings.Read(project, TextWriter.Null);
            if (settings is not null && Normalize(settings.FactsDirectory) == wanted) return new ProjectFacts(settings.SourcesDirectory, settings.Options.Limits);
        }
        return null;
    }

    private static string Normalize(string folder) => Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);

    private static IEnumerable<string> Candidates(IReadOnlyList<string> roots) =>
        roots.SelectMany(root => Directory.EnumerateFiles(root, "*.csproj", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 4, IgnoreInaccessible = true }))
            .Where(path => !path.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(path => File.ReadAllText(path).Contains("FactGen", StringComparison.Ordinal))
            .OrderBy(path => path, StringComparer.Ordinal);
}
