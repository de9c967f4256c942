using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactGen.Core;
using FactGen.Core.Binding;
using FactGen.Core.Collections;
using FactGen.Core.Schema;
using FactGen.Generator.Emit.Tables;
using FactGen.Generator.Emit.Templates;

namespace FactGen.Generator.Emit;

/// <summary>
/// Model in, C# out, in units the generator caches apart so an edit re-emits little: per kind, its own
/// file (<see cref="KindEmitter"/>: the types, from its schema and fact count), its id table and its
/// group tables (<see cref="TablesEmitter"/>), and one file per chunk of 256 facts
/// (<see cref="ChunkEmitter"/>); then the shared files (support types, <c>FactData</c>'s cross-kind part,
/// the data reader). Pure: no Roslyn types, so it can be tested on a hand-built model.
/// </summary>
public static class ModelEmitter
{
    /// <summary>Every file, in one go, in the order the generator adds them: each kind's files, then the shared ones.</summary>
    public static IReadOnlyList<GeneratedSource> Emit(FactModel model, EmitOptions options, CancellationToken cancellation = default)
    {
        if (model.Kinds.Count == 0) return [];
        var shape = Shape(model, options);
        var ids = model.Kinds.Select(IdsOf).ToEquatableArray();
        var sources = new List<GeneratedSource>();
        foreach (var kindShape in KindShapes(shape)) sources.Add(EmitKind(kindShape, cancellation));
        foreach (var kind in ids) sources.Add(EmitIds(IdTableOf(kind, shape.Schemas, options, cancellation)));
        foreach (var kind in model.Kinds) sources.AddRange(EmitGroups(GroupsOf(kind, ids, options, model.Unions, cancellation), cancellation));
        foreach (var kind in model.Kinds)
        {
            foreach (var chunk in Chunks(kind, ids, options, model.Unions, cancellation)) sources.Add(EmitChunk(chunk, cancellation));
        }
        sources.AddRange(EmitShared(shape, cancellation));
        return sources;
    }

    /// <summary>A kind's schema and its facts' ids in order: what another kind's file needs to point at them.</summary>
    public static KindIds IdsOf(BoundKind kind) => new(kind.Schema, kind.Facts.Select(f => f.Id).ToEquatableArray());

    /// <summary>What the shared files depend on: the kinds' schemas and how many facts each has.</summary>
    public static ModelShape Shape(FactModel model, EmitOptions options) =>
        new(model.Kinds.Select(k => k.Schema).ToEquatableArray(), model.Kinds.Select(k => k.Facts.Count).ToEquatableArray(), options, model.Unions);

    /// <summary>Each kind's own file's input: its schema and count, not its facts.</summary>
    public static EquatableArray<KindShape> KindShapes(ModelShape shape) =>
        shape.Schemas.Select((kind, k) => new KindShape(kind, shape.Counts[k], shape.Schemas, shape.Options, shape.Unions)).ToEquatableArray();

    /// <summary>A kind's perfect hash, worked out again only when its ids change.</summary>
    public static IdTableUnit IdTableOf(KindIds ids, EquatableArray<KindSchema> schemas, EmitOptions options, CancellationToken cancellation = default) =>
        new(ids.Schema, IdTable.Build(ids.Ids, cancellation), schemas, options);

    /// <summary>A kind's group tables, from its facts and every kind's ids (the slots its references point at).</summary>
    public static GroupsUnit GroupsOf(BoundKind kind, EquatableArray<KindIds> ids, EmitOptions options, EquatableArray<UnionSchema> unions, CancellationToken cancellation = default) =>
        new(kind.Schema, GroupTable.Of(kind, ids, unions, cancellation), ids.Select(i => i.Schema).ToEquatableArray(), options);

    /// <summary>
    /// A kind's facts in chunks of <see cref="KindDataEmitter.ChunkSize"/>, each with the slots of the
    /// facts it points at. The generator caches each chunk apart: a one-fact edit re-emits one.
    /// </summary>
    public static EquatableArray<ChunkUnit> Chunks(BoundKind kind, EquatableArray<KindIds> ids, EmitOptions options, EquatableArray<UnionSchema> unions, CancellationToken cancellation = default)
    {
        var schemas = ids.Select(i => i.Schema).ToEquatableArray();
        var chunks = new List<ChunkUnit>();
        var tables = new Dictionary<string, Dictionary<string, IdSlot>>(System.StringComparer.Ordinal);
        for (var chunk = 0; chunk < KindDataEmitter.ChunkCount(kind.Facts.Count); chunk++)
        {
            var first = chunk * KindDataEmitter.ChunkSize;
            var facts = new BoundFact[System.Math.Min(KindDataEmitter.ChunkSize, kind.Facts.Count - first)];
            for (var i = 0; i < facts.Length; i++) facts[i] = kind.Facts[first + i];
            var slots = ReferencedSlots.Of(new BoundKind(kind.Schema, new EquatableArray<BoundFact>(facts)), ids, unions, tables, cancellation);
            chunks.Add(new ChunkUnit(kind.Schema, chunk, new EquatableArray<BoundFact>(facts), slots, schemas, options, unions));
        }
        return chunks.ToEquatableArray();
    }

