using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactGen.Generator.Emit.Tables;

/// <summary>
/// A table of numbers as C# text: a <c>"..."u8</c> literal of hexadecimal digits written as the
/// letters <c>a</c> to <c>p</c> (0 to 15), most significant first, each entry as many digits as the
/// largest needs (1 to 8). The literal is one token however long the table, where a byte array
/// was a token per byte and a comma: at 10,000 facts the compiler parsed the emitted C# in 437 ms
/// with byte arrays, 30 % more than before the tables existed. The bytes land in the assembly's
/// data, read without copying on any .NET; the generated <c>FactData.Entry</c> reads an entry back.
/// </summary>
internal static class ByteTable
{
    /// <summary>How many digits (4 bits each) the largest value needs: 1 to 8; a negative int needs 8.</summary>
    public static int Width(IEnumerable<int> values)
    {
        var max = 0u;
        foreach (var value in values) max = System.Math.Max(max, (uint)value);
        var digits = 1;
        while (digits < 8 && (max >> (4 * digits)) != 0) digits++;
        return digits;
    }

    /// <summary>
    /// The size a blob of data is padded to. The compiler gives each size of blob its own struct type
    /// (<c>__StaticArrayInitTypeSize=N</c>), and the runtime loads every one of those types the first
    /// time any blob of the assembly is read: measured here, 1,000 blobs of distinct sizes cost 5.5 ms
    /// of CPU on that first read, 1,000 of one size 0.5 ms. Padded to a power of two up to 4 KB and to
    /// a multiple of 4 KB above, a model has a few dozen sizes however many chunks it has, for at most
    /// 4 KB (or half a small table) of padding each.
    /// </summary>
    public static int PaddedSize(int bytes)
    {
        if (bytes > 4096) return (bytes + 4095) / 4096 * 4096;
        var size = 16;
        while (size < bytes) size *= 2;
        return size;
    }

    /// <summary>
    /// <c>private static ReadOnlySpan&lt;byte&gt; Name =&gt; "..."u8;</c>, 128 digits to a line, padded with
    /// spaces to a shared size (<see cref="PaddedSize"/>; the compiler adds a zero byte to a u8 literal).
    /// </summary>
    public static void Write(SourceWriter w, string name, IReadOnlyList<int> values, int width)
    {
        if (values.Count == 0)
        {
            w.Line($"private static global::System.ReadOnlySpan<byte> {name} => global::System.ReadOnlySpan<byte>.Empty;");
            return;
        }
        var digits = new StringBuilder(values.Count * width);
        foreach (var value in values)
        {
            for (var d = width - 1; d >= 0; d--) digits.Append((char)('a' + (((uint)value >> (4 * d)) & 0xF)));
        }
        digits.Append(' ', PaddedSize(digits.Length + 1) - digits.Length - 1);
        w.Line($"private static global::System.ReadOnlySpan<byte> {name} =>");
        for (var at = 0; at < digits.Length; at += 128)
        {
            var last = at + 128 >= digits.Length;
            w.Line($"    \"{digits.ToString(at, System.Math.Min(128, digits.Length - at))}\"u8{(last ? ";" : " +")}");
        }
    }
}
