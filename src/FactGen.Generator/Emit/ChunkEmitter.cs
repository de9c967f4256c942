using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactGen.Core;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>
/// One chunk of a kind's facts (up to <see cref="KindDataEmitter.ChunkSize"/>): a property per fact on
/// the kind's static class, an id constant per fact, and their data, a <c>"..."u8</c> line per fact
/// (<see cref="DataLine"/>), with where each line starts. The bytes land in the assembly's data
/// section, not its 16 MB string heap; the code that reads them is the same few methods for 10
/// facts or 100,000.
/// </summary>
internal static class ChunkEmitter
{
    public static void Emit(SourceWriter w, ChunkUnit unit, ModelIndex index, CancellationToken cancellation)
    {
        var schema = unit.Kind;
        var name = GeneratedNames.Record(schema);
        var plural = schema.Plural;
        var first = unit.Chunk * KindDataEmitter.ChunkSize;
        var visibility = unit.Options.Visibility;
        var facts = new Core.Binding.BoundKind(schema, unit.Facts);

        // The attributes and docs of these classes are on their declarations in the kind's file.
        w.Open($"{visibility} static partial class {GeneratedNames.FactsClass(schema)}");
        for (var i = 0; i < unit.Facts.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var fact = unit.Facts[i];
            DocComments.Fact(w, facts, fact);
            w.Line($"public static {name} {GeneratedNames.FactMember(fact.Id)} => {GeneratedNames.FactData}.{DataNames.Fact(plural)}({CSharp.Literal(first + i)});").Line();
        }
        w.Close().Line();

        w.Open($"{visibility} static partial class {GeneratedNames.IdsClass(schema)}");
        foreach (var fact in unit.Facts)
        {
            w.Line($"/// <summary><c>{CSharp.DocText(fact.Id)}</c></summary>");
            w.Line($"public const string {GeneratedNames.FactMember(fact.Id)} = {CSharp.Literal(fact.Id)};");
        }
        w.Close().Line();

        var layout = new FactLayout(schema);
        var data = new DataWriter(index);
        var line = new DataLine();
        var offsets = new List<int>(unit.Facts.Count);
        var at = 0;

        w.Open($"internal static partial class {GeneratedNames.FactData}");
        var last = first + unit.Facts.Count - 1;
        w.Line($"// {schema.Name} {CSharp.Literal(first)} to {CSharp.Literal(last)}, a line each: {Describe(layout.Own)};");
        w.Line($"// then what it points at: {Describe(layout.Links)}.");
        w.Line($"private static global::System.ReadOnlySpan<byte> {DataNames.Data(plural, unit.Chunk)} =>");
        for (var i = 0; i < unit.Facts.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var fact = unit.Facts[i];
            line.Start();
            foreach (var part in layout.Own.Concat(layout.Links)) data.Part(line, part, schema, fact);
            offsets.Add(at);
            var literal = line.End();
            at += line.ByteCount;
            w.Line("    " + literal + " +");
        }
        // Spaces up to a size many chunks share: see ByteTable.PaddedSize (the compiler adds a zero
        // byte after a u8 literal, hence one less). Nothing reads past the last line.
        w.Line($"    \"{new string(' ', Tables.ByteTable.PaddedSize(at + 1) - at - 1)}\"u8;");
        w.Line();
        w.Line($"// Where each of those lines starts, {CSharp.Literal(KindDataEmitter.OffsetWidth)} digits each.");
        Tables.ByteTable.Write(w, DataNames.Offsets(plural, unit.Chunk), offsets, KindDataEmitter.OffsetWidth);
        w.Close();
    }

    private static string Describe(IReadOnlyList<FactPart> parts) => string.Join(", ", parts.Select(p => p.Description));
}
