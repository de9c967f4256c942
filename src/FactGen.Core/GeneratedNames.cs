using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Schema;

namespace FactGen.Core;

/// <summary>
/// Every C# name and hint name FactGen generates from a schema, in one table. The schema and
/// binding checks ask it what a kind will produce, and the emitter writes exactly these names: if
/// one changed in one place only, a check would pass a schema whose model does not compile
/// (issue 13). Kind and plural names are PascalCase letters and digits, so the names made here can
/// collide only in the ways <see cref="SchemaLoader"/> checks.
/// </summary>
public static partial class GeneratedNames
{
    // The support types every model has beside its kinds.
    public const string FactInterface = "IFact";
    public const string Citation = "Citation";
    public const string FactBasis = "FactBasis";
    public const string FactDate = "FactDate";
    public const string DatePrecision = "DatePrecision";
    /// <summary>
    /// The cross-kind class: every fact of every kind, by id. Not <c>Facts</c>, its first name: the
    /// namespace the docs suggest (<c>My.Facts</c>) and the shipped model's (<c>FactGen.Facts</c>)
    /// then held a type of its own name, <c>FactGen.Facts.Facts</c>, against the .NET design
    /// guidelines (issue 25). Renaming the class fixes every model; renaming a namespace, one.
    /// </summary>
    public const string FactCatalog = "FactCatalog";
    public const string FactData = "FactData";
    public const string Sourced = "Sourced";
    public const string SourcedValue = "SourcedValue";
    public const string FactJsonContext = "FactJsonContext";

    /// <summary>The JSON context's property for a list of facts of any kind: <c>FactJsonContext.Default.Facts</c>.</summary>
    public const string JsonFactList = "Facts";

    public static readonly IReadOnlyList<string> SupportTypes = [FactInterface, Citation, FactBasis, FactDate, DatePrecision, FactCatalog, FactData, Sourced, SourcedValue, FactJsonContext];

    // Hint names: what Roslyn shows for each generated file, unique without regard to case (CS8785
    // otherwise). A kind's file is FactGen.{Kind}.g.cs; the shared files have a second dot, which no
    // kind name has, so a kind named Support or FactData cannot take their names. Constant code has
    // its own files, so a change to it changes one file, not one per kind.
    public const string SupportHint = "FactGen.Shared.Support.g.cs";
    public const string DataHint = "FactGen.Shared.FactData.g.cs";
    public const string DataReaderHint = "FactGen.Shared.DataReader.g.cs";
    public const string UnionsHint = "FactGen.Shared.Unions.g.cs";
    public const string JsonHint = "FactGen.Shared.Json.g.cs";

