using FactGen.Core.Collections;

namespace FactGen.Core.Binding;

/// <summary>
/// The corpus with its places: every bound file (its facts with the spans of their ids, values,
/// references and citations: <see cref="FileFact"/>) and where each quote was found in its article.
/// Equatable, and it shares the very <see cref="FileBinding"/>s the generator caches per file. Ask
/// it questions through <see cref="CorpusQuery"/>.
/// </summary>
/// <param name="Files">The data files as bound, in path order.</param>
/// <param name="Matches">Each quote found in its paragraph, in fact order; none when no articles were given.</param>
public sealed record LocatedCorpus(EquatableArray<FileBinding> Files, EquatableArray<CitationMatch> Matches)
{
    public static readonly LocatedCorpus Empty = new(EquatableArray<FileBinding>.Empty, EquatableArray<CitationMatch>.Empty);
}
