// One source, two uses (issue 25): this file is compiled into the generator, which builds each kind's
// id table with these methods, and embedded in it as text (see FactGen.Generator.csproj), from which
// DataReaderTemplate copies the methods between the two markers, as they are, into every generated
// FactData. The lookup at run time therefore does exactly the arithmetic the table was built with;
// IdHashTests checks the compiled copy against this one.
namespace FactGen.Generator.Emit.Tables;

/// <summary>
/// The hash of an id and where it lands in a kind's perfect hash table (<see cref="IdTable"/>). Four
/// UTF-16 code units per step, then a 64-bit finalizer (MurmurHash3's), so ids that differ in one
/// character land far apart. The methods have the names the generated model gives them.
/// </summary>
internal static class IdHash
{
    // FactGen: the generated model's copy starts here.
    /// <summary>The hash of an id with a seed: the seed the generator found gives every id of a kind its own place.</summary>
    internal static ulong Id_Hash(string text, ulong seed)
    {
        unchecked
        {
            var hash = seed ^ 0x9E3779B97F4A7C15UL ^ (ulong)text.Length;
            var i = 0;
            for (; i + 4 <= text.Length; i += 4)
            {
                hash = (hash ^ (text[i] | (ulong)text[i + 1] << 16 | (ulong)text[i + 2] << 32 | (ulong)text[i + 3] << 48)) * 0xBF58476D1CE4E5B9UL;
                hash ^= hash >> 31;
            }
            for (; i < text.Length; i++)
            {
                hash = (hash ^ text[i]) * 0x94D049BB133111EBUL;
                hash ^= hash >> 29;
            }
            hash = (hash ^ hash >> 33) * 0xFF51AFD7ED558CCDUL;
            hash = (hash ^ hash >> 33) * 0xC4CEB9FE1A85EC53UL;
            return hash ^ hash >> 33;
        }
    }

    /// <summary>The bucket of a hash: its top <paramref name="bucketBits"/> bits.</summary>
    internal static int Id_Bucket(ulong hash, int bucketBits) => bucketBits == 0 ? 0 : (int)(hash >> (64 - bucketBits));

    /// <summary>Where a hash lands among 2^<paramref name="positionBits"/> positions, given its bucket's displacement.</summary>
    internal static int Id_Position(ulong hash, uint displacement, int positionBits) =>
        (int)(unchecked((uint)hash + displacement * ((uint)(hash >> 32) | 1u)) & ((1u << positionBits) - 1u));
    // FactGen: the generated model's copy ends here.
}
