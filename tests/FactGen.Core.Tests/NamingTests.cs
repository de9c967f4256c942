using System.Linq;

namespace FactGen.Core.Tests;

/// <summary>
/// <see cref="Naming"/> on its own: how an id becomes a C# name, which ids are slugs (each bound
/// on both sides), the edit distance against a plain recursive definition, and how a suggestion
/// is chosen among equally close candidates.
/// </summary>
public sealed class NamingTests
{
    [Theory]
    [InlineData("wang-yi", "WangYi")]
    [InlineData("wang_yi", "WangYi")]
    [InlineData("wang yi", "WangYi")]
    [InlineData("wang.yi", "WangYi")]
    [InlineData("wang--yi", "WangYi")]
    [InlineData("onAgenda", "OnAgenda")]
    [InlineData("a!b", "Ab")] // a character that is no letter or digit is dropped, and starts no word
    [InlineData("caf\u00e9-x", "CafX")]
    [InlineData("2024-visit", "_2024Visit")]
    [InlineData("", "_")]
    [InlineData("-", "_")]
    public void An_id_becomes_a_PascalCase_name(string id, string name)
    {
        Assert.Equal(name, Naming.ToPascalCase(id));
    }

    [Theory]
    [InlineData("a", true)]
    [InlineData("z9", true)]
    [InlineData("0-a", true)]
    [InlineData("wang-yi", true)]
    [InlineData("", false)]
    [InlineData("-a", false)]
    [InlineData("a-", false)]
    [InlineData("a--b", false)]
    [InlineData("A", false)]
    [InlineData("a_b", false)]
    [InlineData("a{", false)] // the character after 'z'
    [InlineData("a`", false)] // the character before 'a'
    [InlineData("a:", false)] // the character after '9'
    [InlineData("a/", false)] // the character before '0'
    public void A_slug_is_lowercase_letters_and_digits_joined_by_single_hyphens(string id, bool slug)
    {
        Assert.Equal(slug, Naming.IsSlug(id));
        // The pattern JSON Schema and editors use is the same rule.
        Assert.Equal(slug, System.Text.RegularExpressions.Regex.IsMatch(id, Naming.SlugPattern));
    }

    [Fact]
    public void A_slug_is_at_most_200_characters()
    {
        Assert.True(Naming.IsSlug(new string('a', 200)));
        Assert.False(Naming.IsSlug(new string('a', 201)));
    }

    [Fact]
    public void The_ASCII_letters_and_digits_are_exactly_those_from_a_to_z_A_to_Z_and_0_to_9()
    {
        var expected = Enumerable.Range('a', 26).Concat(Enumerable.Range('A', 26)).Concat(Enumerable.Range('0', 10)).Select(c => (char)c).ToHashSet();

        for (var c = '\0'; c < 0x250; c++) Assert.True(expected.Contains(c) == Naming.IsAsciiLetterOrDigit(c), $"U+{(int)c:X4}");
    }

    [Theory]
    [InlineData("", "")]
    [InlineData("", "abc")]
    [InlineData("abc", "")]
    [InlineData("abc", "abc")]
    [InlineData("ABC", "abc")]
    [InlineData("abc", "abd")]
    [InlineData("ab", "abcd")]
    [InlineData("abcd", "ab")]
    [InlineData("kitten", "sitting")]
    [InlineData("flaw", "lawn")]
    [InlineData("utopa", "utopia")]
    public void The_edit_distance_is_Levenshtein_ignoring_case(string a, string b)
    {
        Assert.Equal(Levenshtein(a.ToLowerInvariant(), b.ToLowerInvariant()), Naming.EditDistance(a, b));
    }

    /// <summary>The definition, by recursion: slow, and plainly right.</summary>
    private static int Levenshtein(string a, string b) =>
        a.Length == 0 ? b.Length
        : b.Length == 0 ? a.Length
        : new[]
        {
            Levenshtein(a[1..], b) + 1,
            Levenshtein(a, b[1..]) + 1,
            Levenshtein(a[1..], b[1..]) + (a[0] == b[0] ? 0 : 1),
        }.Min();

    [Fact]
    public void Among_equally_close_candidates_the_first_in_ordinal_order_is_suggested_whatever_their_order()
    {
        Assert.Equal("ac", Naming.Suggest("cc", ["bc", "ac"]));
        Assert.Equal("ac", Naming.Suggest("cc", ["ac", "bc"]));
        Assert.Equal("cd", Naming.Suggest("cc", ["xx", "cd", "yy"])); // a closer candidate wins over order
        Assert.Equal("; did you mean 'ac'?", Naming.DidYouMean("cc", ["bc", "ac"]));
        Assert.Equal(string.Empty, Naming.DidYouMean("cc", ["xyz"]));
    }
}
