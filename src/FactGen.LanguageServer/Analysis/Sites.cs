using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using FactGen.Core.Schema;

namespace FactGen.LanguageServer.Analysis;

/// <summary>A fact as written: its id, where its mapping is, and what binding made of it with its places (Core's located model).</summary>
internal sealed record FactSite(string Id, KindSchema Kind, SourceSpan IdSpan, SourceSpan Body, FileFact Bound);

internal enum ReferenceRole
{
    /// <summary>The value of a reference field.</summary>
    Field,

    /// <summary>A citation's <c>source:</c>.</summary>
    CitationSource,

    /// <summary>A key of a per-source value (<c>when: { source-id: ... }</c>).</summary>
    SourceKey,
}

/// <summary>A place that names a fact by its id.</summary>
internal sealed record ReferenceSite(string Id, SourceSpan Span, FactSite Owner, FieldSchema? Field, ReferenceRole Role);

/// <summary>A citation (in <c>citations:</c> or a field of type citation) and the places of its three parts.</summary>
internal sealed record CitationSite(FactSite Owner, SourceSpan Item, string? SourceId, int? Paragraph, string? Quote,
    SourceSpan? SourceSpan, SourceSpan? ParagraphSpan, SourceSpan? QuoteSpan);

/// <summary>A field's key in a fact (<c>country:</c>).</summary>
internal sealed record FieldKeySite(FactSite Owner, string Name, SourceSpan Key);

/// <summary>The <c>kind:</c> value at the top of a file.</summary>
internal sealed record KindSite(string Name, SourceSpan Span);
