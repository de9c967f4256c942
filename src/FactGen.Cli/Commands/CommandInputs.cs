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
}
