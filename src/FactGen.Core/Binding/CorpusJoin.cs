using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// Joins files bound one by one (<see cref="FileBinder"/>) into the model: what needs every file.
/// Unique ids and the fact limit here; member names in <see cref="MemberNameChecker"/>; references
/// in <see cref="ReferenceChecker"/>; per-source keys in <see cref="SourceKeyChecker"/>; citations
/// and quotes in <see cref="CitationChecker"/>; that references are in the cited words in
/// <see cref="GroundingChecker"/>. Reports
/// every problem it finds and still builds the model from what is valid, so one bad fact never hides
/// the others.
/// </summary>
internal sealed class CorpusJoin
{
    private readonly List<CorpusFact> _facts;
    private readonly Dictionary<string, CorpusFact> _byId;
    private readonly Dictionary<string, KindSchema> _kinds = new(StringComparer.Ordinal);
    private int _overLimit;
    private SourceSpan? _firstOverLimit;

    /// <param name="facts">How many facts the files hold, so the tables are made once at their size.</param>
    private CorpusJoin(SchemaModel schema, List<FactDiagnostic> diagnostics, ReadLimits limits, int facts, CancellationToken cancellation)
    {
        var capacity = Math.Min(facts, limits.MaxFacts);
        _facts = new List<CorpusFact>(capacity);
        _byId = new Dictionary<string, CorpusFact>(capacity, StringComparer.Ordinal);
        Schema = schema;
        Diagnostics = diagnostics;
        Limits = limits;
        Cancellation = cancellation;
        foreach (var kind in schema.Kinds) _kinds[kind.Name] = kind;
    }

    public SchemaModel Schema { get; }
    public List<FactDiagnostic> Diagnostics { get; }
    public ReadLimits Limits { get; }
    public CancellationToken Cancellation { get; }
    public IReadOnlyList<CorpusFact> Facts => _facts;

    /// <summary>Facts left out because another fact has their id (FG0012).</summary>
    public List<FileFact> Duplicates { get; } = new();

    /// <summary>Files whose facts could not all be bound (see <see cref="FileBinding.IsIncomplete"/>), in path order.</summary>
    public IReadOnlyList<string> IncompleteFiles => _incompleteFiles;

    private readonly List<string> _incompleteFiles = new();

    /// <summary>The kinds whose facts an incomplete file may hold; null when it may hold any kind.</summary>
    private HashSet<string>? _incompleteKinds = new(StringComparer.Ordinal);

    /// <summary>Whether facts of <paramref name="kind"/> may be missing from the corpus because a file could not be bound.</summary>
    public bool MayBeMissing(string kind) => _incompleteFiles.Count > 0 && (_incompleteKinds is null || _incompleteKinds.Contains(kind));

    private void AddIncomplete(string path, string? kind)
    {
        if (!_incompleteFiles.Contains(path)) _incompleteFiles.Add(path);
        if (kind is null) _incompleteKinds = null;
        else _incompleteKinds?.Add(kind);
    }

    /// <summary>References to ids no file defines, left unreported because a file is incomplete.</summary>
    public int UncheckedReferences { get; set; }

    /// <summary>Whether the check that every paragraph is cited was skipped because a file is incomplete.</summary>
    public bool CoverageSkipped { get; set; }
    public IReadOnlyDictionary<string, CorpusFact> ById => _byId;

    /// <param name="sources">The articles, to check quotes and coverage; null when none are given.</param>
    public static BindResult Join(SchemaModel schema, IEnumerable<FileBinding> files, IReadOnlyList<SourceDocument>? sources, ReadLimits limits, CancellationToken cancellation)
    {
        var diagnostics = new List<FactDiagnostic>();
        // '/' and '\' sort differently against digits: normalize, so Windows and Linux number facts alike.
        var ordered = files.OrderBy(f => f.Path.Replace('\\', '/'), StringComparer.Ordinal).ToList();
        foreach (var file in ordered) diagnostics.AddRange(file.Diagnostics);
        if (!schema.IsValid) return new BindResult(FactModel.Empty, diagnostics.ToEquatableArray());

        var join = new CorpusJoin(schema, diagnostics, limits, ordered.Sum(f => f.Facts.Count), cancellation);
        foreach (var file in ordered.Where(f => f.IsIncomplete)) join.AddIncomplete(file.Path, file.Kind);
        foreach (var file in ordered)
        {
            foreach (var fact in file.Facts) join.Collect(fact);
        }
        join.ReportLimits();
        MemberNameChecker.Check(join);
        join.ReportValues();
        ReferenceChecker.Check(join);
        SourceKeyChecker.Check(join);
        AliasChecker.Check(join);
        PerSourcePartyChecker.Check(join);
        var articles = sources is null ? null : new SourceFiles(join, sources);
        new CitationChecker(join, articles).Check();
        var grounding = articles is null ? null : new GroundingChecker(join, articles).Check();
        join.ReportUnchecked();
        return new BindResult(join.BuildModel(), diagnostics.ToEquatableArray(), grounding);
    }

