using System.Linq;
using System.Threading;
using FactGen.Core;
using FactGen.Core.Schema;
using FactGen.Generator.Emit.Tables;

namespace FactGen.Generator.Emit;

/// <summary>
/// A kind's tables, worked out by the generator and written as data, so nothing is built at start-up:
/// the perfect hash from an id to its slot (<see cref="IdTable"/>), in a file that changes only when
/// the kind's ids do, and the groups behind inverse navigations and lookups (<see cref="GroupTable"/>),
/// in a file that changes only when what the kind points at or is indexed by does.
/// </summary>
internal static class TablesEmitter
{
    public static void EmitIds(SourceWriter w, IdTableUnit unit)
    {
        var plural = unit.Kind.Plural;
        var table = unit.Table;
        w.Open($"internal static partial class {GeneratedNames.FactData}");
        var record = GeneratedNames.Record(unit.Kind);
        if (table.Positions.Count == 0)
        {
            w.Line($"/// <summary>The {record} with an id: there are none.</summary>");
            w.Line($"internal static {record}? {DataNames.Find(plural)}(string id) => null;");
            w.Close();
            return;
        }
        var bucketWidth = ByteTable.Width(table.Buckets);
        var positionWidth = ByteTable.Width(table.Positions);
        var ids = table.Positions.Count(p => p != 0);
        w.Line($"/// <summary>The {record} with an id, or null: a perfect hash of its {CSharp.Literal(ids)} ids over {CSharp.Literal(table.Positions.Count)} positions gives the one slot it can be in.</summary>");
        w.Open($"internal static {record}? {DataNames.Find(plural)}(string id)");
        w.Line($"var slot = {DataNames.PerfectSlot}(id, seed: {table.Seed.ToString(System.Globalization.CultureInfo.InvariantCulture)}UL, buckets: {DataNames.Buckets(plural)}, bucketWidth: {CSharp.Literal(bucketWidth)}, bucketBits: {CSharp.Literal(table.BucketBits)}, positions: {DataNames.Positions(plural)}, positionWidth: {CSharp.Literal(positionWidth)}, positionBits: {CSharp.Literal(table.PositionBits)});");
        w.Line("if (slot < 0) return null;");
        w.Line("// A fact made already compares its id; one not made yet compares the id in its data, so an id that is not there makes nothing.");
        w.Line($"if ({DataNames.Made(plural)}.{DataNames.HeldFacts}.Find(slot) is {record} made) return string.Equals(made.Id, id, global::System.StringComparison.Ordinal) ? made : null;");
        w.Line($"return {DataNames.IdIs}({DataNames.Data(plural)}(slot >> {DataNames.ChunkBits}), {DataNames.Offset(plural)}(slot), id) ? {DataNames.Fact(plural)}(slot) : null;");
        w.Close().Line();
        w.Line("// Each bucket's displacement.");
        ByteTable.Write(w, DataNames.Buckets(plural), table.Buckets, bucketWidth);
        w.Line("// Each position's slot plus one; 0 where no id lands.");
        ByteTable.Write(w, DataNames.Positions(plural), table.Positions, positionWidth);
        w.Close();
    }

