using System;
using System.Linq;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// A fact while the corpus is joined: its file binding, and, once the checks that need every id
/// have run, what they took away from it (<see cref="Without"/>: references that do not resolve,
/// values for sources it does not cite, the whole fact when its name clashes). Immutable: the checks
/// return what to take away, and the join makes the pruned fact once.
/// </summary>
internal sealed class CorpusFact
{
    private readonly bool _changed;

    public CorpusFact(KindSchema kind, FileFact source)
        : this(kind, source, source.Fact.Values, source.Fact.BySource, source.Citations, source.FieldCitations, dropped: false, changed: false)
    {
    }

    private CorpusFact(KindSchema kind, FileFact source, EquatableArray<FactValue?> values, EquatableArray<SourcedField> bySource,
        EquatableArray<LocatedCitation> citations, EquatableArray<LocatedCitation> fieldCitations, bool dropped, bool changed)
    {
        Kind = kind;
        Source = source;
        Values = values;
        BySource = bySource;
        Citations = citations;
        FieldCitations = fieldCitations;
        Dropped = dropped;
        _changed = changed;
    }

    public KindSchema Kind { get; }
    public FileFact Source { get; }
    public string Id => Source.Fact.Id;
    public SourceSpan IdSpan => Source.IdSpan;
    public bool IsInferred => Source.Fact.IsInferred;

    /// <summary>Whether the field's values are a curator's inference (the whole fact, or the field by name).</summary>
    public bool IsInferredField(string field) => Source.Fact.IsInferredField(field);
    public string? Note => Source.Fact.Note;
    public EquatableArray<FactValue?> Values { get; }
    public EquatableArray<SourcedField> BySource { get; }
    public EquatableArray<string> Aliases => Source.Fact.Aliases;
    public EquatableArray<LocatedCitation> Citations { get; }

    /// <summary>Citations held in fields of type citation: checked like <see cref="Citations"/>.</summary>
    public EquatableArray<LocatedCitation> FieldCitations { get; }

    /// <summary>Left out of the model: its member name clashes (FG0015, already reported).</summary>
    public bool Dropped { get; }

    /// <summary>
    /// The fact as the model will hold it: without the references and citations naming an id the
    /// checks excluded, without the values by source of sources they excluded, and marked dropped
    /// when they dropped it. The same instance when they excluded nothing of it.
    /// </summary>
    public CorpusFact Without(Exclusions exclusions)
    {
        // Dropped stays dropped: the required-value check prunes a corpus already pruned once.
        var dropped = Dropped || exclusions.IsDropped(this);
        if (!exclusions.Touches(this)) return dropped ? new CorpusFact(Kind, Source, Values, BySource, Citations, FieldCitations, dropped, _changed) : this;
        bool Invalid(FactValue? value) => value switch
        {
            ReferenceValue reference => exclusions.ExcludesId(this, reference.Id),
            CitationValue citation => exclusions.ExcludesId(this, citation.SourceId),
            _ => false,
        };
        var values = new FactValue?[Values.Count];
        for (var i = 0; i < values.Length; i++) values[i] = Pruned(Values[i], Invalid);
        var bySource = BySource
            .Select(field => field with
            {
                Entries = field.Entries
                    .Where(entry => !exclusions.ExcludesSource(this, entry.SourceId) && !exclusions.ExcludesId(this, entry.SourceId))
                    .SelectMany(entry => Pruned(entry.Value, Invalid) is { } value ? [entry with { Value = value }] : Array.Empty<SourcedEntry>())
                    .ToEquatableArray(),
            })
            .Where(field => field.Entries.Count > 0)
            .ToEquatableArray();
        // A value given per source shows its first remaining source's value, or none.
        foreach (var field in BySource.Where(f => f.IsExplicit)) values[field.FieldIndex] = null;
        foreach (var field in bySource.Where(f => f.IsExplicit)) values[field.FieldIndex] = field.Entries[0].Value;
        return new CorpusFact(Kind, Source, new EquatableArray<FactValue?>(values), bySource,
            Citations.Where(c => !Invalid(c.Citation)).ToEquatableArray(), FieldCitations.Where(c => !Invalid(c.Citation)).ToEquatableArray(), dropped, changed: true);
    }

    private static FactValue? Pruned(FactValue? value, Func<FactValue?, bool> invalid) => value switch
    {
        ListValue list => new ListValue(list.Items.Where(v => !invalid(v)).ToEquatableArray()),
        _ when invalid(value) => null,
        _ => value,
    };

    /// <summary>The fact for the model: the file's own unless references were taken out, so the
    /// model compares fast and the generator's cache holds one copy.</summary>
    public BoundFact ToBound() =>
        _changed ? new BoundFact(Id, Values, Citations.Select(c => c.Citation).ToEquatableArray(), IsInferred, Note, Aliases, BySource, Source.Fact.InferredFields) : Source.Fact;
}
