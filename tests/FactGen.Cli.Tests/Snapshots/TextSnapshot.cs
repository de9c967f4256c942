using System;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;

namespace FactGen.Tests.Snapshots;

/// <summary>
/// The snapshot convention of tests/FactGen.Generator.Tests/Snapshots/Snapshot.cs, for one text
/// output per test: <c>{TestClass}.{TestMethod}.verified.{extension}</c> beside the test source.
/// On a mismatch or a missing file it writes <c>.received.</c> beside it and fails showing the
/// first difference; <c>FACTGEN_ACCEPT=1</c> writes the verified file instead. (Linked into the
/// Facts tests too, for the briefing.)
/// </summary>
public static class TextSnapshot
{
    public const string AcceptVariable = "FACTGEN_ACCEPT";

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static bool Accept =>
        Environment.GetEnvironmentVariable(AcceptVariable) is { } value && (value == "1" || string.Equals(value, "true", StringComparison.OrdinalIgnoreCase));

    public static void Verify(string text, string extension, [CallerFilePath] string callerFile = "", [CallerMemberName] string test = "")
    {
        var directory = DirectoryOf(callerFile);
        var name = $"{Path.GetFileNameWithoutExtension(callerFile)}.{test}";
        var verifiedPath = Path.Combine(directory, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(directory, $"{name}.received.{extension}");
        text = text.Replace("\r\n", "\n");
        var verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath, Utf8).Replace("\r\n", "\n") : null;
        if (verified == text || Accept)
        {
            if (verified != text) File.WriteAllText(verifiedPath, text, Utf8);
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return;
        }
        File.WriteAllText(receivedPath, text, Utf8);
        throw new Xunit.Sdk.XunitException(verified is null
            ? $"New snapshot: {Path.GetFileName(verifiedPath)} does not exist yet. Review {Path.GetFileName(receivedPath)} and rename it (or run with {AcceptVariable}=1)."
            : $"Snapshot mismatch: {Path.GetFileName(verifiedPath)}. The new output is in {Path.GetFileName(receivedPath)}.\n{FirstDifference(verified, text)}");
    }

    /// <summary>The folder of the test source; under a path-mapped CI build, the repository's copy.</summary>
    private static string DirectoryOf(string callerFile)
    {
        var directory = Path.GetDirectoryName(callerFile);
        if (!string.IsNullOrEmpty(directory) && Directory.Exists(directory)) return directory;
        var source = Directory.EnumerateFiles(Path.Combine(SharedFolder.RepositoryRoot, "tests"), Path.GetFileName(callerFile), SearchOption.AllDirectories).First();
        return Path.GetDirectoryName(source)!;
    }

    private static string FirstDifference(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var line = 0;
        while (line < a.Length && line < b.Length && a[line] == b[line]) line++;
        var from = Math.Max(0, line - 2);
        var shown = new StringBuilder().Append($"First difference at line {line + 1}:\n");
        for (var i = from; i < line; i++) shown.Append("  ").Append(a[i]).Append('\n');
        if (line < a.Length) shown.Append("- ").Append(a[line]).Append('\n');
        if (line < b.Length) shown.Append("+ ").Append(b[line]).Append('\n');
        return shown.Append($"({a.Length} lines verified, {b.Length} received)").ToString();
    }
}
