using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;

namespace FactGen.Core.Binding;

/// <summary>
/// Where one value of a fact is written: an entry's whole value (<see cref="Item"/> -1,
/// <see cref="SourceId"/> null), one item of a list (a citation, a list field's value), or one
/// source's value of a per-source field. Kept beside the fact in its <see cref="FileFact"/>, never in
/// the emitted <see cref="FactModel"/>, so moving a fact changes no generated code. It points into
/// the parsed tree the generator caches anyway, and makes a <see cref="SourceSpan"/> only when
/// asked: a corpus of 100,000 facts has about a million values, few of them ever located.
/// </summary>
/// <param name="Field">The entry's key as written: a schema field, a built-in (<c>citations</c>), or an unknown key.</param>
/// <param name="Key">The entry's key node.</param>
/// <param name="Value">The value's node (the item, the source's value).</param>
/// <param name="SourceId">The source a per-source value is given for; null otherwise.</param>
/// <param name="Item">The index of a list item; -1 for an entry's whole value or a source's value.</param>
public sealed record LocatedValue(string Field, YamlScalar Key, YamlNode Value, string? SourceId = null, int Item = -1)
{
    public bool IsWholeEntry => Item < 0 && SourceId is null;

    /// <summary>Where the entry's key is.</summary>
    public SourceSpan KeySpan => Key.Span;

    /// <summary>Where the value (the item, the source's value) is.</summary>
    public SourceSpan Span => Value.Span;
}

/// <summary>
/// A quote found in its article, exactly as the citation check found it: the paragraph and the
/// characters [<see cref="Start"/>, <see cref="Start"/> + <see cref="Length"/>) of the paragraph's
/// printed text (<see cref="SourceDocument.Printed"/>), so a page or an editor highlights what
/// <c>validate</c> matched.
/// </summary>
/// <param name="FactId">The fact whose citation it is.</param>
public sealed record CitationMatch(string FactId, LocatedCitation Citation, int Start, int Length)
{
    public string SourceId => Citation.Citation.SourceId;

    public int Paragraph => Citation.Citation.Paragraph;
}

/// <summary>How a fact names another: a reference value, a citation's source, or a key of a per-source value.</summary>
public enum ReferenceRole
{
    Value,
    CitationSource,
    SourceKey,
}

/// <summary>One place where a fact names an id (<see cref="CorpusQuery.ReferencesTo"/>).</summary>
/// <param name="From">The fact that names it.</param>
/// <param name="Field">The entry it is written in (<c>citations</c> for a citation's source).</param>
/// <param name="Span">Where the id is written.</param>
public sealed record ReferenceSite(FileFact From, string TargetId, string Field, SourceSpan Span, ReferenceRole Role);
