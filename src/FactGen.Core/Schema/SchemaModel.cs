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
public sealed record FieldSchema(
    string Name,
    FieldType Type,
    bool IsList,
    bool IsRequired,
    string? Description,
    string? TargetKind,
    EquatableArray<string> EnumValues,
    bool IsIndexed,
    string? Inverse)
{
    public string PropertyName => Naming.ToPascalCase(Name);
}

public sealed record KindSchema(string Name, string Plural, string? Description, bool IsSource, EquatableArray<FieldSchema> Fields)
{
    public FieldSchema? FindField(string name)
    {
        foreach (var field in Fields)
        {
            if (field.Name == name) return field;
        }
        return null;
    }
}

/// <summary>The loaded schema, or <see cref="IsValid"/> false with the reasons in the diagnostics.</summary>
public sealed record SchemaModel(EquatableArray<KindSchema> Kinds, EquatableArray<FactDiagnostic> Diagnostics, bool IsValid)
{
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
