using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Output;

/// <summary>
/// The docs/diagnostics pages, compiled into the tool, as SARIF wants them per rule: a full
/// description (the first paragraph of "When it is reported") and help (the "How to fix" section)
/// as text and as Markdown. Relative links are made absolute against the repository, so they work
/// wherever the SARIF log is read (code scanning shows the Markdown).
/// </summary>
internal static class DiagnosticPages
{
    public sealed record Page(string FullDescription, string HelpText, string HelpMarkdown);

    private static readonly Regex Link = new(@"\[([^\]]+)\]\(([^)]+)\)", RegexOptions.CultureInvariant);
    private static readonly Dictionary<string, Page?> Cache = new(StringComparer.Ordinal);

    /// <summary>The page of <paramref name="descriptor"/>; null if the tool was built without it.</summary>
    public static Page? Of(DiagnosticDescriptor descriptor)
    {
        lock (Cache)
        {
            if (!Cache.TryGetValue(descriptor.Id, out var page)) Cache[descriptor.Id] = page = Load(descriptor);
            return page;
        }
    }

    /// <summary>The whole page of <paramref name="descriptor"/> as Markdown (<c>factgen explain</c>); null if the tool was built without it.</summary>
    public static string? FullText(DiagnosticDescriptor descriptor)
    {
        using var stream = typeof(DiagnosticPages).Assembly.GetManifestResourceStream("diagnostics/" + descriptor.Id + ".md");
        if (stream is null) return null;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    private static Page? Load(DiagnosticDescriptor descriptor)
    {
        if (FullText(descriptor) is not { } text) return null;
        var lines = text.Split('\n');
        var when = Section(lines, "## When it is reported");
        var fix = Section(lines, "## How to fix");
        var firstParagraph = string.Join(" ", when.SkipWhile(string.IsNullOrWhiteSpace).TakeWhile(l => l.Trim().Length > 0).Select(l => l.Trim()));
        var markdown = Absolute(string.Join("\n", fix).Trim(), descriptor) + $"\n\nMore: [{descriptor.Id}: {descriptor.Title}]({descriptor.HelpLink})";
        return new Page(PlainText(firstParagraph), PlainText(string.Join("\n", fix).Trim()) + "\n\nMore: " + descriptor.HelpLink, markdown);
    }

    private static List<string> Section(string[] lines, string heading)
    {
        var start = Array.IndexOf(lines, heading);
        if (start < 0) return [];
        return lines.Skip(start + 1).TakeWhile(l => !l.StartsWith("## ", StringComparison.Ordinal)).ToList();
    }

    /// <summary><c>[text](../x.md)</c> becomes <c>[text](https://.../docs/x.md)</c>; absolute links and anchors stay.</summary>
    private static string Absolute(string markdown, DiagnosticDescriptor descriptor) =>
        Link.Replace(markdown, match =>
        {
            var target = match.Groups[2].Value;
            if (target.Contains("://") || target.StartsWith("#", StringComparison.Ordinal)) return match.Value;
            return $"[{match.Groups[1].Value}]({new Uri(new Uri(descriptor.HelpLink), target).AbsoluteUri})";
        });

    /// <summary>Links become their text; the rest of the Markdown (backticks, fences) reads well enough as text.</summary>
    private static string PlainText(string markdown) => Link.Replace(markdown, match => match.Groups[1].Value);
}
