namespace FactGen.Generator.Emit.Templates;

/// <summary>
/// The part of <c>FactData</c> that is the same for every model: the cache that makes each fact once
/// on first touch, the lazy lists, the id hash and table readers, and the reader of the data lines
/// <see cref="DataLine"/> writes. It has a hint file of its own (<c>FactGen.Shared.DataReader.g.cs</c>),
/// so a change here changes one file and one snapshot. Everything on the path to a first fact is
/// here and small: what a first lookup costs is mostly the JIT of these methods.
/// </summary>
internal static class DataReaderTemplate
{
    public static readonly string Text = $$"""
        internal static partial class {{Core.GeneratedNames.FactData}}
        {
            /// <summary>Facts are stored, cached and dispatched in chunks of 2^{{DataNames.ChunkBits}} (256).</summary>
            internal const int {{DataNames.ChunkBits}} = {{KindDataEmitter.ChunkBitsValue}};
            internal const int {{DataNames.ChunkMask}} = (1 << {{DataNames.ChunkBits}}) - 1;

            internal static global::System.Collections.Generic.IReadOnlyList<T> {{DataNames.ReadOnlyList}}<T>(T[] items) =>
                items.Length == 0 ? global::System.Array.Empty<T>() : new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);

            private static global::System.InvalidOperationException {{DataNames.Corrupt}}() => new("FactGen: the generated fact data is corrupt; rebuild the project.");

            /// <summary>
            /// Made values by slot, filled on first touch: a chunk of slots is allocated when one of its
            /// slots is first asked for, so one fact of a large model costs one small array, not the model.
            /// The first value published for a slot wins, so every thread gets the same instance; a
            /// failure while making a value publishes nothing and leaves the slot to be tried again.
            /// </summary>
            internal sealed class {{DataNames.Cache}}
            {
                // Not generic: one class and one compiled Find and Keep serve every kind, so the first
                // touch of a kind loads no type of its own for its cache; callers cast what they get.
                private readonly object?[]?[] _chunks;

                internal {{DataNames.Cache}}(int count) => _chunks = new object?[]?[(count + {{DataNames.ChunkMask}}) >> {{DataNames.ChunkBits}}];

                internal object? Find(int slot)
                {
                    var chunk = global::System.Threading.Volatile.Read(ref _chunks[slot >> {{DataNames.ChunkBits}}]);
                    return chunk is null ? null : global::System.Threading.Volatile.Read(ref chunk[slot & {{DataNames.ChunkMask}}]);
                }

                internal object Keep(int slot, object made)
                {
                    var chunk = global::System.Threading.Volatile.Read(ref _chunks[slot >> {{DataNames.ChunkBits}}]);
                    if (chunk is null)
                    {
                        global::System.Threading.Interlocked.CompareExchange(ref _chunks[slot >> {{DataNames.ChunkBits}}], new object?[1 << {{DataNames.ChunkBits}}], null);
                        chunk = global::System.Threading.Volatile.Read(ref _chunks[slot >> {{DataNames.ChunkBits}}])!;
                    }
                    return global::System.Threading.Interlocked.CompareExchange(ref chunk[slot & {{DataNames.ChunkMask}}], made, null) ?? made;
                }
            }

            /// <summary>
            /// Every fact of a kind (or of the model) as a read-only list that makes each fact when it is
            /// first read. An <c>IList&lt;T&gt;</c> too, as a read-only collection is, so LINQ's indexed fast
            /// paths apply; its mutators throw <see cref="global::System.NotSupportedException"/>.
            /// </summary>
            internal sealed class {{DataNames.LazyList}}<T> : global::System.Collections.Generic.IList<T>, global::System.Collections.Generic.IReadOnlyList<T>, global::System.Collections.IList
            {
                private readonly int _count;
                private readonly global::System.Func<int, T> _fact;

                internal {{DataNames.LazyList}}(int count, global::System.Func<int, T> fact)
                {
                    _count = count;
                    _fact = fact;
                }

                public int Count => _count;

                public bool IsReadOnly => true;

                public T this[int index]
                {
                    get => (uint)index < (uint)_count ? _fact(index) : throw new global::System.ArgumentOutOfRangeException(nameof(index));
                    set => throw ReadOnly();
                }

                public int IndexOf(T item)
                {
                    for (var i = 0; i < _count; i++)
                    {
                        if (global::System.Collections.Generic.EqualityComparer<T>.Default.Equals(_fact(i), item)) return i;
                    }
                    return -1;
                }

                public bool Contains(T item) => IndexOf(item) >= 0;

                public void CopyTo(T[] array, int arrayIndex)
                {
                    for (var i = 0; i < _count; i++) array[arrayIndex + i] = _fact(i);
                }

                public global::System.Collections.Generic.IEnumerator<T> GetEnumerator()
                {
                    for (var i = 0; i < _count; i++) yield return _fact(i);
                }

                global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

                public void Add(T item) => throw ReadOnly();

                public void Insert(int index, T item) => throw ReadOnly();

                public bool Remove(T item) => throw ReadOnly();

                public void RemoveAt(int index) => throw ReadOnly();

                public void Clear() => throw ReadOnly();

                private static global::System.NotSupportedException ReadOnly() => new("The facts are read-only.");

                // The non-generic view, as a read-only collection has, for data binding and older APIs.
                bool global::System.Collections.IList.IsFixedSize => true;
                bool global::System.Collections.ICollection.IsSynchronized => false;
                object global::System.Collections.ICollection.SyncRoot => this;
                object? global::System.Collections.IList.this[int index] { get => this[index]; set => throw ReadOnly(); }
                int global::System.Collections.IList.Add(object? value) => throw ReadOnly();
                bool global::System.Collections.IList.Contains(object? value) => value is T item && Contains(item);
                int global::System.Collections.IList.IndexOf(object? value) => value is T item ? IndexOf(item) : -1;
                void global::System.Collections.IList.Insert(int index, object? value) => throw ReadOnly();
                void global::System.Collections.IList.Remove(object? value) => throw ReadOnly();
                void global::System.Collections.ICollection.CopyTo(global::System.Array array, int index)
                {
                    for (var i = 0; i < _count; i++) array.SetValue(_fact(i), index + i);
                }
            }

            /// <summary>
            /// The facts of a group (an inverse navigation or a lookup), made and cached the first time the
            /// group is asked for: the generator wrote each group's members as slots (<paramref name="starts"/>
            /// says where each group begins in <paramref name="members"/>).
            /// </summary>
            internal static global::System.Collections.Generic.IReadOnlyList<T> {{DataNames.Group}}<T>({{DataNames.Cache}} cache, int group,
                global::System.ReadOnlySpan<byte> starts, int startWidth, global::System.ReadOnlySpan<byte> members, int memberWidth, global::System.Func<int, T> fact)
            {
                if (cache.Find(group) is global::System.Collections.Generic.IReadOnlyList<T> found) return found;
                var start = {{DataNames.Entry}}(starts, startWidth, group);
                var items = new T[{{DataNames.Entry}}(starts, startWidth, group + 1) - start];
                for (var i = 0; i < items.Length; i++) items[i] = fact({{DataNames.Entry}}(members, memberWidth, start + i));
                return (global::System.Collections.Generic.IReadOnlyList<T>)cache.Keep(group, {{DataNames.ReadOnlyList}}(items));
            }

            /// <summary>Entry <paramref name="index"/> of a table of numbers <paramref name="width"/> digits wide, each digit a letter from 'a' (0) to 'p' (15).</summary>
            internal static int {{DataNames.Entry}}(global::System.ReadOnlySpan<byte> table, int width, int index)
            {
                var at = index * width;
                var value = 0;
                for (var i = 0; i < width; i++) value = value << 4 | (table[at + i] - (byte)'a');
                return value;
            }

            // The generator's own IdHash methods, copied from its source (SharedSource).
            {{SharedSource.IdHash}}

            /// <summary>
            /// The slot a perfect hash gives an id, or -1; the caller checks the id stored there. The top
            /// <paramref name="bucketBits"/> bits of the hash pick a bucket, whose displacement places the
            /// id among 2^<paramref name="positionBits"/> positions without a collision.
            /// </summary>
            internal static int {{DataNames.PerfectSlot}}(string id, ulong seed, global::System.ReadOnlySpan<byte> buckets, int bucketWidth, int bucketBits,
                global::System.ReadOnlySpan<byte> positions, int positionWidth, int positionBits)
            {
                if (positions.Length == 0) return -1;
                var hash = {{DataNames.IdHash}}(id, seed);
                var displacement = (uint){{DataNames.Entry}}(buckets, bucketWidth, {{DataNames.IdBucket}}(hash, bucketBits));
                return {{DataNames.Entry}}(positions, positionWidth, {{DataNames.IdPosition}}(hash, displacement, positionBits)) - 1;
            }

            /// <summary>Whether the fact whose data starts at <paramref name="at"/> has this id (ids are ASCII slugs).</summary>
            internal static bool {{DataNames.IdIs}}(global::System.ReadOnlySpan<byte> data, int at, string id)
            {
                var length = 0;
                while (data[at] != (byte)':') length = length * 10 + (data[at++] - (byte)'0');
                if (length != id.Length) return false;
                at++;
                for (var i = 0; i < length; i++)
                {
                    if (data[at + i] != id[i]) return false;
                }
                return true;
            }

            /// <summary>The group of a string key: binary search of the keys, sorted by ordinal, stored as UTF-16 code units (4 digits each).</summary>
            internal static int {{DataNames.StringKey}}(global::System.ReadOnlySpan<byte> keys, global::System.ReadOnlySpan<byte> keyStarts, int width, int count, string key)
            {
                var low = 0;
                var high = count - 1;
                while (low <= high)
                {
                    var middle = (low + high) >> 1;
                    var start = {{DataNames.Entry}}(keyStarts, width, middle);
                    var length = {{DataNames.Entry}}(keyStarts, width, middle + 1) - start;
                    var order = 0;
                    for (var i = 0; order == 0 && i < length && i < key.Length; i++) order = {{DataNames.Entry}}(keys, 4, start + i) - key[i];
                    if (order == 0) order = length - key.Length;
                    if (order == 0) return middle;
                    if (order < 0) low = middle + 1;
                    else high = middle - 1;
                }
                return -1;
            }

            /// <summary>The group of an int key: binary search of the keys, sorted, 8 digits each.</summary>
            internal static int {{DataNames.IntKey}}(global::System.ReadOnlySpan<byte> keys, int count, int key)
            {
                var low = 0;
                var high = count - 1;
                while (low <= high)
                {
                    var middle = (low + high) >> 1;
                    var found = {{DataNames.Entry}}(keys, 8, middle);
                    if (found == key) return middle;
                    if (found < key) low = middle + 1;
                    else high = middle - 1;
                }
                return -1;
            }

            internal delegate T {{DataNames.ReaderItem}}<T>(ref {{DataNames.Reader}} reader);

            /// <summary>
            /// Reads the values the generator wrote: numbers in ASCII digits, a string as its UTF-8 byte count,
            /// ':' and its bytes, '~' for no value; every value ends with '|' and every part of a fact with a line feed.
            /// </summary>
            internal ref partial struct {{DataNames.Reader}}
            {
                private readonly global::System.ReadOnlySpan<byte> _data;
                private int _next;

                public {{DataNames.Reader}}(global::System.ReadOnlySpan<byte> data, int at)
                {
                    _data = data;
                    _next = at;
                }

                /// <summary>Where the next part starts: after the fact's own values, its references.</summary>
                public int At => _next;

                public bool None()
                {
                    if (_data[_next] != (byte)'~') return false;
                    _next++;
                    Expect((byte)'|');
                    return true;
                }

                public int Int() => Number((byte)'|');

                public string String()
                {
                    var length = Number((byte)':');
                    var text = Text(_data.Slice(_next, length));
                    _next += length;
                    Expect((byte)'|');
                    return text;
                }

                public decimal Decimal() => decimal.Parse(String(), global::System.Globalization.NumberStyles.AllowLeadingSign | global::System.Globalization.NumberStyles.AllowDecimalPoint, global::System.Globalization.CultureInfo.InvariantCulture);

                public global::System.Collections.Generic.IReadOnlyList<T> List<T>({{DataNames.ReaderItem}}<T> read)
                {
                    var count = Int();
                    if (count == 0) return global::System.Array.Empty<T>();
                    var items = new T[count];
                    for (var i = 0; i < count; i++) items[i] = read(ref this);
                    return {{DataNames.ReadOnlyList}}(items);
                }

                public global::System.Collections.Generic.IReadOnlyList<string> Strings()
                {
                    var count = Int();
                    if (count == 0) return global::System.Array.Empty<string>();
                    var items = new string[count];
                    for (var i = 0; i < count; i++) items[i] = String();
                    return {{DataNames.ReadOnlyList}}(items);
                }

                /// <summary>A date: its year, then its month and day or no value for each.</summary>
                public {{Core.GeneratedNames.FactDate}} {{DataNames.ReadDate}}()
                {
                    var year = Int();
                    int? month = None() ? null : Int();
                    int? day = None() ? null : Int();
                    return new {{Core.GeneratedNames.FactDate}}(year, month, day);
                }

                /// <summary>
                /// ASCII, most of any corpus, is widened here; only text with other characters pays for the
                /// first use of the UTF-8 decoder. (A char array rather than stackalloc: a method with
                /// stackalloc is compiled fully optimized at once, which costs the first fact more than the copy.)
                /// </summary>
                private static string Text(global::System.ReadOnlySpan<byte> bytes)
                {
                    if (bytes.Length == 0) return string.Empty;
                    var chars = new char[bytes.Length];
                    for (var i = 0; i < bytes.Length; i++)
                    {
                        if (bytes[i] >= 0x80) return global::System.Text.Encoding.UTF8.GetString(bytes);
                        chars[i] = (char)bytes[i];
                    }
                    return new string(chars);
                }

                private int Number(byte end)
                {
                    var negative = _data[_next] == (byte)'-';
                    if (negative) _next++;
                    var value = 0L;
                    while (_data[_next] != end) value = value * 10 + (_data[_next++] - (byte)'0');
                    _next++;
                    return unchecked((int)(negative ? -value : value));
                }

                private void Expect(byte expected)
                {
                    if (_data[_next++] != expected) throw {{DataNames.Corrupt}}();
                }
            }
        }
        """;
}
