using System.Collections.Generic;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Schema;

public enum FieldType
{
    String,
    Text,
    Int,
    Decimal,
    Bool,
    Date,
    Url,
    Enum,
    Reference,
    Citation,
}

/// <summary>
/// A field of a kind, as the schema declares it. Holds no positions: a comment edit in the schema
/// must not change the model the emitter sees.
/// </summary>
/// <param name="Grounding">For a reference: how the grounding check backs its values with the cited text.</param>
public sealed record FieldSchema(
    string Name,
    FieldType Type,
    bool IsList,
    bool IsRequired,
    string? Description,
    string? TargetKind,
    EquatableArray<string> EnumValues,
    bool IsIndexed,
    string? Inverse,
    bool IsPerSource = false,
    bool TargetIsUnion = false,
    GroundingRule Grounding = GroundingRule.Name)
{
    public string PropertyName => Naming.ToPascalCase(Name);
}

/// <summary>
/// A union of kinds (<c>Party: [Country, Organization, Person]</c>): a reference field whose
/// <c>kind</c> names it may point at a fact of any member kind. It becomes an interface the
/// member records implement.
/// </summary>
public sealed record UnionSchema(string Name, string? Description, EquatableArray<string> Members)
{
    /// <summary>The kinds a reference target stands for among <paramref name="unions"/>: a union's members, or the kind itself.</summary>
    public static IReadOnlyList<string> KindsOf(IEnumerable<UnionSchema> unions, string target)
    {
        foreach (var union in unions)
        {
            if (union.Name == target) return union.Members;
        }
        return new[] { target };
    }
}

public sealed record KindSchema(string Name, string Plural, string? Description, bool IsSource, EquatableArray<FieldSchema> Fields)
{
    public FieldSchema? FindField(string name)
    {
        var index = IndexOfField(name);
        return index < 0 ? null : Fields[index];
    }

    /// <summary>The field's place in <see cref="Fields"/> (and in a fact's values), or -1.</summary>
    public int IndexOfField(string name)
    {
        for (var i = 0; i < Fields.Count; i++)
        {
            if (Fields[i].Name == name) return i;
        }
        return -1;
    }
}

/// <summary>The loaded schema, or <see cref="IsValid"/> false with the reasons in the diagnostics.</summary>
public sealed record SchemaModel(EquatableArray<KindSchema> Kinds, EquatableArray<FactDiagnostic> Diagnostics, bool IsValid, EquatableArray<UnionSchema> Unions = default)
{
    public UnionSchema? FindUnion(string name)
    {
        foreach (var union in Unions)
        {
            if (union.Name == name) return union;
        }
        return null;
    }

    /// <summary>The kinds a reference target stands for: the kind itself, or a union's members.</summary>
    public IReadOnlyList<string> KindsOf(string target) => UnionSchema.KindsOf(Unions, target);

    public KindSchema? FindKind(string name)
    {
        foreach (var kind in Kinds)
        {
            if (kind.Name == name) return kind;
        }
        return null;
    }

    public KindSchema? SourceKind
    {
        get
        {
            foreach (var kind in Kinds)
            {
                if (kind.IsSource) return kind;
            }
            return null;
        }
    }
}
