using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Core.Schema;

namespace FactGen.LanguageServer.Workspace;

/// <summary>Finds fact folders: folders holding FactGen's <c>schema.yaml</c> (one with <c>kinds:</c> at the top).</summary>
internal static class FolderDiscovery
{
    private static readonly Regex KindsLine = new(@"^kinds\s*:", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly HashSet<string> Skipped = new(StringComparer.OrdinalIgnoreCase) { "bin", "obj", "node_modules", "artifacts" };

    /// <summary>The fact folders under a workspace folder, looked for a few levels deep, skipping build output and hidden folders.</summary>
    public static IEnumerable<string> Under(string root, int depth = 6)
    {
        if (!Directory.Exists(root)) yield break;
        var pending = new Queue<(string Path, int Depth)>();
        pending.Enqueue((root, 0));
        while (pending.Count > 0)
        {
            var (folder, level) = pending.Dequeue();
            if (IsFactFolder(folder)) yield return folder;
            if (level >= depth) continue;
            IEnumerable<string> children;
            try
            {
                children = Directory.EnumerateDirectories(folder).OrderBy(p => p, StringComparer.Ordinal).ToList();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                continue;
            }
            foreach (var child in children)
            {
                var name = Path.GetFileName(child);
                if (name.StartsWith(".", StringComparison.Ordinal) || Skipped.Contains(name)) continue;
                pending.Enqueue((child, level + 1));
            }
        }
    }

    /// <summary>The nearest folder at or above a file's folder that is a fact folder, for a file opened outside every workspace folder.</summary>
    public static string? Above(string file)
    {
        for (var folder = Path.GetDirectoryName(file); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (IsFactFolder(folder)) return folder;
        }
        return null;
    }

    public static bool IsFactFolder(string folder)
    {
        var schema = Path.Combine(folder, SchemaLoader.FileName);
        if (!File.Exists(schema)) return false;
        try
        {
            return KindsLine.IsMatch(File.ReadAllText(schema));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
