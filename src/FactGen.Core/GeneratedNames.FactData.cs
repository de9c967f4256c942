using System.Collections.Generic;
using System.Globalization;

namespace FactGen.Core;

public static partial class GeneratedNames
{
    /// <summary>
    /// The members of the generated <c>FactData</c> class and the record members only generated code
    /// uses. None is checked against the schema, because none can collide (issue 26): each composed
    /// name is a role word from <see cref="Roles"/>, then its parts (kind, plural, union and field
    /// names, a chunk number), joined by '_'. Schema names are letters and digits, never '_', so a
    /// composed name splits back into one role and its parts: two are equal only when role and parts
    /// are, and each role has one composition. The shared helpers (<see cref="Shared"/>) have a '_'
    /// and start with a word that is no role, so they meet neither a composed name nor a kind, plural
    /// or support type (none has a '_'). Refusing such schemas instead would have turned away
    /// harmless names (a plural <c>Make</c>) for a choice of ours.
    /// </summary>
    public static class FactDataMembers
    {
        // Shared helpers: the same in every model.
        public const string AnyFact = "Any_Fact";
        public const string TryGetAny = "Try_Get_Any";
        public const string ReadOnlyList = "ReadOnly_List";
        public const string ChunkBits = "Chunk_Bits";
        public const string ChunkMask = "Chunk_Mask";
        public const string Corrupt = "Data_Corrupt";
        public const string Cache = "Fact_Cache";
        public const string LazyList = "Fact_List";
        public const string Group = "Group_Of";
        public const string Entry = "Table_Entry";
        public const string IdHash = "Id_Hash";
        public const string IdBucket = "Id_Bucket";
        public const string IdPosition = "Id_Position";
        public const string PerfectSlot = "Perfect_Slot";
        public const string IdIs = "Id_Is";
        public const string StringKey = "String_Key";
        public const string IntKey = "Int_Key";
        public const string Reader = "Data_Reader";
        public const string ReaderItem = "Data_Item";
        public const string AllFactsList = "All_Facts_List";

        /// <summary>Every shared helper of <c>FactData</c>.</summary>
        public static readonly IReadOnlyList<string> Shared =
            [AnyFact, TryGetAny, ReadOnlyList, ChunkBits, ChunkMask, Corrupt, Cache, LazyList, Group, Entry, IdHash, IdBucket, IdPosition, PerfectSlot, IdIs, StringKey, IntKey, Reader, ReaderItem, AllFactsList];

        // The members of the holder classes (Made_People.Facts, List_People.All, GroupsMade_....Lists).
        public const string HeldFacts = "Facts";
        public const string HeldLinks = "Links";
        public const string HeldLists = "Lists";
        public const string HeldAll = "All";

        // A record's own members that only generated code uses: with '_', so no field's property
        // (letters and digits) can take them; RecordMembers lists them too.
        public const string FactSlot = "Fact_Slot";
        public const string LinksAt = "Links_At";
        public const string FactLinks = "Fact_Links";

        // Parameters and locals of the generated methods that sit beside those named after fields:
        // with '_', which no field's parameter (a camelCase name) has.
        public const string SlotParameter = "fact_slot";
        public const string LinksAtParameter = "links_at";
        public const string ReaderLocal = "data_reader";
        public const string ListItem = "list_item";
        public const string ListElement = "list_element";

        /// <summary>The reader's method for a date, beside its <c>Int</c>, <c>String</c>, <c>Citation</c>...</summary>
        public const string ReadDate = "Date";

        // The role words: the first part of each composed name, one per composition below.
        private const string FactRole = "FactAt";
        private const string MadeRole = "Made";
        private const string ListRole = "List";
        private const string MakeRole = "Make";
        private const string LinksRole = "Links";
        private const string LinksOfRole = "LinksOf";
        private const string MakeLinksRole = "MakeLinks";
        private const string DataRole = "ChunkOf";
        private const string ChunkRole = "Lines";
        private const string OffsetRole = "Offset";
        private const string OffsetsRole = "Offsets";
        private const string FindRole = "Find";
        private const string BucketsRole = "Buckets";
        private const string PositionsRole = "Positions";
        private const string GroupsRole = "Groups";
        private const string GroupsInRole = "GroupsIn";
        private const string GroupsMadeRole = "GroupsMade";
        private const string StartsRole = "Starts";
        private const string MembersRole = "Members";
        private const string KeysRole = "Keys";
        private const string KeyStartsRole = "KeyStarts";
        private const string ReadUnionRole = "Read";

