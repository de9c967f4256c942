using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// Questions every tool asks of a bound corpus, answered from Core's own places, never by reading
/// the YAML again: which fact and value is at a position, where an id is defined, who names it,
/// where each quote was found, and which diagnostics belong to a fact or a file. The report, the
/// language server and <c>validate</c> read the same answers. Built once per bind (indexes by path
/// and id), then read-only.
/// </summary>
public sealed class CorpusQuery
{
    private readonly Dictionary<string, List<FileFact>> _byPath = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FileFact> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<ReferenceSite>> _referencesTo = new(StringComparer.Ordinal);
    private readonly ILookup<string, CitationMatch> _matchesOf;

    public CorpusQuery(BindResult result)
        : this(result.Located, result.Diagnostics)
    {
    }

    public CorpusQuery(LocatedCorpus located, IReadOnlyList<FactDiagnostic> diagnostics)
    {
        Located = located;
        Diagnostics = diagnostics;
        foreach (var file in located.Files)
        {
            var facts = new List<FileFact>(file.Facts);
            facts.Sort((a, b) => Start(a).CompareTo(Start(b)));
            _byPath[file.Path] = facts;
            foreach (var fact in facts)
            {
                // The first definition wins, as in the join (a later one is FG0012).
                if (!_byId.ContainsKey(fact.Id)) _byId.Add(fact.Id, fact);
                foreach (var site in SitesIn(fact)) Add(site);
            }
        }
        _matchesOf = located.Matches.ToLookup(m => m.FactId, StringComparer.Ordinal);
    }

    public LocatedCorpus Located { get; }

    /// <summary>Every diagnostic of the bind, in the order it reports them (by file, line, column).</summary>
    public IReadOnlyList<FactDiagnostic> Diagnostics { get; }

    /// <summary>The paths of the data files bound, in path order.</summary>
    public IEnumerable<string> Paths => Located.Files.Select(f => f.Path);

    /// <summary>The facts of a file in the order they are written; none for a file not bound.</summary>
    public IReadOnlyList<FileFact> FactsIn(string path) => _byPath.TryGetValue(path, out var facts) ? facts : [];

    /// <summary>The fact that defines the id (the first, when two do); null when none.</summary>
    public FileFact? Definition(string id) => _byId.TryGetValue(id, out var fact) ? fact : null;

    /// <summary>Where the id is defined (its <c>id:</c> value); null when no fact has it.</summary>
    public SourceSpan? DefinitionSpan(string id) => Definition(id)?.IdSpan;

    /// <summary>The fact written at a 1-based line and column (its mapping holds the position); null between facts.</summary>
    public FileFact? FactAt(string path, int line, int column) =>
        FactsIn(path).LastOrDefault(f => Holds(f.Span ?? f.IdSpan, line, column));

    /// <summary>The fact whose mapping holds the 0-based character offset; null between facts.</summary>
    public FileFact? FactAt(string path, int offset)
    {
        var facts = FactsIn(path);
        int low = 0, high = facts.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (Start(facts[middle]) <= offset) (found, low) = (middle, middle + 1);
            else high = middle - 1;
        }
        if (found < 0) return null;
        var span = facts[found].Span ?? facts[found].IdSpan;
        return offset < span.Offset + Math.Max(1, span.Length) ? facts[found] : null;
    }

    /// <summary>The innermost value at a position: a list item or a source's value before its whole entry; null outside values.</summary>
    public LocatedValue? ValueAt(string path, int line, int column)
    {
        var fact = FactAt(path, line, column);
        if (fact is null) return null;
        return fact.Values.Where(v => Holds(v.Span, line, column)).OrderBy(v => v.IsWholeEntry).FirstOrDefault();
    }

    /// <summary>Every place a fact names the id: reference values, citations' sources, per-source keys; file by file.</summary>
    public IReadOnlyList<ReferenceSite> ReferencesTo(string id) => _referencesTo.TryGetValue(id, out var sites) ? sites : [];

    /// <summary>The quotes of a fact found in their articles (only those found: a miss is an FG0018).</summary>
    public IEnumerable<CitationMatch> MatchesOf(string factId) => _matchesOf[factId];

    /// <summary>Every quote found in one source's article, for a page or an editor that shows the article.</summary>
    public IEnumerable<CitationMatch> MatchesIn(string sourceId) => Located.Matches.Where(m => m.SourceId == sourceId);

    /// <summary>The diagnostics about a fact (its values, its references, its quotes).</summary>
    public IEnumerable<FactDiagnostic> DiagnosticsOf(string factId) => Diagnostics.Where(d => d.FactId == factId);

    /// <summary>Every diagnostic located in a file, those about no fact included (a syntax error, a file's shape).</summary>
    public IEnumerable<FactDiagnostic> DiagnosticsIn(string path) => Diagnostics.Where(d => d.Span.Path == path);

    private void Add(ReferenceSite site)
    {
        if (!_referencesTo.TryGetValue(site.TargetId, out var sites)) _referencesTo[site.TargetId] = sites = new List<ReferenceSite>();
        sites.Add(site);
    }

    private static IEnumerable<ReferenceSite> SitesIn(FileFact fact)
    {
        foreach (var reference in fact.References)
        {
            yield return reference.IsCitation
                ? new ReferenceSite(fact, reference.Id, fact.FieldAt(reference.Span) ?? Schema.BuiltInFields.Citations, reference.Span, ReferenceRole.CitationSource)
                : new ReferenceSite(fact, reference.Id, reference.Field!.Name, reference.Span, ReferenceRole.Value);
        }
        foreach (var key in fact.SourceKeys) yield return new ReferenceSite(fact, key.SourceId, key.Field, key.Span, ReferenceRole.SourceKey);
    }

    private static int Start(FileFact fact) => (fact.Span ?? fact.IdSpan).Offset;

    private static bool Holds(SourceSpan span, int line, int column) =>
        (line > span.Line || line == span.Line && column >= span.Column) && (line < span.EndLine || line == span.EndLine && column < span.EndColumn);
}
