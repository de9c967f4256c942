using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Cli.Tests;

/// <summary>
/// Every <c>factgen</c> command the docs show that a test can run, run (issue 27: docs drifted from
/// the tool). A command with a placeholder (<c>[DIR]</c>, <c>&lt;command&gt;</c>), one about a
/// project the repository does not have, or <c>init</c> (which writes beside the repository) is left
/// out. Paths are taken from the repository root, and outputs go to a temporary folder. A command
/// the tool no longer knows, or an option it no longer takes, is a usage error (exit 2) and fails.
/// </summary>
public sealed class DocumentedCommandsTests
{
    private static readonly Regex Command = new(@"^(?:dotnet factgen|factgen|dotnet run --project src/FactGen\.Cli --) ([^#\n]*)", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    public static IEnumerable<object[]> Commands()
    {
        var root = SharedFolder.RepositoryRoot;
        var pages = Directory.GetFiles(Path.Combine(root, "docs"), "*.md").Append(Path.Combine(root, "README.md")).Append(Path.Combine(root, "src", "FactGen.Cli", "README.md"));
        return pages.SelectMany(page => Command.Matches(File.ReadAllText(page)).Select(m => m.Groups[1].Value.Trim()))
            .Where(line => !Regex.IsMatch(line, @"[\[<|]|\.\.\.|MyApp|^init\b"))
            .Distinct(StringComparer.Ordinal)
            .OrderBy(line => line, StringComparer.Ordinal)
            .Select(line => new object[] { line });
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void A_documented_command_runs(string line)
    {
        using var temp = new TempFacts();
        var args = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        for (var i = 0; i < args.Count; i++)
        {
            if (i > 0 && args[i - 1] is "--output" or "-o") args[i] = Path.Combine(temp.Root, Path.GetFileName(args[i]));
            else if (args[i] == "../shared/sources") args[i] = SharedFolder.Require("sources");
            else if (i > 0 && !args[i].StartsWith('-') && Directory.Exists(Path.Combine(SharedFolder.RepositoryRoot, args[i]))) args[i] = Path.Combine(SharedFolder.RepositoryRoot, args[i]);
        }
        if (args.Contains("articles")) return; // the folder init writes beside a new facts folder; not in this repository

        var result = Factgen.Run([.. args]);

        Assert.True(result.ExitCode is Program.Success or Program.FactErrors, line + "\n" + result);
    }
}