        /// <summary>Every role word, the first part of a composed name.</summary>
        public static readonly IReadOnlyList<string> Roles =
        [
            FactRole, MadeRole, ListRole, MakeRole, LinksRole, LinksOfRole, MakeLinksRole, DataRole, ChunkRole, OffsetRole, OffsetsRole, FindRole,
            BucketsRole, PositionsRole, GroupsRole, GroupsInRole, GroupsMadeRole, StartsRole, MembersRole, KeysRole, KeyStartsRole, ReadUnionRole,
        ];

        /// <summary>The fact in a slot, made on first touch: <c>FactAt_People(3)</c>.</summary>
        public static string Fact(string plural) => Compose(FactRole, plural);

        /// <summary>
        /// A kind's caches, in a holder class of their own (<c>Made_People.Facts</c>, <c>.Links</c>): a
        /// class's statics are created when the class is first used, so only a kind that is touched
        /// allocates its caches and loads its types, and <c>FactData</c> itself has no type initializer.
        /// </summary>
        public static string Made(string plural) => Compose(MadeRole, plural);

        /// <summary>A kind's lazy list of all its facts, in a holder class of its own: <c>List_People.All</c>.</summary>
        public static string List(string plural) => Compose(ListRole, plural);

        /// <summary>Makes the fact in a slot from its data: <c>Make_Person</c>.</summary>
        public static string Make(string kind) => Compose(MakeRole, kind);

        /// <summary>The class of a fact's references, citations and values by source, read on first use: <c>Links_Person</c>.</summary>
        public static string Links(string kind) => Compose(LinksRole, kind);

        /// <summary>A fact's links by its slot and where they start, read once: <c>LinksOf_Person(3, 120)</c>.</summary>
        public static string LinksOf(string kind) => Compose(LinksOfRole, kind);

        /// <summary>Reads a fact's links from its data: <c>MakeLinks_Person</c>.</summary>
        public static string MakeLinks(string kind) => Compose(MakeLinksRole, kind);

        /// <summary>A kind's data by chunk number: <c>ChunkOf_People(0)</c>.</summary>
        public static string Data(string plural) => Compose(DataRole, plural);

        /// <summary>One chunk's data lines: <c>Lines_People_0</c>.</summary>
        public static string Data(string plural, int chunk) => Compose(ChunkRole, plural, Number(chunk));

        /// <summary>Where the fact in a slot starts in its chunk's data: <c>Offset_People(3)</c>.</summary>
        public static string Offset(string plural) => Compose(OffsetRole, plural);

        /// <summary>Where each fact of one chunk starts: <c>Offsets_People_0</c>.</summary>
        public static string Offsets(string plural, int chunk) => Compose(OffsetsRole, plural, Number(chunk));

        /// <summary>The fact of a kind with an id, or null: <c>Find_People("wang-yi")</c>.</summary>
        public static string Find(string plural) => Compose(FindRole, plural);

        /// <summary>A kind's id table: each bucket's displacement.</summary>
        public static string Buckets(string plural) => Compose(BucketsRole, plural);

        /// <summary>A kind's id table: each position's slot.</summary>
        public static string Positions(string plural) => Compose(PositionsRole, plural);

        /// <summary>The groups of the facts of <paramref name="ownerPlural"/> by the value of <paramref name="field"/>: <c>Groups_People_Role</c>.</summary>
        public static string Groups(string ownerPlural, string field) => Compose(GroupsRole, ownerPlural, field);

        /// <summary>
        /// The facts of <paramref name="ownerPlural"/> whose <paramref name="field"/> points at each
        /// fact of <paramref name="targetPlural"/>: <c>GroupsIn_Quotes_Speaker_People</c>.
        /// </summary>
        public static string GroupsIn(string ownerPlural, string field, string targetPlural) => Compose(GroupsInRole, ownerPlural, field, targetPlural);

        /// <summary>The holder of a group table's cache: <c>GroupsMade_Groups_People_Role</c>.</summary>
        public static string GroupsMade(string groups) => Compose(GroupsMadeRole, groups);

        /// <summary>Where each group starts among its table's members.</summary>
        public static string Starts(string groups) => Compose(StartsRole, groups);

        /// <summary>A group table's members' slots.</summary>
        public static string Members(string groups) => Compose(MembersRole, groups);

        /// <summary>A group table's keys.</summary>
        public static string Keys(string groups) => Compose(KeysRole, groups);

        /// <summary>Where each of a group table's string keys starts.</summary>
        public static string KeyStarts(string groups) => Compose(KeyStartsRole, groups);

        /// <summary>Reads a reference to a member of a union: the member's number, then its slot: <c>Read_Party</c>.</summary>
        public static string ReadUnion(string union) => Compose(ReadUnionRole, union);

        private static string Number(int chunk) => chunk.ToString(CultureInfo.InvariantCulture);

        private static string Compose(string role, params string[] parts) => role + "_" + string.Join("_", parts);
    }
}
