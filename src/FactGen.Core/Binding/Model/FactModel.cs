using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>A fact: its id, one value per schema field (null when absent), citations and basis.</summary>
public sealed record BoundFact(string Id, EquatableArray<FactValue?> Values, EquatableArray<CitationValue> Citations, bool IsInferred, string? Note);

public sealed record BoundKind(KindSchema Schema, EquatableArray<BoundFact> Facts);

/// <summary>
/// The checked corpus: what the emitter turns into C#. Equatable and position-free, so an edit that
/// changes no fact (a comment, a blank line) leaves it equal and the generator re-emits nothing.
/// </summary>
public sealed record FactModel(EquatableArray<BoundKind> Kinds)
{
    public static readonly FactModel Empty = new(EquatableArray<BoundKind>.Empty);
}

public sealed record BindResult(FactModel Model, EquatableArray<FactDiagnostic> Diagnostics);
