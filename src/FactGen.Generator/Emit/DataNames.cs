using System.Globalization;

namespace FactGen.Generator.Emit;

/// <summary>
/// The members of the generated <c>FactData</c> class, in one place. Kind and plural names are
/// PascalCase letters and digits, never underscores, so names joined with '_' can collide neither
/// with each other nor with a kind (a kind whose plural is <c>All</c> or <c>List</c> is fine).
/// </summary>
internal static class DataNames
{
    public const string AllFacts = "All_Facts";
    public const string AllFactsById = "All_Facts_ById";
    public const string IndexAllFacts = "Index_All_Facts";
    public const string ReadOnlyList = "ReadOnly_List";

    public static string Items(string plural) => plural + "_Items";

    public static string All(string plural) => plural + "_All";

    public static string ById(string plural) => plural + "_ById";

    public static string By(string plural, string property) => plural + "_By_" + property;

    public static string Create(string plural) => "Create_" + plural;

    public static string Link(string plural) => "Link_" + plural;

    public static string LinkInverses(string plural) => "Link_Inverses_" + plural;

    public static string Values(string plural, int chunk) => plural + "_Values_" + chunk.ToString(CultureInfo.InvariantCulture);

    public static string Links(string plural, int chunk) => plural + "_Links_" + chunk.ToString(CultureInfo.InvariantCulture);

    public static string Index(string plural) => "Index_" + plural;

    /// <summary>Reads a reference to a member of a union: the member's number, then its slot.</summary>
    public static string ReadUnion(string union) => "Read_" + union;

    public const string Reader = "Data_Reader";
    public const string ReaderItem = "Data_Item";
    public const string AddToGroup = "Add_To_Group";
    public const string Group = "Group_Of";
    public const string ReadOnlyGroups = "ReadOnly_Groups";
}