    public static GeneratedSource EmitKind(KindShape shape, CancellationToken cancellation = default)
    {
        Check(shape.Error);
        var index = new ModelIndex(shape.Schemas, shape.Unions, new Dictionary<string, IdSlot>());
        var emitter = new KindEmitter(shape, index, cancellation);
        return new GeneratedSource(GeneratedNames.KindHint(shape.Kind, shape.Schemas), Wrap(shape.Options, emitter.Emit));
    }

    public static GeneratedSource EmitChunk(ChunkUnit unit, CancellationToken cancellation = default)
    {
        Check(unit.Error);
        var index = new ModelIndex(unit.Schemas, unit.Unions, unit.Slots.ToDictionary(s => s.Id, s => s, System.StringComparer.Ordinal));
        var hint = GeneratedNames.ChunkHint(unit.Kind, unit.Schemas, unit.Chunk);
        return new GeneratedSource(hint, Wrap(unit.Options, w => ChunkEmitter.Emit(w, unit, index, cancellation)));
    }

    public static GeneratedSource EmitIds(IdTableUnit unit)
    {
        Check(unit.Error);
        return new GeneratedSource(GeneratedNames.IdsHint(unit.Kind, unit.Schemas), Wrap(unit.Options, w => TablesEmitter.EmitIds(w, unit)));
    }

    /// <summary>The kind's group tables, or no file when none of its fields needs one.</summary>
    public static IReadOnlyList<GeneratedSource> EmitGroups(GroupsUnit unit, CancellationToken cancellation = default)
    {
        Check(unit.Error);
        if (unit.Tables.IsEmpty) return [];
        var index = new ModelIndex(unit.Schemas, EquatableArray<UnionSchema>.Empty, new Dictionary<string, IdSlot>());
        return [new GeneratedSource(GeneratedNames.GroupsHint(unit.Kind, unit.Schemas), Wrap(unit.Options, w => TablesEmitter.EmitGroups(w, unit, index, cancellation)))];
    }

    /// <summary>The support types, <c>FactData</c>'s shared part and the data reader; none for a model without kinds.</summary>
    public static IReadOnlyList<GeneratedSource> EmitShared(ModelShape shape, CancellationToken cancellation = default)
    {
        if (shape.Schemas.Count == 0) return [];
        var index = new ModelIndex(shape.Schemas, shape.Unions, new Dictionary<string, IdSlot>());
        var options = shape.Options;
        var sources = new List<GeneratedSource>
        {
            new(GeneratedNames.SupportHint, Wrap(options, w => w.Lines(SupportTypesTemplate.Text(options.Visibility, DocComments.GeneratedCode(options))))),
            new(GeneratedNames.DataHint, Wrap(options, w => FactDataEmitter.Emit(w, index, shape, cancellation))),
            new(GeneratedNames.DataReaderHint, Wrap(options, w => w.Lines(DataReaderTemplate.Text))),
            new(GeneratedNames.JsonHint, Wrap(options, w => Json.JsonEmitter.Emit(w, index, options, cancellation))),
        };
        if (!shape.Unions.IsEmpty) sources.Add(new(GeneratedNames.UnionsHint, Wrap(options, w => UnionEmitter.Emit(w, index, options))));
        return sources;
    }

    /// <summary>A unit that could not be worked out says why; emitting it reports FG0034 instead of a file.</summary>
    private static void Check(string? error)
    {
        if (error is not null) throw new System.InvalidOperationException(error);
    }

    private static string Wrap(EmitOptions options, System.Action<SourceWriter> body)
    {
        var w = new SourceWriter();
        w.Line("// <auto-generated/>");
        w.Line("// Generated by FactGen from the fact files. Do not edit: change the YAML instead.");
        w.Line("#nullable enable");
        w.Line();
        if (options.Namespace.Length > 0) w.Open($"namespace {options.Namespace}");
        body(w);
        if (options.Namespace.Length > 0) w.Close();
        return w.ToString();
    }
}
