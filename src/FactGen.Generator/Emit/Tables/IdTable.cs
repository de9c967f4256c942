using System;
using System.Collections.Generic;
using System.Threading;
using FactGen.Core.Collections;

namespace FactGen.Generator.Emit.Tables;

/// <summary>
/// A perfect hash over a kind's ids, worked out at compile time so the model needs no dictionary at
/// run time: an id's hash picks a bucket; the bucket's displacement places it at a position no other
/// id takes; the position holds the slot plus one (0: no id). A lookup hashes once, reads two table
/// entries and compares the id stored with the fact. Hash and displace (Belazzougui, Botelho and
/// Dietzfelbinger's CHD, with one displacement per bucket): buckets are placed largest first.
/// </summary>
/// <param name="Seed">The hash seed that gave every id a distinct 64-bit hash and a placement (0 but for an unlucky corpus).</param>
/// <param name="BucketBits">log2 of the bucket count: about a quarter of the positions.</param>
/// <param name="PositionBits">log2 of the position count: the next power of two at or above 1.25 times the ids.</param>
/// <param name="Buckets">Each bucket's displacement.</param>
/// <param name="Positions">Each position's slot plus one; 0 where no id lands.</param>
public sealed record IdTable(ulong Seed, int BucketBits, int PositionBits, EquatableArray<int> Buckets, EquatableArray<int> Positions)
{
    public static readonly IdTable Empty = new(0, 0, 0, EquatableArray<int>.Empty, EquatableArray<int>.Empty);

    public static IdTable Build(IReadOnlyList<string> ids, CancellationToken cancellation = default)
    {
        if (ids.Count == 0) return Empty;
        var positionBits = 0;
        while ((1L << positionBits) < ids.Count + ids.Count / 4 + 1) positionBits++;
        for (var attempt = 0; ; attempt++)
        {
            cancellation.ThrowIfCancellationRequested();
            // Every few seeds without a placement, more room: a placement then comes quickly. Ids are
            // distinct, so some seed gives them distinct hashes and some size places them.
            var bits = positionBits + attempt / 4;
            if (bits > 30) throw new InvalidOperationException($"No perfect hash found for {ids.Count} ids.");
            var table = TryBuild(ids, (ulong)attempt, bits, cancellation);
            if (table is not null) return table;
        }
    }

    /// <summary>The slot this table gives <paramref name="id"/> (or -1): what the generated lookup computes, before it compares the id.</summary>
    public int SlotOf(string id)
    {
        if (Positions.Count == 0) return -1;
        var hash = IdHash.Id_Hash(id, Seed);
        return Positions[IdHash.Id_Position(hash, (uint)Buckets[IdHash.Id_Bucket(hash, BucketBits)], PositionBits)] - 1;
    }

    private static IdTable? TryBuild(IReadOnlyList<string> ids, ulong seed, int positionBits, CancellationToken cancellation)
    {
        var bucketBits = Math.Max(0, positionBits - 2);
        var hashes = new ulong[ids.Count];
        for (var i = 0; i < ids.Count; i++) hashes[i] = IdHash.Id_Hash(ids[i], seed);
        var distinct = (ulong[])hashes.Clone();
        Array.Sort(distinct);
        for (var i = 1; i < distinct.Length; i++)
        {
            if (distinct[i] == distinct[i - 1]) return null;
        }

        // The slots of each bucket, contiguous (a counting sort): bucket b's are members[starts[b] .. starts[b + 1]].
        var bucketCount = 1 << bucketBits;
        var starts = new int[bucketCount + 1];
        foreach (var hash in hashes) starts[IdHash.Id_Bucket(hash, bucketBits) + 1]++;
        for (var b = 0; b < bucketCount; b++) starts[b + 1] += starts[b];
        var members = new int[hashes.Length];
        var next = (int[])starts.Clone();
        for (var slot = 0; slot < hashes.Length; slot++) members[next[IdHash.Id_Bucket(hashes[slot], bucketBits)]++] = slot;

        // Largest buckets first, ties by number, so the result is the same on every machine.
        var order = new int[bucketCount];
        for (var b = 0; b < bucketCount; b++) order[b] = b;
        Array.Sort(order, (x, y) => starts[y + 1] - starts[y] != starts[x + 1] - starts[x] ? (starts[y + 1] - starts[y]) - (starts[x + 1] - starts[x]) : x - y);

        var size = 1 << positionBits;
        var positions = new int[size];
        var displacements = new int[bucketCount];
        var taken = new int[16];
        foreach (var bucket in order)
        {
            var count = starts[bucket + 1] - starts[bucket];
            if (count == 0) break;
            cancellation.ThrowIfCancellationRequested();
            if (taken.Length < count) taken = new int[count];
            var placed = false;
            // With an odd step, the displacements 0 .. size-1 move each id through every position once.
            for (var displacement = 0; displacement < size && !placed; displacement++)
            {
                placed = true;
                for (var m = 0; m < count && placed; m++)
                {
                    var position = IdHash.Id_Position(hashes[members[starts[bucket] + m]], (uint)displacement, positionBits);
                    placed = positions[position] == 0 && Array.IndexOf(taken, position, 0, m) < 0;
                    taken[m] = position;
                }
                if (!placed) continue;
                for (var m = 0; m < count; m++) positions[taken[m]] = members[starts[bucket] + m] + 1;
                displacements[bucket] = displacement;
            }
            if (!placed) return null;
        }
        return new IdTable(seed, bucketBits, positionBits, new EquatableArray<int>(displacements), new EquatableArray<int>(positions));
    }
}
