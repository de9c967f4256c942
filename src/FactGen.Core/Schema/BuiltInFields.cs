using System.Collections.Generic;

namespace FactGen.Core.Schema;

/// <summary>
/// The entries every fact has whatever its kind: the schema may not declare them as fields, the
/// binder reads them itself, and the docs list them after a kind's own fields.
/// </summary>
public static class BuiltInFields
{
    public const string Id = "id";
    public const string Citations = "citations";
    public const string Basis = "basis";
    public const string Note = "note";

    /// <summary>Other names the sources use for the fact (Blinken, U.S., Beijing for China): the grounding check looks for them.</summary>
    public const string Aliases = "aliases";

    /// <summary>
    /// The fields whose values a curator inferred rather than read, when the rest of the fact is
    /// stated (<c>inferred: [organization]</c>); the note says how. <c>basis: inferred</c> says it
    /// of the whole fact.
    /// </summary>
    public const string Inferred = "inferred";

    public static readonly IReadOnlyList<string> Names = [Id, Citations, Basis, Note, Aliases, Inferred];

    /// <summary>The source kind's field that names its article's file (the schema requires it: FG0063).</summary>
    public const string File = "file";

    /// <summary>The field a fact is called by, when its kind has it: what grounding looks for in the articles, and what pages show.</summary>
    public const string Name = "name";

    /// <summary>Other fields a page may show a fact by, after <see cref="Name"/>, in this order.</summary>
    public const string Title = "title";

    public const string Headline = "headline";
}
