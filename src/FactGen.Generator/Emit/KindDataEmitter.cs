using System.Collections.Generic;
using System.Linq;
using FactGen.Core;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>
/// A kind's part of <c>FactData</c> in its own file: the caches of its made facts and links, the
/// method that makes the fact in a slot from its chunk's data line, the one that reads its links, and
/// the dispatch from a slot to its chunk. Nothing here runs at start-up: a fact is made when it is
/// first asked for, and only that fact.
/// </summary>
internal static class KindDataEmitter
{
    /// <summary>log2 of the facts per chunk: a chunk is one file, one data literal and one cache array.</summary>
    public const int ChunkBitsValue = 8;

    /// <summary>Facts per chunk (256): a one-fact edit re-emits one chunk's file however large its kind.</summary>
    public const int ChunkSize = 1 << ChunkBitsValue;

    /// <summary>Digits per entry of a chunk's table of where each fact starts (<see cref="ChunkEmitter"/> writes it).</summary>
    public const int OffsetWidth = 8;

    public static int ChunkCount(int facts) => (facts + ChunkSize - 1) / ChunkSize;

    public static void Emit(SourceWriter w, KindEmitter kind)
    {
        var schema = kind.Schema;
        var plural = schema.Plural;
        var name = GeneratedNames.Record(schema);
        var count = CSharp.Literal(kind.Count);
        var links = DataNames.Links(name);

        w.Open($"internal static partial class {GeneratedNames.FactData}");
        var made = DataNames.Made(plural);
        w.Line($"/// <summary>The {plural} made so far, and their links: created when the kind is first touched.</summary>");
        w.Open($"internal static class {made}");
        w.Line($"internal static readonly {DataNames.Cache} {DataNames.HeldFacts} = new(count: {count});");
        w.Line($"internal static readonly {DataNames.Cache} {DataNames.HeldLinks} = new(count: {count});");
        w.Close().Line();
        w.Line($"/// <summary>Every {name}, as a list that makes each when it is read: created when first asked for.</summary>");
        w.Line($"internal static class {DataNames.List(plural)} {{ internal static readonly {TypeNames.ReadOnlyList}<{name}> {DataNames.HeldAll} = new {DataNames.LazyList}<{name}>(count: {count}, fact: {DataNames.Fact(plural)}); }}").Line();
        w.Line($"/// <summary>The {name} in a slot, made from its data the first time any thread asks for it.</summary>");
        w.Line($"internal static {name} {DataNames.Fact(plural)}(int slot) => ({name})({made}.{DataNames.HeldFacts}.Find(slot) ?? {made}.{DataNames.HeldFacts}.Keep(slot, {DataNames.Make(name)}(slot)));").Line();
        w.Line($"/// <summary>What the {name} in a slot points at, read from its data (from <paramref name=\"at\"/>) the first time any thread asks.</summary>");
        w.Line($"internal static {links} {DataNames.LinksOf(name)}(int slot, int at) => ({links})({made}.{DataNames.HeldLinks}.Find(slot) ?? {made}.{DataNames.HeldLinks}.Keep(slot, {DataNames.MakeLinks(name)}(slot, at)));").Line();
        EmitMake(w, kind);
        EmitChunkDispatch(w, kind);
        RecordEmitter.EmitLinks(w, kind);
        w.Close();
    }

    /// <summary>
    /// <c>Make_X</c> and <c>MakeLinks_X</c>: each reads its parts of the fact's data
    /// (<see cref="FactLayout"/>) one statement at a time, then passes them to the constructor.
    /// </summary>
    private static void EmitMake(SourceWriter w, KindEmitter kind)
    {
        var schema = kind.Schema;
        var name = GeneratedNames.Record(schema);
        var links = DataNames.Links(name);
        const string slot = DataNames.SlotParameter, at = DataNames.LinksAtParameter, reader = DataNames.ReaderLocal;
        if (kind.Count == 0)
        {
            w.Line($"private static {name} {DataNames.Make(name)}(int {slot}) => throw {DataNames.Corrupt}();").Line();
            w.Line($"private static {links} {DataNames.MakeLinks(name)}(int {slot}, int {at}) => throw {DataNames.Corrupt}();").Line();
            return;
        }
        var layout = new FactLayout(schema);
        w.Open($"private static {name} {DataNames.Make(name)}(int {slot})");
        ReadParts(w, kind, layout.Own, $"{DataNames.Offset(schema.Plural)}({slot})");
        // The links start where the record's own parts end.
        w.Line($"return new {name}({string.Join(", ", new[] { slot }.Concat(layout.Own.Select(p => p.Parameter)))}, {at}: {reader}.At);");
        w.Close().Line();
        w.Open($"private static {links} {DataNames.MakeLinks(name)}(int {slot}, int {at})");
        ReadParts(w, kind, layout.Links, at);
        w.Line($"return new {links}({string.Join(", ", layout.Links.Select(p => p.Parameter))});");
        w.Close().Line();
    }

    private static void ReadParts(SourceWriter w, KindEmitter kind, IReadOnlyList<FactPart> parts, string start)
    {
        const string reader = DataNames.ReaderLocal;
        w.Line($"var {reader} = new {DataNames.Reader}({DataNames.Data(kind.Schema.Plural)}({DataNames.SlotParameter} >> {DataNames.ChunkBits}), {start});");
        foreach (var part in parts) w.Line($"{part.Type} {part.Parameter} = {DataReading.Part(kind.Schema, part, kind.Index, reader)};");
    }

    /// <summary>From a chunk number to its data, and from a slot to where its fact starts in that data.</summary>
    private static void EmitChunkDispatch(SourceWriter w, KindEmitter kind)
    {
        if (kind.Count == 0) return;
        var plural = kind.Schema.Plural;
        w.Open($"internal static global::System.ReadOnlySpan<byte> {DataNames.Data(plural)}(int chunk) => chunk switch");
        for (var chunk = 0; chunk < kind.Chunks; chunk++) w.Line($"{CSharp.Literal(chunk)} => {DataNames.Data(plural, chunk)},");
        w.Line($"_ => throw {DataNames.Corrupt}(),");
        w.Close(";").Line();
        w.Open($"internal static int {DataNames.Offset(plural)}(int slot) => {DataNames.Entry}((slot >> {DataNames.ChunkBits}) switch");
        for (var chunk = 0; chunk < kind.Chunks; chunk++) w.Line($"{CSharp.Literal(chunk)} => {DataNames.Offsets(plural, chunk)},");
        w.Line($"_ => throw {DataNames.Corrupt}(),");
        w.Close($", width: {CSharp.Literal(OffsetWidth)}, index: slot & {DataNames.ChunkMask});").Line();
    }
}
