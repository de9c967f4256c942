using System.Collections.Generic;
using System.Linq;
using FactGen.Core;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>What one part of a fact's data holds.</summary>
internal enum PartKind
{
    Id,
    Basis,
    Note,
    Aliases,
    InferredFields,
    /// <summary>A field's value (<see cref="FactPart.Field"/>).</summary>
    Field,
    Citations,
    /// <summary>What each source states for a per-source field (<see cref="FactPart.Field"/>).</summary>
    BySource,
}

/// <summary>
/// One part of a fact's data: what it holds, the property it sets, the constructor parameter that
/// carries it (verbatim for a field, so a keyword is fine) and its C# type.
/// </summary>
internal sealed record FactPart(PartKind Kind, string Property, string Parameter, string Type, FieldSchema? Field = null)
{
    /// <summary>How the data comment names the part: the parameter without its <c>@</c>.</summary>
    public string Description => Parameter.TrimStart('@');
}

/// <summary>
/// The one definition of a fact's data line (issue 25): its parts in the order
/// <see cref="ChunkEmitter"/> writes them (<see cref="DataWriter.Part"/>), <c>Make_X</c> and
/// <c>MakeLinks_X</c> read them (<see cref="DataReading.Part"/>), and the record's and its links
/// class's constructors take them (<see cref="RecordEmitter"/>). First what the record holds
/// (<see cref="Own"/>); then what it points at (<see cref="Links"/>), read on first use from where
/// the own parts end.
/// </summary>
internal sealed class FactLayout
{
    public FactLayout(KindSchema kind)
    {
        var list = TypeNames.ReadOnlyList;
        var own = new List<FactPart>
        {
            new(PartKind.Id, GeneratedNames.Id, "id", "string"),
            new(PartKind.Basis, GeneratedNames.Basis, "basis", GeneratedNames.FactBasis),
            new(PartKind.Note, GeneratedNames.Note, "note", "string?"),
            new(PartKind.Aliases, GeneratedNames.Aliases, "aliases", $"{list}<string>"),
            new(PartKind.InferredFields, GeneratedNames.InferredFields, "inferredFields", $"{list}<string>"),
        };
        own.AddRange(kind.Fields.Where(f => !TypeNames.IsLinked(f)).Select(f => FieldPart(kind, f)));
        var links = kind.Fields.Where(TypeNames.IsLinked).Select(f => FieldPart(kind, f)).ToList();
        links.Add(new(PartKind.Citations, GeneratedNames.Citations, "citations", $"{list}<{GeneratedNames.Citation}>"));
        links.AddRange(kind.Fields.Where(f => f.IsPerSource).Select(f =>
            new FactPart(PartKind.BySource, GeneratedNames.BySourceProperty(f), KindEmitter.Parameter(GeneratedNames.BySourceProperty(f)), TypeNames.BySource(kind, f), f)));
        Own = own;
        Links = links;
    }

    /// <summary>What the record holds, set by its constructor: the id, basis, note, aliases, inferred fields, then each field that points at no fact.</summary>
    public IReadOnlyList<FactPart> Own { get; }

    /// <summary>What the fact points at, held by its links class: each reference and citation field, its citations, then each per-source field's values by source.</summary>
    public IReadOnlyList<FactPart> Links { get; }

    private static FactPart FieldPart(KindSchema kind, FieldSchema field) =>
        new(PartKind.Field, field.PropertyName, KindEmitter.Parameter(field.Name), TypeNames.Property(kind, field), field);
}
