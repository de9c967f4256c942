namespace FactGen.Generator.Emit.Tables;

/// <summary>
/// The hash of an id, exactly as the generated <c>FactData.Id_Hash</c> computes it at run time (see
/// <see cref="Templates.DataReaderTemplate"/>): the tables built here are only right if both agree,
/// which <c>IdTableTests</c> checks on compiled code. Four UTF-16 code units per step, then a 64-bit
/// finalizer (MurmurHash3's), so ids that differ in one character land far apart.
/// </summary>
internal static class IdHash
{
    public static ulong Of(string text, ulong seed)
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

    /// <summary>Where an id lands among 2^<paramref name="positionBits"/> positions, given its bucket's displacement.</summary>
    public static int Position(ulong hash, uint displacement, int positionBits) =>
        (int)(unchecked((uint)hash + displacement * ((uint)(hash >> 32) | 1u)) & ((1u << positionBits) - 1u));

    /// <summary>The bucket of a hash: its top <paramref name="bucketBits"/> bits.</summary>
    public static int Bucket(ulong hash, int bucketBits) => bucketBits == 0 ? 0 : (int)(hash >> (64 - bucketBits));
}
