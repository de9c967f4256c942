using System.Collections;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Collections;

namespace FactGen.Core.Tests;

/// <summary>
/// The value equality the generator's cache relies on (an equal model must compare equal, or every
/// keystroke re-emits; an unequal one must not, or an edit is lost) and the ways to read the array.
/// </summary>
public sealed class EquatableArrayTests
{
    private static EquatableArray<string?> Of(params string?[] items) => new(items);

    [Fact]
    public void Arrays_with_equal_items_are_equal_whatever_array_holds_them()
    {
        var left = Of("a", null, "c");
        var right = new[] { "a", null, "c" }.ToEquatableArray();

        Assert.True(left.Equals(right));
        Assert.True(left.Equals((object)right));
        Assert.True(left == right);
        Assert.False(left != right);
        Assert.Equal(left.GetHashCode(), right.GetHashCode());
    }

    [Theory]
    [InlineData(new[] { "a", "b" }, new[] { "a", "c" })] // one item differs
    [InlineData(new[] { "a", "b" }, new[] { "b", "a" })] // order differs
    [InlineData(new[] { "a", "b" }, new[] { "a" })] // one is a prefix of the other
    [InlineData(new[] { "a" }, new string[0])]
    public void Arrays_that_differ_in_an_item_its_place_or_their_length_are_not_equal(string[] left, string[] right)
    {
        var a = Of(left);
        var b = Of(right);

        Assert.False(a.Equals(b));
        Assert.False(b.Equals(a));
        Assert.False(a == b);
        Assert.True(a != b);
        Assert.False(a.Equals((object)b));
    }

    [Fact]
    public void The_hash_depends_on_each_item_and_its_place()
    {
        // Not a promise of distinct hashes in general, but these small cases must spread out, or
        // the cache's dictionaries degrade to lists.
        var hashes = new[] { Of(), Of("a"), Of("b"), Of("a", "b"), Of("b", "a"), Of(null, "a"), Of("a", null) }
            .Select(a => a.GetHashCode()).ToList();

        Assert.Equal(hashes.Count, hashes.Distinct().Count());
    }

    [Fact]
    public void A_default_array_is_empty_and_equal_to_Empty()
    {
        EquatableArray<string?> none = default;

        Assert.True(none.IsEmpty);
        Assert.True(none == EquatableArray<string?>.Empty);
        Assert.Equal(EquatableArray<string?>.Empty.GetHashCode(), none.GetHashCode());
        Assert.Empty((IEnumerable<string?>)none);
        Assert.False(((IEnumerable)none).GetEnumerator().MoveNext());
        Assert.False(none.Equals("not an array"));
    }

    [Fact]
    public void Every_way_of_enumerating_gives_the_items_in_order()
    {
        var array = Of("a", "b", "c");
        var viaForeach = new List<string?>();
        foreach (var item in array) viaForeach.Add(item);
        var viaNonGeneric = new List<object?>();
        foreach (var item in (IEnumerable)array) viaNonGeneric.Add(item);

        Assert.Equal(["a", "b", "c"], viaForeach);
        Assert.Equal(["a", "b", "c"], ((IEnumerable<string?>)array).ToList());
        Assert.Equal(new object?[] { "a", "b", "c" }, viaNonGeneric);
        Assert.Equal("b", array[1]);
        Assert.False(array.IsEmpty);
    }
}
