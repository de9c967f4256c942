using FactGen.Core.Binding;
using FactGen.Core.Collections;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

// The units the generator caches between the model and the C# text. Each must have value
// equality, or a cached step would always look changed and re-emit.

/// <summary>What one kind's file depends on: its facts, every kind's schema (for the names of
/// references and inverses), the array slots of the facts it points at, and the options.</summary>
/// <param name="Error">Why the unit could not be worked out (reported as FG0034 instead of a file); null when it could.</param>
/// <param name="Unions">The schema's unions: the interfaces a record implements and references to them read.</param>
public sealed record KindUnit(BoundKind Kind, EquatableArray<KindSchema> Schemas, EquatableArray<IdSlot> Slots, EmitOptions Options, string? Error = null,
    EquatableArray<UnionSchema> Unions = default);

/// <summary>A fact's id, its kind and its place in its kind's array.</summary>
public readonly record struct IdSlot(string Id, int Slot, string Kind = "");

/// <summary>A kind's schema and its facts' ids in slot order (see <see cref="ModelEmitter.IdsOf"/>).</summary>
public sealed record KindIds(KindSchema Schema, EquatableArray<string> Ids);

/// <summary>What the shared files depend on: every kind's schema and fact count, and the options.</summary>
public sealed record ModelShape(EquatableArray<KindSchema> Schemas, EquatableArray<int> Counts, EmitOptions Options, EquatableArray<UnionSchema> Unions = default);
