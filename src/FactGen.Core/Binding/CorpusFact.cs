using System;
using System.Linq;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// A fact while the corpus is joined: its file binding, and what the corpus checks take away from
/// it (references that do not resolve, a name that clashes).
/// </summary>
internal sealed class CorpusFact
{
    private bool _changed;

    public CorpusFact(KindSchema kind, FileFact source)
    {
        Kind = kind;
        Source = source;
        Values = source.Fact.Values;
        BySource = source.Fact.BySource;
        Citations = source.Citations;
        FieldCitations = source.FieldCitations;
    }

    public KindSchema Kind { get; }
    public FileFact Source { get; }
    public string Id => Source.Fact.Id;
    public SourceSpan IdSpan => Source.IdSpan;
    public bool IsInferred => Source.Fact.IsInferred;

    /// <summary>Whether the field's values are a curator's inference (the whole fact, or the field by name).</summary>
    public bool IsInferredField(string field) => Source.Fact.IsInferredField(field);
    public string? Note => Source.Fact.Note;
    public EquatableArray<FactValue?> Values { get; private set; }
    public EquatableArray<SourcedField> BySource { get; private set; }
    public EquatableArray<string> Aliases => Source.Fact.Aliases;
    public EquatableArray<LocatedCitation> Citations { get; private set; }

    /// <summary>Citations held in fields of type citation: checked like <see cref="Citations"/>.</summary>
    public EquatableArray<LocatedCitation> FieldCitations { get; private set; }

    /// <summary>Left out of the model: its member name clashes (FG0015, already reported).</summary>
    public bool Dropped { get; set; }

    /// <summary>
    /// Takes out references and citations that do not resolve (<paramref name="invalid"/>), and the
    /// values by source of sources that are not in the model (<paramref name="invalidSource"/>).
    /// </summary>
    public void Remove(Func<FactValue?, bool> invalid, Func<string, bool> invalidSource)
    {
        var values = new FactValue?[Values.Count];
        for (var i = 0; i < values.Length; i++) values[i] = Without(Values[i], invalid);
        var before = BySource;
        BySource = BySource
            .Select(field => field with
            {
                Entries = field.Entries
                    .Where(entry => !invalidSource(entry.SourceId))
                    .SelectMany(entry => Without(entry.Value, invalid) is { } value ? [entry with { Value = value }] : Array.Empty<SourcedEntry>())
                    .ToEquatableArray(),
            })
            .Where(field => field.Entries.Count > 0)
            .ToEquatableArray();
        // A value given per source shows its first remaining source's value, or none.
        foreach (var field in before.Where(f => f.IsExplicit)) values[field.FieldIndex] = null;
        foreach (var field in BySource.Where(f => f.IsExplicit)) values[field.FieldIndex] = field.Entries[0].Value;
        Values = new EquatableArray<FactValue?>(values);
        Citations = Citations.Where(c => !invalid(c.Citation)).ToEquatableArray();
        FieldCitations = FieldCitations.Where(c => !invalid(c.Citation)).ToEquatableArray();
        _changed = true;
    }

    private static FactValue? Without(FactValue? value, Func<FactValue?, bool> invalid) => value switch
    {
        ListValue list => new ListValue(list.Items.Where(v => !invalid(v)).ToEquatableArray()),
        _ when invalid(value) => null,
        _ => value,
    };

    /// <summary>The fact for the model: the file's own unless references were taken out, so the
    /// model compares fast and the generator's cache holds one copy.</summary>
    public BoundFact ToBound() =>
        _changed ? new BoundFact(Id, Values, Citations.Select(c => c.Citation).ToEquatableArray(), IsInferred, Note, Aliases, BySource, Source.Fact.InferredFields, Source.Fact.Metonymies) : Source.Fact;
}
