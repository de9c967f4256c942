namespace FactGen.Core.Diagnostics;

/// <summary>
/// A place in a fact file, as plain data: 1-based line and column for people, a 0-based character
/// offset and length for Roslyn's <c>Location.Create</c>. Kept free of Roslyn types so that cached
/// generator values stay equatable.
/// </summary>
public sealed record SourceSpan(string Path, int Line, int Column, int EndLine, int EndColumn, int Offset, int Length)
{
    public static SourceSpan StartOf(string path) => new(path, 1, 1, 1, 1, 0, 0);

    public override string ToString() => $"{Path}({Line},{Column})";
}
