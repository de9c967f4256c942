using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>A citation with the places of its paragraph and quote (and its source id), for the checks against the articles.</summary>
public sealed record LocatedCitation(CitationValue Citation, SourceSpan Paragraph, SourceSpan Quote, SourceSpan? Source = null);

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
/// (not a duplicate id, not over the fact limit); each says it is about this fact.</param>
/// <param name="Span">Where the whole fact (its mapping) is written.</param>
/// <param name="Values">Where each entry's value, list item and per-source value is written, in file order.</param>
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
    SourceSpan? Span = null,
    EquatableArray<LocatedValue> Values = default)
{
    public string Id => Fact.Id;

    /// <summary>The entry (as its key is written) whose key or value holds <paramref name="span"/>; null when none does.</summary>
    public string? FieldAt(SourceSpan span)
    {
        foreach (var value in Values)
        {
            if (!value.IsWholeEntry || value.Key.Path != span.Path) continue;
            var end = value.Value.Range.Offset + System.Math.Max(1, value.Value.Range.Length);
            if (span.Offset >= value.Key.Range.Offset && span.Offset < end) return value.Field;
        }
        return null;
    }
}

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
/// <param name="Declared">What an incomplete file may hold, as far as it can be read; null when
/// nothing can be (it may then define any id and cite any source).</param>
public sealed record FileBinding(string Path, EquatableArray<FileFact> Facts, EquatableArray<FactDiagnostic> Diagnostics, bool IsIncomplete = false, string? Kind = null,
    DeclaredIds? Declared = null);

/// <summary>
/// The ids an incomplete file declares (its <c>id:</c> entries) and the sources it cites (its
/// <c>source:</c> entries): a reference to an unknown id is held back only when it is one of these,
/// and a paragraph's coverage only for these sources.
/// </summary>
public sealed record DeclaredIds(EquatableArray<string> Ids, EquatableArray<string> Sources);
