namespace FactGen.Generator.Emit.Templates;

/// <summary>
/// The part of <c>FactData</c> that is the same for every model: the reader of the data lines
/// <see cref="DataLine"/> writes, and the helpers that build read-only lists and lookup groups. It
/// has a hint file of its own (<c>FactGen.Shared.DataReader.g.cs</c>), so a change here changes one file
/// and one snapshot. Reading a citation depends on the source kind and is emitted with the model
/// (<see cref="FactDataEmitter"/>), as the other part of the partial reader.
/// </summary>
internal static class DataReaderTemplate
{
    public const string Text = $$"""
        internal static partial class {{Core.GeneratedNames.FactData}}
        {
            internal static global::System.Collections.Generic.IReadOnlyList<T> {{DataNames.ReadOnlyList}}<T>(T[] items) => new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);

            /// <summary>Adds a fact to the group of a key, once even when the fact has the key twice.</summary>
            private static void {{DataNames.AddToGroup}}<TKey, T>(global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.List<T>> groups, TKey key, T fact) where TKey : notnull where T : class
            {
                if (!groups.TryGetValue(key, out var group)) groups.Add(key, group = new global::System.Collections.Generic.List<T>());
                if (group.Count == 0 || !ReferenceEquals(group[group.Count - 1], fact)) group.Add(fact);
            }

            private static global::System.Collections.Generic.IReadOnlyList<T> {{DataNames.Group}}<TKey, T>(global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.List<T>> groups, TKey key) where TKey : notnull =>
                groups.TryGetValue(key, out var group) ? {{DataNames.ReadOnlyList}}(group.ToArray()) : global::System.Array.Empty<T>();

            private static global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.IReadOnlyList<T>> {{DataNames.ReadOnlyGroups}}<TKey, T>(global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.List<T>> groups, global::System.Collections.Generic.IEqualityComparer<TKey>? comparer) where TKey : notnull
            {
                var result = new global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.IReadOnlyList<T>>(groups.Count, comparer);
                foreach (var pair in groups) result.Add(pair.Key, {{DataNames.ReadOnlyList}}(pair.Value.ToArray()));
                return result;
            }

            private delegate T {{DataNames.ReaderItem}}<T>(ref {{DataNames.Reader}} reader);

            /// <summary>
            /// Reads the values the generator wrote: numbers in ASCII digits, a string as its UTF-8 byte count,
            /// ':' and its bytes, '~' for no value; every value ends with '|' and every fact with a line feed.
            /// </summary>
            private ref partial struct {{DataNames.Reader}}
            {
                private readonly global::System.ReadOnlySpan<byte> _data;
                private int _next;

                public {{DataNames.Reader}}(global::System.ReadOnlySpan<byte> data)
                {
                    _data = data;
                    _next = 0;
                }

                public bool More => _next < _data.Length;

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
                    var text = global::System.Text.Encoding.UTF8.GetString(_data.Slice(_next, length));
                    _next += length;
                    Expect((byte)'|');
                    return text;
                }

                /// <summary>Ids are interned, so an id constant finds its fact by reference equality.</summary>
                public string Id() => string.Intern(String());

                public decimal Decimal() => decimal.Parse(String(), global::System.Globalization.NumberStyles.AllowLeadingSign | global::System.Globalization.NumberStyles.AllowDecimalPoint, global::System.Globalization.CultureInfo.InvariantCulture);

                public global::System.Collections.Generic.IReadOnlyList<T> List<T>({{DataNames.ReaderItem}}<T> read)
                {
                    var count = Int();
                    if (count == 0) return global::System.Array.Empty<T>();
                    var items = new T[count];
                    for (var i = 0; i < count; i++) items[i] = read(ref this);
                    return {{DataNames.ReadOnlyList}}(items);
                }

                public void EndFact() => Expect((byte)'\n');

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
                    if (_data[_next++] != expected) throw new global::System.InvalidOperationException("FactGen: the generated fact data is corrupt; rebuild the project.");
                }
            }
        }
        """;
}
