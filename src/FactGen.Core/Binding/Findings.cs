using System.Collections.Generic;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// What one check across files found: its diagnostics, the values it takes out of the model, what
/// it held back because a file could not be bound (FG0039), and the quotes it found. Each checker
/// returns its own; <see cref="CorpusChecks"/> composes them, so no check depends on another having
/// run first, or on flags another one set.
/// </summary>
internal sealed class Findings
{
    public List<FactDiagnostic> Diagnostics { get; } = new();

    public Exclusions Exclusions { get; } = new();

    public HeldBack HeldBack { get; } = new();

    /// <summary>Each quote found in its article (the citation check's), in fact order.</summary>
    public List<CitationMatch> Matches { get; } = new();

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
        Diagnostics.Add(FactDiagnostic.Create(descriptor, span, args));

    /// <summary>Adds another check's findings after these.</summary>
    public void Add(Findings other)
    {
        Diagnostics.AddRange(other.Diagnostics);
        Exclusions.Add(other.Exclusions);
        HeldBack.Add(other.HeldBack);
        Matches.AddRange(other.Matches);
    }
}

/// <summary>
/// What the checks take out of the model so it still compiles: facts whose name clashes (FG0015),
/// references and citations naming an id that is not there (or not of the kind), values given for a
/// source that is not one the fact cites. Applied once, by <see cref="CorpusFact.Without"/>.
/// </summary>
internal sealed class Exclusions
{
    private readonly HashSet<CorpusFact> _dropped = new();
    private readonly HashSet<(CorpusFact Fact, string Id)> _ids = new();
    private readonly HashSet<(CorpusFact Fact, string SourceId)> _sources = new();
    private readonly HashSet<CorpusFact> _touched = new();

    public void Drop(CorpusFact fact) => _dropped.Add(fact);

    /// <summary>Takes out of the fact every reference and citation that names <paramref name="id"/>.</summary>
    public void ExcludeId(CorpusFact fact, string id)
    {
        _ids.Add((fact, id));
        _touched.Add(fact);
    }

    /// <summary>Takes out of the fact every value it gives for the source <paramref name="sourceId"/>.</summary>
    public void ExcludeSource(CorpusFact fact, string sourceId)
    {
        _sources.Add((fact, sourceId));
        _touched.Add(fact);
    }

    public bool IsDropped(CorpusFact fact) => _dropped.Contains(fact);

    /// <summary>Whether any of the fact's values is taken out.</summary>
    public bool Touches(CorpusFact fact) => _touched.Contains(fact);

    public bool ExcludesId(CorpusFact fact, string id) => _ids.Contains((fact, id));

    public bool ExcludesSource(CorpusFact fact, string sourceId) => _sources.Contains((fact, sourceId));

    public void Add(Exclusions other)
    {
        _dropped.UnionWith(other._dropped);
        _ids.UnionWith(other._ids);
        _sources.UnionWith(other._sources);
        _touched.UnionWith(other._touched);
    }
}

/// <summary>
/// What a check did not report because a file that could not be bound may hold the answer:
/// references to ids that file may define, and the paragraphs of articles it may cite. Kept by file,
/// so FG0039 says exactly what each such file held back.
/// </summary>
internal sealed class HeldBack
{
    private readonly Dictionary<string, List<string>> _references = new(System.StringComparer.Ordinal);
    private readonly Dictionary<string, List<string>> _coverage = new(System.StringComparer.Ordinal);

    /// <summary>A reference to <paramref name="id"/> left unreported: the file at <paramref name="path"/> may define it.</summary>
    public void Reference(string path, string id) => Get(_references, path).Add(id);

    /// <summary>The coverage of <paramref name="sourceId"/>'s article left unchecked: the file at <paramref name="path"/> may cite it.</summary>
    public void Coverage(string path, string sourceId) => Get(_coverage, path).Add(sourceId);

    /// <summary>The ids of the references held back for the file, one per reference, in the order found.</summary>
    public IReadOnlyList<string> ReferencesFor(string path) => _references.TryGetValue(path, out var ids) ? ids : [];

    /// <summary>The sources whose coverage the file held back.</summary>
    public IReadOnlyList<string> CoverageFor(string path) => _coverage.TryGetValue(path, out var ids) ? ids : [];

    public void Add(HeldBack other)
    {
        foreach (var pair in other._references) Get(_references, pair.Key).AddRange(pair.Value);
        foreach (var pair in other._coverage) Get(_coverage, pair.Key).AddRange(pair.Value);
    }

    private static List<string> Get(Dictionary<string, List<string>> map, string path)
    {
        if (!map.TryGetValue(path, out var list)) map[path] = list = new List<string>();
        return list;
    }
}
