using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using DiffPlex;
using FactGen.Generator.Emit;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator.Tests.Snapshots;

/// <summary>
/// A small snapshot harness that follows Verify's conventions, so moving to Verify.SourceGenerators
/// later is mechanical: one file per generated source, <c>{TestClass}.{TestMethod}#{HintName}.verified.cs</c>
/// (the hint name without its extension, as Verify names it) starting with <c>//HintName: {hint}</c>;
/// the diagnostics, when there are any, in <c>{TestClass}.{TestMethod}.verified.txt</c>. The files sit
/// beside the test source, never in bin/.
/// <para>
/// On a mismatch or a missing snapshot the harness writes <c>.received.</c> beside the verified file
/// and fails with a unified diff. Accept by renaming received to verified, or run the tests with
/// <c>FACTGEN_ACCEPT=1</c>, which writes the verified files directly (and deletes ones no longer produced).
/// </para>
/// </summary>
public static class Snapshot
{
    public const string AcceptVariable = "FACTGEN_ACCEPT";

    /// <summary>The most diff lines one failure message shows per file.</summary>
    private const int MaxDiffLines = 300;

    private static readonly Regex GeneratedCodeVersion = new(@"(GeneratedCode\(""FactGen"", )""[^""]*""", RegexOptions.CultureInvariant);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static bool AcceptFromEnvironment =>
        Environment.GetEnvironmentVariable(AcceptVariable) is { } value && (value == "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The folder of the test source (from [CallerFilePath]). A build with a path map (CI's
    /// ContinuousIntegrationBuild) gives /_/... paths that do not exist: then the repository's copy.
    /// </summary>
    public static string DirectoryOf(string callerFilePath)
    {
        var directory = Path.GetDirectoryName(callerFilePath);
        if (!string.IsNullOrEmpty(directory) && Directory.Exists(directory)) return directory;
        return Path.Combine(FactGen.Tests.SharedFolder.RepositoryRoot, "tests", "FactGen.Generator.Tests", "Snapshots");
    }

    /// <summary>Every text that goes into a snapshot: line endings to \n, the generator's version to {version}.</summary>
    public static string Scrub(string text) =>
        GeneratedCodeVersion.Replace(Normalize(text), "$1\"{version}\"");

    public static string Normalize(string text) => text.Replace("\r\n", "\n");

    /// <summary>The snapshot files a test makes: file name (in the snapshot folder) and content.</summary>
    public static List<(string FileName, string Text)> Targets(string name, IEnumerable<GeneratedSource> sources, IEnumerable<Diagnostic> diagnostics)
    {
        var targets = new List<(string, string)>();
        foreach (var source in sources)
        {
            var extension = Path.GetExtension(source.HintName);
            var stem = extension.Length == 0 ? source.HintName : source.HintName.Substring(0, source.HintName.Length - extension.Length);
            var fileExtension = extension.Length == 0 ? "cs" : extension.Substring(1);
            targets.Add(($"{name}#{stem}.verified.{fileExtension}", $"//HintName: {source.HintName}\n{Scrub(source.Text)}"));
        }
        var found = diagnostics.ToList();
        if (found.Count > 0) targets.Add(($"{name}.verified.txt", Describe(found)));
        return targets;
    }

    /// <summary>
    /// Diagnostics in Verify's shape. Locations are Roslyn's <see cref="FileLinePositionSpan"/>
    /// text with the file name only: <c>people.yaml: (4,13)-(4,19)</c>, 0-based lines and columns.
    /// </summary>
    public static string Describe(IReadOnlyList<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder().Append("{\n  Diagnostics: [\n");
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            var span = diagnostic.Location.GetLineSpan();
            var location = diagnostic.Location == Location.None
                ? "none"
                : $"{Path.GetFileName(span.Path)}: ({span.StartLinePosition.Line},{span.StartLinePosition.Character})-({span.EndLinePosition.Line},{span.EndLinePosition.Character})";
            builder.Append("    {\n")
                .Append("      Id: ").Append(diagnostic.Id).Append(",\n")
                .Append("      Severity: ").Append(diagnostic.Severity).Append(",\n")
                .Append("      Location: ").Append(location).Append(",\n")
                .Append("      Message: ").Append(OneLine(diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture))).Append('\n')
                .Append(i == diagnostics.Count - 1 ? "    }\n" : "    },\n");
        }
        return builder.Append("  ]\n}\n").ToString();
    }

    private static string OneLine(string text) => Normalize(text).Replace("\n", "\\n").Replace("\r", "\\r");

    /// <summary>
    /// Compares each target with its verified file in <paramref name="directory"/> and fails with
    /// every difference at once. Verified files of this test that it no longer produces (a hint
    /// name gone, diagnostics gone) fail too.
    /// </summary>
    public static void Verify(string directory, string name, IReadOnlyList<(string FileName, string Text)> targets, bool accept)
    {
        var problems = new List<string>();
        var expected = new HashSet<string>(targets.Select(t => t.FileName), StringComparer.Ordinal);
        foreach (var (fileName, text) in targets)
        {
            var verifiedPath = Path.Combine(directory, fileName);
            var receivedPath = Path.Combine(directory, ReceivedName(fileName));
            var verified = File.Exists(verifiedPath) ? Normalize(File.ReadAllText(verifiedPath, Utf8)) : null;
            if (verified == text)
            {
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                continue;
            }
            if (accept)
            {
                File.WriteAllText(verifiedPath, text, Utf8);
                if (File.Exists(receivedPath)) File.Delete(receivedPath);
                continue;
            }
            File.WriteAllText(receivedPath, text, Utf8);
            problems.Add(verified is null
                ? $"New snapshot: {fileName} does not exist yet. Review {ReceivedName(fileName)} and rename it to {fileName} (or run with {AcceptVariable}=1).\n{Preview(text)}"
                : $"Snapshot mismatch: {fileName}. The new output is in {ReceivedName(fileName)}.\n{UnifiedDiff(fileName, ReceivedName(fileName), verified, text)}");
        }

        foreach (var stale in VerifiedFilesOf(directory, name).Where(f => !expected.Contains(f)))
        {
            if (accept)
            {
                File.Delete(Path.Combine(directory, stale));
                var staleReceived = Path.Combine(directory, ReceivedName(stale));
                if (File.Exists(staleReceived)) File.Delete(staleReceived);
                continue;
            }
            problems.Add($"Snapshot no longer produced: {stale}. {name} does not make it any more; delete it (or run with {AcceptVariable}=1).");
        }

        if (problems.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"{problems.Count} snapshot problem(s) for {name} in {directory}:\n\n{string.Join("\n\n", problems)}");
        }
    }

    /// <summary>The verified files that belong to the test <paramref name="name"/> ({TestClass}.{TestMethod}).</summary>
    public static IEnumerable<string> VerifiedFilesOf(string directory, string name) =>
        Directory.EnumerateFiles(directory)
            .Select(p => Path.GetFileName(p))
            .Where(f => f.Contains(".verified.", StringComparison.Ordinal) && OwnerOf(f) == name)
            .OrderBy(f => f, StringComparer.Ordinal);

    /// <summary>The {TestClass}.{TestMethod} a snapshot file belongs to: before '#', else before '.verified.' or '.received.'.</summary>
    public static string OwnerOf(string fileName)
    {
        var hash = fileName.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0) return fileName.Substring(0, hash);
        var marker = fileName.IndexOf(".verified.", StringComparison.Ordinal);
        if (marker < 0) marker = fileName.IndexOf(".received.", StringComparison.Ordinal);
        return marker < 0 ? fileName : fileName.Substring(0, marker);
    }

    public static string ReceivedName(string verifiedName)
    {
        var marker = verifiedName.LastIndexOf(".verified.", StringComparison.Ordinal);
        return verifiedName.Substring(0, marker) + ".received." + verifiedName.Substring(marker + ".verified.".Length);
    }

    private static string Preview(string text)
    {
        var lines = text.Split('\n');
        var shown = lines.Take(40).Select(l => "+" + l);
        return string.Join("\n", shown) + (lines.Length > 40 ? $"\n... ({lines.Length - 40} more lines)" : string.Empty);
    }

    /// <summary>A unified diff (three lines of context) built from DiffPlex's line diff.</summary>
    public static string UnifiedDiff(string oldName, string newName, string oldText, string newText, int context = 3)
    {
        // Line counts as diff(1) gives them: the end of the last line is not one more, empty line.
        var oldEndsLine = oldText.EndsWith('\n');
        var newEndsLine = newText.EndsWith('\n');
        if (oldEndsLine) oldText = oldText.Substring(0, oldText.Length - 1);
        if (newEndsLine) newText = newText.Substring(0, newText.Length - 1);
        var diff = new Differ().CreateLineDiffs(oldText, newText, ignoreWhitespace: false);
        var a = diff.PiecesOld;
        var b = diff.PiecesNew;
        var blocks = diff.DiffBlocks;
        var lines = new List<string> { "--- " + oldName, "+++ " + newName };
        var i = 0;
        while (i < blocks.Count)
        {
            // Blocks whose context would touch go into one hunk.
            var j = i;
            while (j + 1 < blocks.Count && blocks[j + 1].DeleteStartA - (blocks[j].DeleteStartA + blocks[j].DeleteCountA) <= 2 * context) j++;
            var first = blocks[i];
            var last = blocks[j];
            var startA = Math.Max(0, first.DeleteStartA - context);
            var startB = first.InsertStartB - (first.DeleteStartA - startA);
            var endA = Math.Min(a.Length, last.DeleteStartA + last.DeleteCountA + context);
            var endB = Math.Min(b.Length, last.InsertStartB + last.InsertCountB + context);
            lines.Add($"@@ -{startA + 1},{endA - startA} +{startB + 1},{endB - startB} @@");
            var position = startA;
            for (var k = i; k <= j; k++)
            {
                var block = blocks[k];
                for (; position < block.DeleteStartA; position++) lines.Add(" " + a[position]);
                for (var d = 0; d < block.DeleteCountA; d++) lines.Add("-" + a[block.DeleteStartA + d]);
                for (var n = 0; n < block.InsertCountB; n++) lines.Add("+" + b[block.InsertStartB + n]);
                position = block.DeleteStartA + block.DeleteCountA;
            }
            for (; position < endA; position++) lines.Add(" " + a[position]);
            i = j + 1;
        }
        if (oldEndsLine != newEndsLine) lines.Add($"\\ {(oldEndsLine ? newName : oldName)} has no newline at the end");
        if (lines.Count > MaxDiffLines + 2)
        {
            var hidden = lines.Count - MaxDiffLines - 2;
            lines = lines.Take(MaxDiffLines + 2).ToList();
            lines.Add($"... ({hidden} more diff lines; compare the received file with the verified one)");
        }
        return string.Join("\n", lines);
    }
}
