using System.Collections.Generic;

namespace FactGen.Briefing.Document;

/// <summary>A piece of a paragraph: words, a footnote number, or the mark of an inferred fact with its note.</summary>
internal abstract record Inline;

internal sealed record Words(string Text) : Inline;

/// <summary>A reference to footnote <see cref="Number"/>.</summary>
internal sealed record NoteRef(int Number) : Inline;

/// <summary>The fact just before is a curator's inference; <see cref="Note"/> says why.</summary>
internal sealed record InferredMark(string Note) : Inline;

internal abstract record Block;

internal sealed record Title(string Text) : Block;

internal sealed record Heading(string Text) : Block;

internal sealed record Subheading(string Text) : Block;

/// <summary>A paragraph, or a list item when <see cref="IsItem"/>; <see cref="Label"/> leads it in bold (US position:).</summary>
internal sealed record Paragraph(IReadOnlyList<Inline> Content, string? Label = null, bool IsItem = false) : Block;

/// <summary>An article the briefing cites: its number, as every footnote names it.</summary>
internal sealed record ArticleEntry(int Number, string Headline, string? Dateline, string File);

/// <summary>
/// One quoted passage: the article, the paragraph, the article's words. The same passage cited by
/// several facts is one footnote, numbered where the briefing first cites it.
/// </summary>
internal sealed record Footnote(int Number, int Article, int Paragraph, string Quote);

/// <summary>
/// The briefing as data, before any format: the text, markdown and HTML renderers all read this,
/// so the three formats cannot say different things.
/// </summary>
internal sealed record BriefingDocument(IReadOnlyList<ArticleEntry> Articles, IReadOnlyList<Block> Blocks, IReadOnlyList<Footnote> Footnotes);
