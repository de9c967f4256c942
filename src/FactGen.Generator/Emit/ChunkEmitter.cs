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

        var plain = schema.Fields.Where(f => !TypeNames.IsLinked(f)).ToList();
        var linked = schema.Fields.Where(TypeNames.IsLinked).ToList();
        var perSource = schema.Fields.Where(f => f.IsPerSource).ToList();
        var data = new DataWriter(index);
        var line = new DataLine();
        var offsets = new List<int>(unit.Facts.Count);
        var at = 0;

        w.Open($"internal static partial class {GeneratedNames.FactData}");
        var last = first + unit.Facts.Count - 1;
        w.Line($"// {schema.Name} {CSharp.Literal(first)} to {CSharp.Literal(last)}, a line each: id, basis, note, aliases, inferred fields{Describe(plain, ", ")};");
        w.Line($"// then what it points at: {Describe(linked, string.Empty, ", ")}citations{(perSource.Count > 0 ? ", values by source of " + Describe(perSource, string.Empty) : string.Empty)}.");
        w.Line($"private static global::System.ReadOnlySpan<byte> {DataNames.Data(plural, unit.Chunk)} =>");
        for (var i = 0; i < unit.Facts.Count; i++)
        {
            cancellation.ThrowIfCancellationRequested();
            var fact = unit.Facts[i];
            line.Start().String(fact.Id).Int(fact.IsInferred ? 1 : 0);
            if (fact.Note is null) line.None();
            else line.String(fact.Note);
            DataWriter.Strings(line, fact.Aliases);
            DataWriter.Strings(line, fact.InferredFields.Select(f => schema.FindField(f)!.PropertyName).ToList());
            foreach (var field in plain) data.Write(line, field, fact.Values[schema.Fields.IndexOf(field)]);
            foreach (var field in linked) data.Write(line, field, fact.Values[schema.Fields.IndexOf(field)]);
            data.Citations(line, fact.Citations);
            foreach (var field in perSource) data.Sourced(line, field, fact.SourcedAt(schema.Fields.IndexOf(field)));
            offsets.Add(at);
            var literal = line.End();
            at += line.ByteCount;
            w.Line("    " + literal + " +");
        }
        // Spaces up to a size many chunks share: see ByteTable.PaddedSize (the compiler adds a zero
        // byte after a u8 literal, hence one less). Nothing reads past the last line.
        w.Line($"    \"{new string(' ', Tables.ByteTable.PaddedSize(at + 1) - at - 1)}\"u8;");
        w.Line();
        w.Line($"// Where each of those lines starts, 8 digits each.");
        Tables.ByteTable.Write(w, DataNames.Offsets(plural, unit.Chunk), offsets, 8);
        w.Close();
    }

    private static string Describe(List<FieldSchema> fields, string before, string after = "") =>
        fields.Count == 0 ? string.Empty : before + string.Join(", ", fields.Select(f => f.Name)) + after;
}
