using System.Linq;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// A fact: its id, one value per schema field (null when absent), citations and basis, the other
/// names its sources use (<paramref name="Aliases"/>), and what each source states for its
/// per-source fields (<paramref name="BySource"/>).
/// </summary>
/// <param name="Values">For a per-source field, the value all sources state alike, or the first source's.</param>
/// <param name="BySource">One entry per per-source field that has a value, in field order.</param>
/// <param name="InferredFields">The fields (schema names) whose values a curator inferred, in a fact otherwise stated.</param>
/// <param name="Metonymies">Aliases declared to be another fact's name used for this one (Beijing, the city, for China's government).</param>
public sealed record BoundFact(string Id, EquatableArray<FactValue?> Values, EquatableArray<CitationValue> Citations, bool IsInferred, string? Note,
    EquatableArray<string> Aliases = default, EquatableArray<SourcedField> BySource = default, EquatableArray<string> InferredFields = default,
    EquatableArray<Metonymy> Metonymies = default)
{
    /// <summary>Whether a curator inferred the field's values: the whole fact is inferred, or the field is listed in <c>inferred:</c>.</summary>
    public bool IsInferredField(string field) => IsInferred || InferredFields.Contains(field);

    /// <summary>The values by source of the field at <paramref name="fieldIndex"/>, or null when it has none.</summary>
    public SourcedField? SourcedAt(int fieldIndex)
    {
        foreach (var sourced in BySource)
        {
            if (sourced.FieldIndex == fieldIndex) return sourced;
        }
        return null;
    }
}

/// <summary>
/// What each source states for one per-source field of a fact.
/// </summary>
/// <param name="FieldIndex">The field's index in its kind's schema (and in a fact's values).</param>
/// <param name="IsExplicit">The fact file gave a value per source; false when it gave one value,
/// which then stands for every source the fact cites.</param>
public sealed record SourcedField(int FieldIndex, bool IsExplicit, EquatableArray<SourcedEntry> Entries);

/// <summary>The value one source states (a list for a list field).</summary>
public sealed record SourcedEntry(string SourceId, FactValue Value);

/// <summary>
/// How many reference values the grounding check looked at and what it found: grounded (named in,
/// or sharing, a paragraph the fact cites), not grounded (FG0040, FG0072), or not grounded but declared
/// inferred (the field in the fact's <c>inferred:</c>, or the fact <c>basis: inferred</c>): values a
/// curator concluded rather than read. A value given once for a per-source field counts once per
/// source, since it claims each source states it.
/// </summary>
/// <param name="ByName">Of the grounded, those a cited paragraph names.</param>
/// <param name="BySharedCitation">Of the grounded, those tied by a paragraph both facts cite.</param>
/// <param name="NotChecked">Values of fields declared <c>grounding: none</c>: not in <paramref name="Checked"/>.</param>
/// <param name="Values">What was found for each value, in corpus order: which rule grounded it, and where.</param>
public sealed record GroundingSummary(int Checked, int Grounded, int Ungrounded, int Inferred,
    int ByName = 0, int BySharedCitation = 0, int NotChecked = 0, EquatableArray<GroundingVerdict> Values = default);

public sealed record BoundKind(KindSchema Schema, EquatableArray<BoundFact> Facts);

/// <summary>
/// The checked corpus: what the emitter turns into C#. Equatable and position-free, so an edit that
/// changes no fact (a comment, a blank line) leaves it equal and the generator re-emits nothing.
/// </summary>
public sealed record FactModel(EquatableArray<BoundKind> Kinds, EquatableArray<UnionSchema> Unions = default)
{
    public static readonly FactModel Empty = new(EquatableArray<BoundKind>.Empty);
}

/// <param name="Grounding">What the grounding check found; null when no sources were given.</param>
public sealed record BindResult(FactModel Model, EquatableArray<FactDiagnostic> Diagnostics, GroundingSummary? Grounding = null)
{
    /// <summary>The facts with their places, and where each quote was found: what <see cref="CorpusQuery"/> answers from.
    /// The generator emits from <see cref="Model"/> alone, which holds no place.</summary>
    public LocatedCorpus Located { get; init; } = LocatedCorpus.Empty;
}
