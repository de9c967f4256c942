using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>A checked field value. Positions are left behind in binding: the emitter never needs them.</summary>
public abstract record FactValue;

public sealed record StringValue(string Value) : FactValue;

public sealed record IntValue(int Value) : FactValue;

public sealed record DecimalValue(decimal Value) : FactValue;

public sealed record BoolValue(bool Value) : FactValue;

public sealed record DateValue(int Year, int? Month, int? Day) : FactValue;

public sealed record UrlValue(string Value) : FactValue;

public sealed record EnumValue(string Value) : FactValue;

/// <summary>The id of a fact of the field's target kind; binding has checked that it exists.</summary>
public sealed record ReferenceValue(string Id) : FactValue;

public sealed record CitationValue(string SourceId, int Paragraph, string Quote) : FactValue;

public sealed record ListValue(EquatableArray<FactValue> Items) : FactValue;

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
