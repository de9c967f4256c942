using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace FactGen.Generator.Emit.Tables;

/// <summary>
/// A table of numbers as C# text: little-endian, each as wide as the largest needs (1 to 4 bytes), in
/// a <c>ReadOnlySpan&lt;byte&gt;</c> property over a byte array, which every C# compiler since 7.3 points
/// straight at the assembly's data: nothing is allocated or copied when the table is read, on any
/// .NET, unlike an int array (copied to the heap before .NET 7). The generated
/// <c>FactData.Entry</c> reads an entry back.
/// </summary>
internal static class ByteTable
{
    /// <summary>How many bytes the largest value needs: 1 to 4.</summary>
    public static int Width(IEnumerable<int> values)
    {
        var max = 0L;
        foreach (var value in values) max = System.Math.Max(max, (uint)value);
        return max <= byte.MaxValue ? 1 : max <= ushort.MaxValue ? 2 : max <= 0xFFFFFF ? 3 : 4;
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

    /// <summary><c>private static ReadOnlySpan&lt;byte&gt; Name =&gt; new byte[] { ... };</c>, wrapped every 32 values, padded with zeros (<see cref="PaddedSize"/>).</summary>
    public static void Write(SourceWriter w, string name, IReadOnlyList<int> values, int width)
    {
        if (values.Count == 0)
        {
            w.Line($"private static global::System.ReadOnlySpan<byte> {name} => global::System.ReadOnlySpan<byte>.Empty;");
            return;
        }
        w.Line($"private static global::System.ReadOnlySpan<byte> {name} => new byte[]");
        w.Line("{");
        var line = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            var value = (uint)values[i];
            for (var b = 0; b < width; b++)
            {
                line.Append(((value >> (8 * b)) & 0xFF).ToString(CultureInfo.InvariantCulture)).Append(',');
            }
            if (i % 32 == 31 || i == values.Count - 1)
            {
                w.Line("    " + line);
                line.Clear();
            }
        }
        var padding = PaddedSize(values.Count * width) - values.Count * width;
        if (padding > 0) w.Line($"    // {padding.ToString(CultureInfo.InvariantCulture)} bytes of padding: see ByteTable.PaddedSize in the generator.");
        for (var at = 0; at < padding; at += 64) w.Line("    " + string.Concat(System.Linq.Enumerable.Repeat("0,", System.Math.Min(64, padding - at))));
        w.Line("};");
    }
}
