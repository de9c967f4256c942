using System;
using System.IO;

namespace FactGen.Cli.Commands;

/// <summary>
/// How the user runs this tool, for the commands the CLI suggests (issue 27: <c>init</c> printed
/// <c>factgen validate</c> where a local tool needs <c>dotnet factgen</c>). A local tool is one that
/// a tool manifest names: <c>.config/dotnet-tools.json</c>, or <c>dotnet-tools.json</c> at the
/// repository root as the .NET 10 SDK writes it, in this folder or one above.
/// </summary>
internal static class ToolCommand
{
    public static string Name(string directory)
    {
        for (var folder = new DirectoryInfo(directory); folder is not null; folder = folder.Parent)
        {
            foreach (var manifest in new[] { Path.Combine(folder.FullName, ".config", "dotnet-tools.json"), Path.Combine(folder.FullName, "dotnet-tools.json") })
            {
                if (File.Exists(manifest) && File.ReadAllText(manifest).Contains("factgen.tool", StringComparison.OrdinalIgnoreCase)) return "dotnet factgen";
            }
        }
        return "factgen";
    }
}