    public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
        Diagnostics.Add(FactDiagnostic.Create(descriptor, span, args));

    /// <summary>Adds a fact of a file to the corpus: unless its id is taken, or the corpus is full.</summary>
    private void Collect(FileFact source)
    {
        Cancellation.ThrowIfCancellationRequested();
        if (!_kinds.TryGetValue(source.Kind, out var kind)) return;
        if (_facts.Count >= Limits.MaxFacts)
        {
            // Counted, not bound: reported once, with the corpus's real size, by ReportLimits. Facts
            // past the limit may be what other facts name: as for a file that could not be bound.
            _overLimit++;
            _firstOverLimit ??= source.IdSpan;
            AddIncomplete(source.IdSpan.Path, null);
            return;
        }

        var fact = new CorpusFact(kind, source);
        if (_byId.TryGetValue(fact.Id, out var first))
        {
            Report(DiagnosticCatalog.DuplicateId, fact.IdSpan, fact.Id, OtherPlace(first.IdSpan, fact.IdSpan));
            Report(DiagnosticCatalog.DuplicateId, first.IdSpan, fact.Id, OtherPlace(fact.IdSpan, first.IdSpan));
            Duplicates.Add(source);
            return;
        }
        _byId.Add(fact.Id, fact);
        _facts.Add(fact);
    }

    /// <summary>Where the other use is: its line in the same file, else its file as the tool was given it.</summary>
    private static string OtherPlace(SourceSpan other, SourceSpan here) =>
        other.Path == here.Path
            ? $"line {other.Line.ToString(CultureInfo.InvariantCulture)}, column {other.Column.ToString(CultureInfo.InvariantCulture)}"
            : other.ToString();

    private void ReportLimits()
    {
        if (_firstOverLimit is not null) Report(DiagnosticCatalog.TooManyFacts, _firstOverLimit, _facts.Count + _overLimit, Limits.MaxFacts);
    }

    /// <summary>
    /// One FG0039 for what an incomplete file kept from being checked, at the start of the first such
    /// file: its FG0001 (or FG0003, FG0004) is the error to fix, and a dozen "No Person has the id"
    /// errors for the facts it holds would bury it.
    /// </summary>
    private void ReportUnchecked()
    {
        if (IncompleteFiles.Count == 0 || (UncheckedReferences == 0 && !CoverageSkipped)) return;
        var file = IncompleteFiles[0];
        var files = IncompleteFiles.Count switch
        {
            1 => "This file",
            2 => "This file and 1 other",
            var n => $"This file and {(n - 1).ToString(CultureInfo.InvariantCulture)} others",
        };
        var what = new List<string>();
        if (UncheckedReferences > 0)
        {
            what.Add(UncheckedReferences == 1
                ? "1 reference to an id no other file defines"
                : $"{UncheckedReferences.ToString(CultureInfo.InvariantCulture)} references to ids no other file defines");
        }
        if (CoverageSkipped) what.Add("which paragraphs no fact cites");
        Report(DiagnosticCatalog.ChecksSkipped, SourceSpan.StartOf(file), files, string.Join(" and ", what));
    }

    /// <summary>The problems in the values of the facts kept (a duplicate's or one over the limit are not reported).</summary>
    private void ReportValues()
    {
        foreach (var fact in _facts) Diagnostics.AddRange(fact.Source.Diagnostics);
    }

    private FactModel BuildModel()
    {
        var byKind = _facts.Where(f => !f.Dropped).ToLookup(f => f.Kind.Name, StringComparer.Ordinal);
        var kinds = new List<BoundKind>();
        foreach (var kind in Schema.Kinds)
        {
            Cancellation.ThrowIfCancellationRequested();
            kinds.Add(new BoundKind(kind, byKind[kind.Name].Select(f => f.ToBound()).ToEquatableArray()));
        }
        return new FactModel(kinds.ToEquatableArray(), Schema.Unions);
    }
}
