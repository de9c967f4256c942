using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Facts;

namespace FactGen.Facts.Tests;

/// <summary>The shape of the generated API: what a C# developer would guess first.</summary>
public class GeneratedApiTests
{
    [Fact]
    public void Properties_ids_and_lookups_agree()
    {
        Assert.Equal("antony-blinken", PersonIds.AntonyBlinken);
        Assert.Same(People.AntonyBlinken, People.Get(PersonIds.AntonyBlinken));
        Assert.True(People.TryGet("wang-yi", out var wang));
        Assert.Same(People.WangYi, wang);
        Assert.Same(People.WangYi, FactCatalog.Get("wang-yi"));
    }

    [Fact]
    public void Get_of_an_unknown_id_names_it()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => People.Get("no-such-person"));

        Assert.Contains("no-such-person", error.Message);
        Assert.False(People.TryGet("no-such-person", out var nobody));
        Assert.Null(nobody);
        Assert.Throws<ArgumentNullException>(() => People.TryGet(null!, out _));
    }

    [Fact]
    public void Get_of_an_id_of_another_kind_does_not_return_it()
    {
        Assert.False(People.TryGet(CountryIds.China, out _));
        Assert.IsType<Country>(FactCatalog.Get(CountryIds.China));
    }

    [Fact]
    public void References_are_typed_and_cycles_work()
    {
        Country china = People.WangYi.Country!;

        Assert.Same(Countries.China, china);
        Assert.Contains(People.WangYi, china.People);
        Assert.Same(china, china.People.First(p => p == People.WangYi).Country);
    }

    [Fact]
    public void Equality_and_hashing_are_by_id_and_ToString_does_not_recurse()
    {
        var blinken = People.AntonyBlinken;
        var copy = blinken with { };

        Assert.Equal(blinken, copy);
        Assert.Equal(blinken.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(blinken, People.WangYi);
        var text = Countries.China.ToString();
        Assert.StartsWith("Country { Id = china", text);
        Assert.True(text.Length < 500, text);
        Assert.Contains("Country = china", People.WangYi.ToString());
    }

    [Fact]
    public void All_lists_every_fact_of_the_kind_in_file_order_and_is_read_only()
    {
        Assert.Equal(People.AntonyBlinken, People.All[0]);
        Assert.Equal(People.All.Count, People.All.Select(p => p.Id).Distinct().Count());
        Assert.False(People.All is Person[], "All must not hand out the backing array");
        Assert.Throws<NotSupportedException>(() => ((IList<Person>)People.All).Add(People.WangYi));
    }

    [Fact]
    public void Citations_and_basis_are_typed_data()
    {
        var citation = People.AntonyBlinken.Citations[0];

        Assert.Same(Sources.BlinkenLatestOfficial, citation.Source);
        Assert.Equal("000_45ee87bd5384cc5a.txt", citation.Source.File);
        Assert.Equal(1, citation.Paragraph);
        Assert.Contains("Antony Blinken", citation.Quote);
        Assert.Equal(FactBasis.Stated, People.AntonyBlinken.Basis);
        Assert.False(People.AntonyBlinken.IsInferred);
    }

    [Fact]
    public void Indexed_lookups_return_empty_rather_than_null()
    {
        Assert.Empty(Statements.BySpeaker(People.JapanPrimeMinister));
        Assert.NotEmpty(Positions.ByTopic(Topics.TopicTaiwan));
        // A position is under the party named as its holder (position-china-taiwan-military-support: China,
        // read from 003's "much to Chinese anger").
        Assert.NotEmpty(Positions.ByHolder(Countries.China));
        Assert.All(Positions.ByHolder(Countries.China), p => Assert.Contains(p.HolderBySource, s => ReferenceEquals(s.Value, Countries.China)));
    }

    [Fact]
    public void Lookup_by_id_allocates_nothing()
    {
        // Each fact is made on its first touch (which allocates it); after that a lookup allocates nothing.
        _ = People.Get(PersonIds.WangYi);
        _ = People.Get(PersonIds.AntonyBlinken);
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            _ = People.Get(PersonIds.WangYi);
            _ = People.TryGet(PersonIds.AntonyBlinken, out _);
            _ = People.AntonyBlinken;
        }
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
    }
}
