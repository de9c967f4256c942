using FactGen.Core.Binding;
using FactGen.Core.Collections;
using FactGen.Core.Schema;
using FactGen.Generator.Emit.Tables;

namespace FactGen.Generator.Emit;

// The units the generator caches between the model and the C# text, each the input of one file.
// Each must have value equality, or a cached step would always look changed and re-emit. A unit's
// Error says why it could not be worked out (reported as FG0034 instead of its file).

/// <summary>
/// What a kind's own file depends on: its schema and fact count, every kind's schema (the names of
/// references and inverses) and the options. Not its facts: editing a fact leaves this file alone.
/// </summary>
public sealed record KindShape(KindSchema Kind, int Count, EquatableArray<KindSchema> Schemas, EmitOptions Options, EquatableArray<UnionSchema> Unions, string? Error = null);

/// <summary>
/// Up to 256 facts of a kind (<see cref="KindDataEmitter.ChunkSize"/>), from <paramref name="Chunk"/>
/// times that slot on: their properties, id constants and data. The slots of the facts they point at
/// come along, so a chunk changes only when its facts or its targets' slots do: a one-fact edit
/// re-emits one chunk, however many facts the kind has.
/// </summary>
public sealed record ChunkUnit(KindSchema Kind, int Chunk, EquatableArray<BoundFact> Facts, EquatableArray<IdSlot> Slots,
    EquatableArray<KindSchema> Schemas, EmitOptions Options, EquatableArray<UnionSchema> Unions, string? Error = null);

/// <summary>A kind's id table (a perfect hash over its ids); it changes only when the kind's ids do.</summary>
public sealed record IdTableUnit(KindSchema Kind, IdTable Table, EquatableArray<KindSchema> Schemas, EmitOptions Options, string? Error = null);

/// <summary>
/// The group tables a kind's fields make: for each reference with an inverse or a lookup, the facts
/// pointing at each target; for each other indexed field, the facts with each value.
/// </summary>
public sealed record GroupsUnit(KindSchema Kind, EquatableArray<GroupTable> Tables, EquatableArray<KindSchema> Schemas, EmitOptions Options, string? Error = null);

/// <summary>A fact's id, its kind and its place in its kind's array.</summary>
public readonly record struct IdSlot(string Id, int Slot, string Kind = "");

/// <summary>A kind's schema and its facts' ids in slot order (see <see cref="ModelEmitter.IdsOf"/>).</summary>
public sealed record KindIds(KindSchema Schema, EquatableArray<string> Ids);

/// <summary>What the shared files depend on: every kind's schema and fact count, and the options.</summary>
public sealed record ModelShape(EquatableArray<KindSchema> Schemas, EquatableArray<int> Counts, EmitOptions Options, EquatableArray<UnionSchema> Unions = default);
