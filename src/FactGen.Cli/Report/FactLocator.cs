using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Report;

/// <summary>
/// Which fact a diagnostic is about. The checked model holds no positions (by design), so this
/// reads the fact file again and takes the last <c>id:</c> entry at or above the diagnostic's
/// line. A diagnostic above every fact (the file's shape, the schema) belongs to no fact and the
/// report lists it on its own.
/// </summary>
internal sealed class FactLocator
{
    private static readonly Regex IdLine = new(@"^\s*(?:-\s+)?id:\s*[""']?([a-z0-9]+(?:-[a-z0-9]+)*)[""']?\s*(?:#.*)?$", RegexOptions.CultureInvariant);

    private readonly Dictionary<string, List<(int Line, string Id)>> _files = new(StringComparer.Ordinal);

    public string? FactOf(FactDiagnostic diagnostic)
    {
        var ids = IdsIn(diagnostic.Span.Path);
        string? found = null;
        foreach (var (line, id) in ids)
        {
            if (line > diagnostic.Span.Line) break;
            found = id;
        }
        return found;
    }

    /// <summary>Diagnostics by fact id; those about no fact under the empty string.</summary>
    public Dictionary<string, List<FactDiagnostic>> Group(IEnumerable<FactDiagnostic> diagnostics)
    {
        var groups = new Dictionary<string, List<FactDiagnostic>>(StringComparer.Ordinal);
        foreach (var diagnostic in diagnostics)
        {
            var key = FactOf(diagnostic) ?? string.Empty;
            if (!groups.TryGetValue(key, out var list)) groups[key] = list = new List<FactDiagnostic>();
            list.Add(diagnostic);
        }
        return groups;
    }

    private List<(int Line, string Id)> IdsIn(string path)
    {
        if (_files.TryGetValue(path, out var ids)) return ids;
        ids = new List<(int, string)>();
        if (File.Exists(path) && !path.EndsWith("schema.yaml", StringComparison.Ordinal))
        {
            var lines = File.ReadAllLines(path);
            for (var i = 0; i < lines.Length; i++)
            {
                if (IdLine.Match(lines[i]) is { Success: true } match) ids.Add((i + 1, match.Groups[1].Value));
            }
        }
        return _files[path] = ids.OrderBy(p => p.Item1).ToList();
    }
}
