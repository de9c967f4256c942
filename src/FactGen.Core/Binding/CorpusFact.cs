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
        Citations = source.Citations;
        FieldCitations = source.FieldCitations;
    }

    public KindSchema Kind { get; }
    public FileFact Source { get; }
    public string Id => Source.Fact.Id;
    public SourceSpan IdSpan => Source.IdSpan;
    public bool IsInferred => Source.Fact.IsInferred;
    public string? Note => Source.Fact.Note;
    public EquatableArray<FactValue?> Values { get; private set; }
    public EquatableArray<LocatedCitation> Citations { get; private set; }

    /// <summary>Citations held in fields of type citation: checked like <see cref="Citations"/>.</summary>
    public EquatableArray<LocatedCitation> FieldCitations { get; private set; }

    /// <summary>Left out of the model: its member name clashes (FG0015, already reported).</summary>
    public bool Dropped { get; set; }

    /// <summary>Takes out references and citations that do not resolve.</summary>
    public void Remove(Func<FactValue?, bool> invalid)
    {
        var values = new FactValue?[Values.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Values[i] switch
            {
                ListValue list => new ListValue(list.Items.Where(v => !invalid(v)).ToEquatableArray()),
                var value when invalid(value) => null,
                var value => value,
            };
        }
        Values = new EquatableArray<FactValue?>(values);
        Citations = Citations.Where(c => !invalid(c.Citation)).ToEquatableArray();
        FieldCitations = FieldCitations.Where(c => !invalid(c.Citation)).ToEquatableArray();
        _changed = true;
    }

    /// <summary>The fact for the model: the file's own unless references were taken out, so the
    /// model compares fast and the generator's cache holds one copy.</summary>
    public BoundFact ToBound() =>
        _changed ? new BoundFact(Id, Values, Citations.Select(c => c.Citation).ToEquatableArray(), IsInferred, Note) : Source.Fact;
}
