using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>A citation with the places of its paragraph and quote, for the checks against the articles.</summary>
public sealed record LocatedCitation(CitationValue Citation, SourceSpan Paragraph, SourceSpan Quote);

/// <summary>A reference or a citation's source, waiting for every id in the corpus to be known.</summary>
/// <param name="SourceId">The source the value was given for, in a per-source field; null when it stands for every source.</param>
public sealed record PendingReference(FieldSchema? Field, string Id, SourceSpan Span, bool IsCitation, string? SourceId = null);

/// <summary>A key of a per-source value (<c>when: { source-id: ... }</c>), to check once every source is known.</summary>
public sealed record PendingSourceKey(string Field, string SourceId, SourceSpan Span);

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
    EquatableArray<FactDiagnostic> Diagnostics,
    EquatableArray<PendingSourceKey> SourceKeys = default,
    EquatableArray<LocatedAlias> AliasSpans = default);

/// <summary>An alias where it is written, for the alias checks; <paramref name="MetonymyOf"/> when it is declared the name of another fact used for this one.</summary>
public sealed record LocatedAlias(string Name, SourceSpan Span, string? MetonymyOf = null);

/// <summary>
/// One data file bound against the schema without the rest of the corpus: the generator caches one
/// per file, so an edit re-binds only its file and the corpus step just joins them.
/// </summary>
/// <param name="Diagnostics">The file's own problems: reading, then its shape (kind, facts list, ids).</param>
/// <param name="IsIncomplete">The file may hold facts that could not be bound at all (it could not be
/// read, or names no known kind, or has no list of facts): an id no other file defines may be one of
/// them, so references to unknown ids are not reported as errors while it is so (FG0039).</param>
/// <param name="Kind">The kind the file's <c>kind:</c> names, when the schema has it; null otherwise:
/// then an incomplete file may hold facts of any kind.</param>
public sealed record FileBinding(string Path, EquatableArray<FileFact> Facts, EquatableArray<FactDiagnostic> Diagnostics, bool IsIncomplete = false, string? Kind = null);