    /// <summary>
    /// A kind's file: <c>FactGen.Person.g.cs</c>. Kinds whose names differ only in case (Abc, ABC)
    /// are distinct C# types, but hint names are compared without case: each later one gets its
    /// place among them, <c>FactGen.ABC.2.g.cs</c>.
    /// </summary>
    public static string KindHint(KindSchema kind, IEnumerable<KindSchema> allKinds)
    {
        var same = 0;
        foreach (var other in allKinds)
        {
            if (ReferenceEquals(other, kind) || other.Name == kind.Name) break;
            if (string.Equals(other.Name, kind.Name, System.StringComparison.OrdinalIgnoreCase)) same++;
        }
        return same == 0 ? "FactGen." + kind.Name + ".g.cs" : "FactGen." + kind.Name + "." + (same + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + ".g.cs";
    }

    /// <summary>
    /// A file of a kind's besides its own: <c>FactGen.Person.Ids.g.cs</c>, <c>FactGen.Person.Facts.0.g.cs</c>.
    /// The kind's hint with the part before <c>.g.cs</c>: as unique as the kind's, and a kind named like
    /// a part (Ids) still has a file of its own, <c>FactGen.Ids.g.cs</c>.
    /// </summary>
    public static string KindPartHint(KindSchema kind, IEnumerable<KindSchema> allKinds, string part) =>
        KindHint(kind, allKinds).Substring(0, KindHint(kind, allKinds).Length - ".g.cs".Length) + "." + part + ".g.cs";

    /// <summary>A kind's id table's file: <c>FactGen.Person.Ids.g.cs</c>.</summary>
    public static string IdsHint(KindSchema kind, IEnumerable<KindSchema> allKinds) => KindPartHint(kind, allKinds, "Ids");

    /// <summary>A kind's group tables' file: <c>FactGen.Person.Groups.g.cs</c>.</summary>
    public static string GroupsHint(KindSchema kind, IEnumerable<KindSchema> allKinds) => KindPartHint(kind, allKinds, "Groups");

    /// <summary>A chunk of a kind's facts' file: <c>FactGen.Person.Facts.0.g.cs</c>.</summary>
    public static string ChunkHint(KindSchema kind, IEnumerable<KindSchema> allKinds, int chunk) =>
        KindPartHint(kind, allKinds, "Facts." + chunk.ToString(System.Globalization.CultureInfo.InvariantCulture));

    // The members of every record and of every kind's static class.
    public const string Id = "Id";
    public const string Citations = "Citations";
    public const string Basis = "Basis";
    public const string Note = "Note";
    public const string IsInferred = "IsInferred";
    public const string Aliases = "Aliases";
    public const string BySource = "BySource";
    public const string InferredFields = "InferredFields";
    public const string All = "All";
    public const string Get = "Get";
    public const string TryGet = "TryGet";

    /// <summary>
    /// Members every generated record has, declares or inherits (the compiler's record members
    /// among them), so no field, inverse or kind may take these names. <c>Kind</c> is reserved for a
    /// member that says a fact's kind.
    /// </summary>
    public static readonly IReadOnlyList<string> RecordMembers =
    [
        Id, Citations, Basis, Note, IsInferred, Aliases, BySource, InferredFields, "Kind", "EqualityContract", "ToString", "Equals", "GetHashCode",
        "GetType", "Deconstruct", "PrintMembers", "MemberwiseClone", "Finalize",
        // Where a record keeps its place and its links; no field's property (PascalCase, no
        // underscores) can take these, listed so the table names every member.
        FactDataMembers.FactSlot, FactDataMembers.LinksAt, FactDataMembers.FactLinks,
    ];

    /// <summary>
    /// Members a kind's static class has or inherits, and <see cref="FactData"/>, which its
    /// properties name: a fact property with one of these names would hide it (CS0108) or shadow
    /// it. <c>Count</c> is kept free for a count of facts.
    /// </summary>
    public static readonly IReadOnlyList<string> StaticClassMembers =
        [All, Get, TryGet, "Count", "Equals", "ReferenceEquals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", FactData];

    /// <summary>The record a kind becomes: <c>Person</c>.</summary>
    public static string Record(KindSchema kind) => Record(kind.Name);

    /// <summary>The record a kind becomes, by the kind's name (a reference field's target).</summary>
    public static string Record(string kindName) => kindName;

    /// <summary>The values by source of a per-source field: <c>WhenBySource</c>.</summary>
    public static string BySourceProperty(FieldSchema field) => field.PropertyName + BySource;

    /// <summary>The interface a union of kinds becomes, which its member records implement: <c>IParty</c>.</summary>
    public static string UnionInterface(UnionSchema union) => UnionInterface(union.Name);

    /// <summary>The interface a union becomes, by the union's name (a reference field's target).</summary>
    public static string UnionInterface(string unionName) => "I" + unionName;

    /// <summary>The static class of a kind's facts: <c>People</c>.</summary>
    public static string FactsClass(KindSchema kind) => kind.Plural;

    /// <summary>The class of a kind's id constants: <c>PersonIds</c>.</summary>
    public static string IdsClass(KindSchema kind) => kind.Name + "Ids";

    /// <summary>The enum an enum field becomes: <c>EventStatus</c>.</summary>
    public static string EnumType(KindSchema kind, FieldSchema field) => kind.Name + field.PropertyName;

    /// <summary>The lookup an indexed field gets on its kind's static class: <c>BySpeaker</c>.</summary>
    public static string Lookup(FieldSchema field) => "By" + field.PropertyName;

    /// <summary>The property (on the static class) and constant (on the ids class) a fact becomes: <c>wang-yi</c> is <c>WangYi</c>.</summary>
    public static string FactMember(string id) => Naming.ToPascalCase(id);

    /// <summary>The enum member an enum value becomes: <c>in-progress</c> is <c>InProgress</c>.</summary>
    public static string EnumMember(string value) => Naming.ToPascalCase(value);

    /// <summary>The types a kind adds to the namespace, in the order its file declares them.</summary>
    public static IEnumerable<string> TypesOf(KindSchema kind) =>
        new[] { Record(kind), FactsClass(kind), IdsClass(kind) }
            .Concat(kind.Fields.Where(f => f.Type == FieldType.Enum).Select(f => EnumType(kind, f)));

    /// <summary>The members a kind's static class declares besides its facts: a plural equal to one would name a member like its class (CS0542).</summary>
    public static IEnumerable<string> DeclaredFactsClassMembers(KindSchema kind) =>
        new[] { All, Get, TryGet }.Concat(kind.Fields.Where(f => f.IsIndexed).Select(Lookup));

    /// <summary>
    /// The names a fact's member may not take: those of <see cref="StaticClassMembers"/>, a lookup,
    /// or the class it would sit in (its static class, or its ids class for the id constant).
    /// </summary>
    public static IEnumerable<string> ReservedFactMembers(KindSchema kind) =>
        StaticClassMembers.Concat([FactsClass(kind), IdsClass(kind)]).Concat(kind.Fields.Where(f => f.IsIndexed).Select(Lookup));

    // JSON (issue 31): FactJsonContext holds a JsonTypeInfo property per type, named like the type
    // as System.Text.Json's own contexts do, and the converters in a nested class.

    /// <summary>The class inside <see cref="FactJsonContext"/> that holds the converters.</summary>
    public const string JsonConverters = "Converters";

    /// <summary>
    /// Members <see cref="FactJsonContext"/> has or inherits: a type whose name is one of these gets
    /// its property with <c>Info</c> after it (<c>OptionsInfo</c>).
    /// </summary>
    public static readonly IReadOnlyList<string> JsonContextMembers =
        [FactJsonContext, JsonConverters, JsonFactList, "Default", "Options", "Create", "GetTypeInfo", "GeneratedSerializerOptions", "Equals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize"];

    /// <summary>The context's <c>JsonTypeInfo</c> property for a type or a list: <c>Person</c>, <c>People</c>, <c>IFact</c>.</summary>
    public static string JsonTypeInfoProperty(string typeName) => JsonContextMembers.Contains(typeName) ? typeName + "Info" : typeName;

    /// <summary>The converter of a kind's record, nested in <see cref="JsonConverters"/>: <c>PersonConverter</c>.</summary>
    public static string JsonConverter(KindSchema kind) => kind.Name + "Converter";
}
