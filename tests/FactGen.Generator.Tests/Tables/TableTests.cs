using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Collections;
using FactGen.Core.Schema;
using FactGen.Generator.Emit;
using FactGen.Generator.Emit.Tables;

namespace FactGen.Generator.Tests.Tables;

/// <summary>
/// The tables the generator computes instead of the model building them at start-up: the perfect
/// hash from id to slot, and the groups behind inverses and lookups. That the generated code reads
/// them the same way is checked on compiled models (<see cref="ChunkingTests"/>, the Facts tests).
/// </summary>
public class TableTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(64)]
    [InlineData(257)]
    [InlineData(20_000)]
    public void Every_id_gets_its_own_slot_and_every_position_holds_at_most_one(int count)
    {
        var ids = Enumerable.Range(0, count).Select(i => "fact-" + i.ToString(CultureInfo.InvariantCulture)).ToList();

        var table = IdTable.Build(ids);

        for (var slot = 0; slot < ids.Count; slot++) Assert.Equal(slot, table.SlotOf(ids[slot]));
        var held = table.Positions.Where(p => p != 0).Select(p => p - 1).OrderBy(p => p).ToList();
        Assert.Equal(Enumerable.Range(0, count), held);
        // Room for every id at a load of at most 0.8, and a bucket per four positions.
        Assert.InRange(1 << table.PositionBits, count * 5 / 4, Math.Max(16, count * 5 / 2 + 2));
        Assert.Equal(1 << table.BucketBits, table.Buckets.Count);
        Assert.Equal(table, IdTable.Build(ids));
    }

    [Fact]
    public void An_id_that_is_not_there_finds_no_slot_or_the_slot_of_an_id_the_caller_then_compares()
    {
        var ids = Enumerable.Range(0, 500).Select(i => "id-" + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var table = IdTable.Build(ids);

        var landed = Enumerable.Range(500, 2_000).Select(i => table.SlotOf("id-" + i.ToString(CultureInfo.InvariantCulture))).ToList();

        Assert.All(landed, slot => Assert.InRange(slot, -1, ids.Count - 1));
        Assert.Contains(-1, landed);
        Assert.Equal(-1, IdTable.Empty.SlotOf("id-1"));
        Assert.Same(IdTable.Empty, IdTable.Build([]));
    }

    [Fact]
    public void The_hash_spreads_ids_that_differ_in_one_character_and_depends_on_the_seed()
    {
        var hashes = Enumerable.Range(0, 10_000).Select(i => IdHash.Id_Hash("person-" + i.ToString("D5", CultureInfo.InvariantCulture), 0)).ToList();

        Assert.Equal(hashes.Count, hashes.Distinct().Count());
        // The top bits pick the bucket: they must differ as much as the low ones.
        Assert.InRange(hashes.Select(h => h >> 56).Distinct().Count(), 240, 256);
        Assert.NotEqual(IdHash.Id_Hash("wang-yi", 0), IdHash.Id_Hash("wang-yi", 1));
        Assert.NotEqual(IdHash.Id_Hash("ab", 0), IdHash.Id_Hash("ba", 0));
        Assert.NotEqual(IdHash.Id_Hash("abcd", 0), IdHash.Id_Hash("abcd\0", 0));
    }

    [Fact]
    public void A_group_holds_each_fact_once_in_slot_order_for_every_value_items_and_sources_included()
    {
        var team = new KindSchema("Team", "Teams", null, IsSource: false, new EquatableArray<FieldSchema>([
            new FieldSchema("members", FieldType.Reference, IsList: true, IsRequired: false, null, "Person", EquatableArray<string>.Empty, IsIndexed: true, Inverse: "Teams", IsPerSource: true),
            new FieldSchema("lead", FieldType.Reference, IsList: false, IsRequired: false, null, "Person", EquatableArray<string>.Empty, IsIndexed: false, Inverse: null, IsPerSource: true),
        ]));
        var people = new KindIds(Person, new EquatableArray<string>(["ada", "bob", "cy"]));
        var teams = new BoundKind(team, new EquatableArray<BoundFact>([
            Fact("red", List("bob", "ada", "bob"), null),
            Fact("blue", List("cy"), null, Sourced(0, ("article", List("ada")), ("report", List("cy", "cy")))),
            Fact("green", null, Ref("bob")),
        ]));

        var tables = GroupTable.Of(teams, [people], []);

        // members has an inverse and a lookup: groups by person slot, what each source states
        // included (blue's first source names ada). lead has neither: no table.
        var members = Assert.Single(tables);
        Assert.Equal(("Members", "Person", GroupKey.Target), (members.Field, members.Target, members.Key));
        Assert.Equal(3, members.GroupCount);
        Assert.Equal([[0, 1], [0], [1]], Groups(members));
    }

    [Fact]
    public void Values_are_grouped_by_enum_number_bool_sorted_int_and_ordinal_string()
    {
        var kind = new KindSchema("Thing", "Things", null, IsSource: false, new EquatableArray<FieldSchema>([
            new FieldSchema("level", FieldType.Enum, IsList: false, IsRequired: false, null, null, new EquatableArray<string>(["low", "high"]), IsIndexed: true, Inverse: null),
            new FieldSchema("open", FieldType.Bool, IsList: false, IsRequired: false, null, null, EquatableArray<string>.Empty, IsIndexed: true, Inverse: null),
            new FieldSchema("rank", FieldType.Int, IsList: false, IsRequired: false, null, null, EquatableArray<string>.Empty, IsIndexed: true, Inverse: null),
            new FieldSchema("tags", FieldType.String, IsList: true, IsRequired: false, null, null, EquatableArray<string>.Empty, IsIndexed: true, Inverse: null),
        ]));
        var things = new BoundKind(kind, new EquatableArray<BoundFact>([
            Fact("a", new EnumValue("high"), new BoolValue(true), new IntValue(7), new ListValue(new EquatableArray<FactValue>([new StringValue("b"), new StringValue("B")]))),
            Fact("b", new EnumValue("high"), null, new IntValue(-3), new ListValue(new EquatableArray<FactValue>([new StringValue("\u00e9"), new StringValue("b")]))),
        ]));

        var tables = GroupTable.Of(things, [], []);

        Assert.Equal([GroupKey.Enum, GroupKey.Bool, GroupKey.Int, GroupKey.String], tables.Select(t => t.Key));
        Assert.Equal([[], [0, 1]], Groups(tables[0]));
        Assert.Equal([[], [0]], Groups(tables[1]));
        Assert.Equal([-3, 7], tables[2].IntKeys);
        Assert.Equal([[1], [0]], Groups(tables[2]));
        Assert.Equal(["B", "b", "\u00e9"], tables[3].StringKeys);
        Assert.Equal([[0], [0, 1], [1]], Groups(tables[3]));
    }

    [Theory]
    [InlineData(0, 16)]
    [InlineData(16, 16)]
    [InlineData(17, 32)]
    [InlineData(4096, 4096)]
    [InlineData(4097, 8192)]
    [InlineData(12_289, 16_384)]
    public void Blobs_are_padded_to_a_power_of_two_up_to_4_KB_and_to_a_multiple_of_4_KB_above(int bytes, int padded) =>
        Assert.Equal(padded, ByteTable.PaddedSize(bytes));

    [Theory]
    [InlineData(new[] { 0 }, 1)]
    [InlineData(new[] { 15 }, 1)]
    [InlineData(new[] { 0, 255 }, 2)]
    [InlineData(new[] { 256 }, 3)]
    [InlineData(new[] { 65_536 }, 5)]
    [InlineData(new[] { 16_777_216 }, 7)]
    [InlineData(new[] { int.MaxValue }, 8)]
    [InlineData(new[] { -1 }, 8)]
    public void A_table_is_as_wide_as_its_largest_entry_needs(int[] values, int width) => Assert.Equal(width, ByteTable.Width(values));

    private static readonly KindSchema Person = new("Person", "People", null, IsSource: false, EquatableArray<FieldSchema>.Empty);

    private static List<List<int>> Groups(GroupTable table) =>
        Enumerable.Range(0, table.GroupCount).Select(g => table.Members.Skip(table.Starts[g]).Take(table.Starts[g + 1] - table.Starts[g]).ToList()).ToList();

    private static BoundFact Fact(string id, params FactValue?[] values) => Fact(id, values, EquatableArray<SourcedField>.Empty);

    private static BoundFact Fact(string id, FactValue? first, FactValue? second, SourcedField sourced) =>
        Fact(id, [first, second], new EquatableArray<SourcedField>([sourced]));

    private static BoundFact Fact(string id, FactValue?[] values, EquatableArray<SourcedField> sourced) =>
        new(id, new EquatableArray<FactValue?>(values), EquatableArray<CitationValue>.Empty, false, null, EquatableArray<string>.Empty, sourced, EquatableArray<string>.Empty);

    private static SourcedField Sourced(int field, params (string Source, FactValue Value)[] entries) =>
        new(field, IsExplicit: true, new EquatableArray<SourcedEntry>(entries.Select(e => new SourcedEntry(e.Source, e.Value)).ToArray()));

    private static ReferenceValue Ref(string id) => new(id);

    private static ListValue List(params string[] ids) => new(new EquatableArray<FactValue>(ids.Select(id => (FactValue)new ReferenceValue(id)).ToArray()));
}
