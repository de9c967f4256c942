using System.Globalization;

namespace FactGen.Generator.Emit;

/// <summary>
/// The members of the generated <c>FactData</c> class, in one place. Kind and plural names are
/// PascalCase letters and digits, never underscores, so names joined with '_' can collide neither
/// with each other nor with a kind (a kind whose plural is <c>All</c> or <c>List</c> is fine).
/// </summary>
internal static class DataNames
{
    public const string AnyFact = "Any_Fact";
    public const string TryGetAny = "Try_Get_Any";
    public const string ReadOnlyList = "ReadOnly_List";
    public const string ChunkBits = "Chunk_Bits";
    public const string ChunkMask = "Chunk_Mask";
    public const string Corrupt = "Data_Corrupt";
    public const string Cache = "Fact_Cache";
    public const string LazyList = "Fact_List";
    public const string Group = "Group_Of";
    public const string Entry = "Entry";
    public const string IdHash = "Id_Hash";
    public const string PerfectSlot = "Perfect_Slot";
    public const string IdIs = "Id_Is";
    public const string StringKey = "String_Key";
    public const string IntKey = "Int_Key";
    public const string Reader = "Data_Reader";
    public const string ReaderItem = "Data_Item";

    // A record's own members: underscores, so no field's property (PascalCase) can take them.
    public const string FactSlot = "Fact_Slot";
    public const string LinksAt = "Links_At";
    public const string FactLinks = "Fact_Links";

    /// <summary>The fact in a slot, made on first touch: <c>People_Fact(3)</c>.</summary>
    public static string Fact(string plural) => plural + "_Fact";

    /// <summary>
    /// A kind's caches, in a holder class of their own (<c>People_Made.Facts</c>, <c>.Links</c>): a
    /// class's statics are created when the class is first used, so only a kind that is touched
    /// allocates its caches and loads its types, and <c>FactData</c> itself has no type initializer.
    /// </summary>
    public static string Made(string plural) => plural + "_Made";

    /// <summary>A kind's lazy list of all its facts, in a holder class of its own: <c>People_List.All</c>.</summary>
    public static string List(string plural) => plural + "_List";

    /// <summary>The holder of the lazy list of every fact: <c>All_Facts_List.All</c>.</summary>
    public const string AllFactsList = "All_Facts_List";

    /// <summary>Makes the fact in a slot from its data.</summary>
    public static string Make(string kind) => "Make_" + kind;

    /// <summary>A fact's references, citations and values by source, read on first use.</summary>
    public static string Links(string kind) => kind + "_Links";

    /// <summary>A fact's links by its slot and where they start, read once: <c>Links_Of_Person(3, 120)</c>.</summary>
    public static string LinksOf(string kind) => "Links_Of_" + kind;

    /// <summary>Reads a fact's links from its data.</summary>
    public static string MakeLinks(string kind) => "Make_" + kind + "_Links";

    /// <summary>A kind's data chunk by number, and one chunk's data and offsets.</summary>
    public static string Data(string plural) => plural + "_Data";

    public static string Data(string plural, int chunk) => plural + "_Data_" + chunk.ToString(CultureInfo.InvariantCulture);

    public static string Offset(string plural) => plural + "_Offset";

    public static string Offsets(string plural, int chunk) => plural + "_Offsets_" + chunk.ToString(CultureInfo.InvariantCulture);

    /// <summary>The fact of a kind with an id, or null: <c>People_Find("wang-yi")</c>.</summary>
    public static string Find(string plural) => plural + "_Find";

    public static string Buckets(string plural) => plural + "_Buckets";

    public static string Positions(string plural) => plural + "_Positions";

    /// <summary>
    /// A group table: the facts of <paramref name="ownerPlural"/> whose <paramref name="field"/>
    /// points at each fact of <paramref name="targetPlural"/> (<c>Quotes_Speaker_In_People</c>), or,
    /// without a target, groups by the field's value (<c>People_Role_Groups</c>).
    /// </summary>
    public static string Groups(string ownerPlural, string field, string? targetPlural) =>
        targetPlural is null ? ownerPlural + "_" + field + "_Groups" : ownerPlural + "_" + field + "_In_" + targetPlural;

    /// <summary>Reads a reference to a member of a union: the member's number, then its slot.</summary>
    public static string ReadUnion(string union) => "Read_" + union;
}
