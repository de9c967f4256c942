using System;
using System.IO;

namespace FactGen.LanguageServer.Workspace;

/// <summary>file:// URIs to full paths and back; other schemes (untitled:, git:) are outside the workspace.</summary>
internal static class UriPaths
{
    public static string? ToPath(string? uri)
    {
        if (uri is null || !Uri.TryCreate(uri, UriKind.Absolute, out var parsed) || !parsed.IsFile) return null;
        return Path.GetFullPath(parsed.LocalPath);
    }

    public static string ToUri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;
}
