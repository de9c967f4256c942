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

/// <summary>A citation with the places of its paragraph and quote, for the checks against the articles.</summary>
public sealed record LocatedCitation(CitationValue Citation, SourceSpan Paragraph, SourceSpan Quote);

/// <summary>
/// One fact bound on its own: its values and citations (<see cref="Fact"/>), where it is, the
/// references still to resolve against the corpus, and the problems found in its values.
/// </summary>
/// <param name="Kind">The kind's name, as the file's <c>kind:</c> gives it.</param>
/// <param name="Member">The C# property the fact becomes (<c>wang-yi</c> is <c>WangYi</c>), for the name checks.</param>
/// <param name="HasCitationsEntry">Whether the fact wrote a non-empty <c>citations:</c> list (valid or not).</param>
/// <param name="FileSpan">Where a source's <c>file:</c> value is; null for other kinds or when absent.</param>
/// <param name="Diagnostics">Problems in the fact's values, reported only if the fact is kept
/// (not a duplicate id, not over the fact limit).</param>
public sealed record FileFact(
    string Kind,
    string Member,
    SourceSpan IdSpan,
    BoundFact Fact,
    EquatableArray<LocatedCitation> Citations,
    EquatableArray<LocatedCitation> FieldCitations,
    EquatableArray<PendingReference> References,
    bool HasCitationsEntry,
    SourceSpan? FileSpan,
    EquatableArray<FactDiagnostic> Diagnostics);

/// <summary>
/// One data file bound against the schema without the rest of the corpus: the generator caches one
/// per file, so an edit re-binds only its file and the corpus step just joins them.
/// </summary>
/// <param name="Diagnostics">The file's own problems: reading, then its shape (kind, facts list, ids).</param>
public sealed record FileBinding(string Path, EquatableArray<FileFact> Facts, EquatableArray<FactDiagnostic> Diagnostics);
