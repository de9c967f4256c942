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
/// The files bound one by one (<see cref="FileBinder"/>), joined: every fact by id (a second fact
/// with an id taken is FG0012, a fact past the limit FG0027), and which files are incomplete. Read
/// only once collected: the checks (<see cref="CorpusChecks"/>) read it and return their findings,
/// and <see cref="Without"/> makes the corpus the model is built from.
/// </summary>
internal sealed class CorpusJoin
{
    private readonly List<CorpusFact> _facts;
    private readonly Dictionary<string, CorpusFact> _byId;

    private CorpusJoin(SchemaModel schema, ReadLimits limits, CancellationToken cancellation, List<CorpusFact> facts, Dictionary<string, CorpusFact> byId,
        List<FileFact> duplicates, IncompleteFiles incomplete)
    {
        Schema = schema;
        Limits = limits;
        Cancellation = cancellation;
        _facts = facts;
        _byId = byId;
        Duplicates = duplicates;
        Incomplete = incomplete;
    }

    public SchemaModel Schema { get; }
    public ReadLimits Limits { get; }
    public CancellationToken Cancellation { get; }
    public IReadOnlyList<CorpusFact> Facts => _facts;
    public IReadOnlyDictionary<string, CorpusFact> ById => _byId;

    /// <summary>Facts left out because another fact has their id (FG0012).</summary>
    public IReadOnlyList<FileFact> Duplicates { get; }

    /// <summary>Files whose facts could not all be bound, and what they may hold.</summary>
    public IncompleteFiles Incomplete { get; }

    /// <summary>
    /// Joins the files, in path order: each kept fact's own problems, FG0012 for an id taken, and
    /// FG0027 once for the facts past the limit (which then count as an incomplete file: other facts
    /// may name them).
    /// </summary>
    public static (CorpusJoin Corpus, Findings Findings) Collect(SchemaModel schema, IReadOnlyList<FileBinding> files, ReadLimits limits, CancellationToken cancellation)
    {
        var capacity = Math.Min(files.Sum(f => f.Facts.Count), limits.MaxFacts);
        var facts = new List<CorpusFact>(capacity);
        var byId = new Dictionary<string, CorpusFact>(capacity, StringComparer.Ordinal);
        var kinds = schema.Kinds.ToDictionary(k => k.Name, StringComparer.Ordinal);
        var duplicates = new List<FileFact>();
        var incomplete = new IncompleteFiles();
        var findings = new Findings();
        foreach (var file in files.Where(f => f.IsIncomplete)) incomplete.Add(file);
        var overLimit = 0;
        SourceSpan? firstOverLimit = null;
        foreach (var source in files.SelectMany(f => f.Facts))
        {
            cancellation.ThrowIfCancellationRequested();
            if (!kinds.TryGetValue(source.Kind, out var kind)) continue;
            if (facts.Count >= limits.MaxFacts)
            {
                // Counted, not bound: reported once, with the corpus's real size. Facts past the
                // limit may be what other facts name: as for a file that could not be bound.
                overLimit++;
                firstOverLimit ??= source.IdSpan;
                incomplete.AddOverLimit(source, firstOverLimit);
                continue;
            }
            if (byId.TryGetValue(source.Id, out var first))
            {
                findings.Report(DiagnosticCatalog.DuplicateId, source.IdSpan, source.Id, OtherPlace(first.IdSpan, source.IdSpan));
                findings.Report(DiagnosticCatalog.DuplicateId, first.IdSpan, source.Id, OtherPlace(source.IdSpan, first.IdSpan));
                duplicates.Add(source);
                continue;
            }
            var fact = new CorpusFact(kind, source);
            byId.Add(fact.Id, fact);
            facts.Add(fact);
        }
        if (firstOverLimit is not null) findings.Report(DiagnosticCatalog.TooManyFacts, firstOverLimit, facts.Count + overLimit, limits.MaxFacts);
        // The problems in the values of the facts kept (a duplicate's or one over the limit are not reported).
        foreach (var fact in facts) findings.Diagnostics.AddRange(fact.Source.Diagnostics);
        return (new CorpusJoin(schema, limits, cancellation, facts, byId, duplicates, incomplete), findings);
    }

    /// <summary>The corpus with what the checks excluded taken out (a dropped fact stays, marked, for the checks that still read it).</summary>
    public CorpusJoin Without(Exclusions exclusions)
    {
        var facts = new List<CorpusFact>(_facts.Count);
        var byId = new Dictionary<string, CorpusFact>(_facts.Count, StringComparer.Ordinal);
        foreach (var fact in _facts)
        {
            var pruned = fact.Without(exclusions);
            facts.Add(pruned);
            byId.Add(pruned.Id, pruned);
        }
        return new CorpusJoin(Schema, Limits, Cancellation, facts, byId, (List<FileFact>)Duplicates, Incomplete);
    }

    /// <summary>Where the other use is: its line in the same file, else its file as the tool was given it.</summary>
    private static string OtherPlace(SourceSpan other, SourceSpan here) =>
        other.Path == here.Path
            ? $"line {other.Line.ToString(CultureInfo.InvariantCulture)}, column {other.Column.ToString(CultureInfo.InvariantCulture)}"
            : other.ToString();

    /// <summary>The model: every fact not dropped, by kind in schema order, in file order within a kind.</summary>
    public FactModel BuildModel()
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
