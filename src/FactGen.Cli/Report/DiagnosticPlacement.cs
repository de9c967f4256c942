using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Report;

/// <summary>
/// Where each diagnostic shows on the page, from what Core says of it (issue 25: the report used
/// to guess the fact with a regex over the YAML, filed a flow-style fact's errors under the fact
/// before it and dropped FG0001 while counting it). A diagnostic about a fact the index shows
/// (<see cref="FactDiagnostic.FactId"/>) goes under that fact; every other one (a syntax error, a
/// file's shape, the schema, a fact left out of the model) under its file; those with no file (the
/// project's) under their own heading. Each is listed exactly once, with an anchor the summary's
/// error list links to, so the counts are the items listed. The one place the report decides this.
/// </summary>
internal sealed class DiagnosticPlacement
{
    private readonly Dictionary<string, List<FactDiagnostic>> _byFact = new(StringComparer.Ordinal);
    private readonly Dictionary<FactDiagnostic, string> _anchors = new(ReferenceEqualityComparer.Instance);

    public DiagnosticPlacement(IReadOnlyList<FactDiagnostic> diagnostics, ISet<string> shownFacts)
    {
        All = diagnostics;
        var byFile = new List<(string Path, List<FactDiagnostic> Diagnostics)>();
        for (var i = 0; i < diagnostics.Count; i++)
        {
            var diagnostic = diagnostics[i];
            _anchors[diagnostic] = "d" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (diagnostic.FactId is { } id && shownFacts.Contains(id))
            {
                if (!_byFact.TryGetValue(id, out var list)) _byFact[id] = list = new List<FactDiagnostic>();
                list.Add(diagnostic);
                continue;
            }
            var path = diagnostic.Span.Path;
            var index = byFile.FindIndex(f => f.Path == path);
            if (index < 0) byFile.Add((path, new List<FactDiagnostic> { diagnostic }));
            else byFile[index].Diagnostics.Add(diagnostic);
        }
        ByFile = byFile.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
    }

    /// <summary>Every diagnostic, in Core's order (by file, line, column).</summary>
    public IReadOnlyList<FactDiagnostic> All { get; }

    /// <summary>The diagnostics about no fact the index shows, by file path in ordinal order; the empty path holds the project's.</summary>
    public IReadOnlyList<(string Path, List<FactDiagnostic> Diagnostics)> ByFile { get; }

    public IReadOnlyList<FactDiagnostic> OfFact(string factId) =>
        _byFact.TryGetValue(factId, out var list) ? list : Array.Empty<FactDiagnostic>();

    /// <summary>The diagnostic's anchor on the page (<c>d7</c>).</summary>
    public string AnchorOf(FactDiagnostic diagnostic) => _anchors[diagnostic];

    public int Count(FactDiagnosticSeverity severity) => All.Count(d => d.Severity == severity);
}