    public static void EmitGroups(SourceWriter w, GroupsUnit unit, ModelIndex index, CancellationToken cancellation)
    {
        var owner = unit.Kind;
        w.Open($"internal static partial class {GeneratedNames.FactData}");
        var first = true;
        foreach (var table in unit.Tables)
        {
            cancellation.ThrowIfCancellationRequested();
            if (!first) w.Line();
            first = false;
            var field = owner.Fields.First(f => f.PropertyName == table.Field);
            var target = table.Target is null ? null : index.Kind(table.Target);
            var name = target is null ? DataNames.Groups(owner.Plural, table.Field) : DataNames.GroupsIn(owner.Plural, table.Field, target.Plural);
            var startWidth = ByteTable.Width(table.Starts);
            var memberWidth = ByteTable.Width(table.Members);
            var groupOf = $"{DataNames.Group}({DataNames.GroupsMade(name)}.{DataNames.HeldLists}, group, {DataNames.Starts(name)}, startWidth: {CSharp.Literal(startWidth)}, {DataNames.Members(name)}, memberWidth: {CSharp.Literal(memberWidth)}, {DataNames.Fact(owner.Plural)})";
            // In a holder class of its own: created when the group is first asked for.
            w.Line($"private static class {DataNames.GroupsMade(name)} {{ internal static readonly {DataNames.Cache} {DataNames.HeldLists} = new(count: {CSharp.Literal(table.GroupCount)}); }}");
            EmitLookup(w, table, owner, field, target, name, groupOf);
            w.Line("// Where each group starts among the members, and the members' slots.");
            ByteTable.Write(w, DataNames.Starts(name), table.Starts, startWidth);
            ByteTable.Write(w, DataNames.Members(name), table.Members, memberWidth);
        }
        w.Close();
    }

    /// <summary>The method that finds one group's facts by its key: a target's slot, a string, an int, an enum member or a bool.</summary>
    private static void EmitLookup(SourceWriter w, GroupTable table, KindSchema owner, FieldSchema field, KindSchema? target, string name, string groupOf)
    {
        var record = GeneratedNames.Record(owner);
        var list = $"{TypeNames.ReadOnlyList}<{record}>";
        switch (table.Key)
        {
            case GroupKey.Target:
                w.Line($"/// <summary>The {owner.Plural} whose {field.PropertyName} points at the {GeneratedNames.Record(target!)} in a slot.</summary>");
                w.Line($"internal static {list} {name}(int group) => {groupOf};");
                break;
            case GroupKey.String:
                var keyStarts = new int[table.StringKeys.Count + 1];
                var units = new System.Collections.Generic.List<int>();
                for (var k = 0; k < table.StringKeys.Count; k++)
                {
                    keyStarts[k] = units.Count;
                    units.AddRange(table.StringKeys[k].Select(c => (int)c));
                }
                keyStarts[table.StringKeys.Count] = units.Count;
                var keyWidth = ByteTable.Width(keyStarts);
                w.Open($"internal static {list} {name}(string key)");
                w.Line($"var group = {DataNames.StringKey}({DataNames.Keys(name)}, {DataNames.KeyStarts(name)}, width: {CSharp.Literal(keyWidth)}, count: {CSharp.Literal(table.GroupCount)}, key);");
                w.Line($"return group < 0 ? global::System.Array.Empty<{record}>() : {groupOf};");
                w.Close();
                w.Line("// The values, sorted by ordinal, as UTF-16 code units.");
                ByteTable.Write(w, DataNames.Keys(name), units, 4);
                ByteTable.Write(w, DataNames.KeyStarts(name), keyStarts, keyWidth);
                break;
            case GroupKey.Int:
                w.Open($"internal static {list} {name}(int key)");
                w.Line($"var group = {DataNames.IntKey}({DataNames.Keys(name)}, count: {CSharp.Literal(table.GroupCount)}, key);");
                w.Line($"return group < 0 ? global::System.Array.Empty<{record}>() : {groupOf};");
                w.Close();
                w.Line("// The values, sorted.");
                ByteTable.Write(w, DataNames.Keys(name), table.IntKeys, 8);
                break;
            case GroupKey.Enum:
                w.Open($"internal static {list} {name}({TypeNames.EnumType(owner, field)} key)");
                w.Line("var group = (int)key;");
                w.Line($"return (uint)group >= {CSharp.Literal(table.GroupCount)}u ? global::System.Array.Empty<{record}>() : {groupOf};");
                w.Close();
                break;
            default:
                w.Open($"internal static {list} {name}(bool key)");
                w.Line("var group = key ? 1 : 0;");
                w.Line($"return {groupOf};");
                w.Close();
                break;
        }
    }
}
