using System.CommandLine;
using System.IO;

namespace FactGen.Cli.Commands;

/// <summary>The inputs several commands share, declared and checked once so they say the same thing.</summary>
internal static class CommandInputs
{
    public static Argument<string> FactsDirectory() =>
        new("dir") { Description = "The facts directory, read recursively.", DefaultValueFactory = _ => "facts" };

    /// <summary>False, with the reason on <paramref name="error"/>, when a named directory is missing (a usage error, exit 2).</summary>
    public static bool DirectoriesExist(string facts, string? sources, TextWriter error)
    {
        if (!Directory.Exists(facts))
        {
            error.WriteLine($"factgen: the facts directory '{facts}' does not exist");
            return false;
        }
        if (sources is not null && !Directory.Exists(sources))
        {
            error.WriteLine($"factgen: the sources directory '{sources}' does not exist");
            return false;
        }
        return true;
    }

    /// <summary>
    /// The project named by <c>--project</c>, evaluated; null when none is named. False, with the
    /// reason on <paramref name="error"/>, when it is named but cannot be read (a usage error).
    /// </summary>
    public static bool TryReadProject(ParseResult result, Option<string?> project, TextWriter error, out ProjectSettings? settings)
    {
        settings = null;
        if (result.GetValue(project) is not { } projectFile) return true;
        settings = ProjectSettings.Read(projectFile, error);
        return settings is not null;
    }

    /// <summary>The facts folder and the articles a command reads: DIR and --sources when given, else the project's.</summary>
    public static (string Facts, string? Sources) Folders(ParseResult result, Argument<string> directory, Option<string?> sources, ProjectSettings? settings)
    {
        var facts = settings is not null && result.GetResult(directory) is null or { Implicit: true } ? settings.FactsDirectory : result.GetValue(directory)!;
        return (facts, result.GetValue(sources) ?? settings?.SourcesDirectory);
    }
}
