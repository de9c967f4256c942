using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Reading;

/// <summary>
/// What a file that is not valid YAML still tells (issue 27): the facts written before the error,
/// read as YAML on their own (<see cref="Prefix"/>), and from a tolerant scan of the text, its
/// <c>kind:</c>, the ids its <c>id:</c> entries declare and the sources its <c>source:</c> entries
/// cite. The join holds back only the checks these may answer, so one indentation mistake no longer
/// hides the unknown ids of every other file.
/// </summary>
/// <param name="Prefix">The file up to the fact the error is in, as a tree; null when that is not valid YAML either.</param>
/// <param name="Kind">The kind a <c>kind:</c> line names; null when none is found.</param>
public sealed record RecoveredFile(YamlNode? Prefix, string? Kind, EquatableArray<string> Ids, EquatableArray<string> Sources)
{
    // A key at the start of a line, after '- ', '{' or ','; quoted or not. Tolerant by design: it
    // reads a file the parser refused, and a false id only holds back a check, never reports one.
    private static readonly Regex KindLine = new(@"^[""']?kind[""']?[ \t]*:[ \t]*[""']?([^\s""'#,}]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant);
    private static readonly Regex IdEntry = Entry("id");
    private static readonly Regex SourceEntry = Entry("source");
    private static readonly Regex ItemLine = new(@"^([ \t]*)-(?:[ \t]|$)", RegexOptions.CultureInvariant);

    private static Regex Entry(string key) =>
        new(@"(?:^|[-{,][ \t]*)[""']?" + key + @"[""']?[ \t]*:[ \t]*[""']?([^\s""'#,}\]]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant);

    /// <summary>Recovers what it can of a file whose reading stopped at <paramref name="errorLine"/> (1-based).</summary>
    public static RecoveredFile Recover(string path, string text, int errorLine, ReadLimits limits, CancellationToken cancellation)
    {
        var kind = KindLine.Match(text) is { Success: true } found ? found.Groups[1].Value : null;
        var prefix = PrefixBefore(text, errorLine);
        YamlNode? tree = null;
        if (prefix.Length > 0)
        {
            var read = YamlReader.Read(path, prefix, limits, cancellation);
            if (read.Diagnostics.All(d => d.Severity != FactDiagnosticSeverity.Error)) tree = read.Root;
        }
        return new RecoveredFile(tree, kind, Values(IdEntry, text), Values(SourceEntry, text));
    }

    private static EquatableArray<string> Values(Regex entry, string text) =>
        entry.Matches(text).Cast<Match>().Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToEquatableArray();

    /// <summary>
    /// The text before the list item (at the indentation of the file's first item) that holds the
    /// error line: the facts before it are whole. Empty when no item starts before the error.
    /// </summary>
    private static string PrefixBefore(string text, int errorLine)
    {
        var lines = SplitLines(text);
        string? indent = null;
        var cut = -1;
        for (var i = 0; i < lines.Count && i < errorLine; i++)
        {
            var item = ItemLine.Match(text, lines[i].Start, lines[i].Length);
            if (!item.Success || item.Index != lines[i].Start) continue;
            indent ??= item.Groups[1].Value;
            if (item.Groups[1].Value == indent) cut = lines[i].Start;
        }
        return cut < 0 ? string.Empty : text.Substring(0, cut);
    }

    private static List<(int Start, int Length)> SplitLines(string text)
    {
        var lines = new List<(int, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!LineBreaks.EndsLine(text, i)) continue;
            lines.Add((start, i + 1 - start));
            start = i + 1;
        }
        lines.Add((start, text.Length - start));
        return lines;
    }
}
