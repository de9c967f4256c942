using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactGen.Core;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>
/// Emits one kind's own file, which depends on its schema and fact count but not on its facts: its
/// enums, the record (<see cref="RecordEmitter"/>), the static class's lookups and the id class
/// (<see cref="FactsClassEmitter"/>), and the part of <c>FactData</c> that makes its facts on first
/// touch (<see cref="KindDataEmitter"/>). The facts themselves are in the kind's chunk files
/// (<see cref="ChunkEmitter"/>), its tables in <see cref="TablesEmitter"/>'s. The source kind's
/// file also declares <c>Citation</c> and <c>Sourced&lt;T&gt;</c>, which point at it.
/// </summary>
internal sealed class KindEmitter
{
    public KindEmitter(KindShape shape, ModelIndex index, CancellationToken cancellation)
    {
        Schema = shape.Kind;
        Count = shape.Count;
        Index = index;
        Options = shape.Options;
        Cancellation = cancellation;
        Inverses = index.InversesOf(shape.Kind).ToList();
    }

    public KindSchema Schema { get; }

    /// <summary>How many facts the kind has.</summary>
    public int Count { get; }

    public ModelIndex Index { get; }
    public EmitOptions Options { get; }
    public CancellationToken Cancellation { get; }

    /// <summary>The fields of other kinds (or this one) whose inverse navigations land on this kind.</summary>
    public IReadOnlyList<(KindSchema Owner, FieldSchema Field)> Inverses { get; }

    /// <summary>The kind's chunks of facts, each a file of its own.</summary>
    public int Chunks => KindDataEmitter.ChunkCount(Count);

    public void Emit(SourceWriter w)
    {
        foreach (var field in Schema.Fields.Where(f => f.Type == FieldType.Enum)) EmitEnum(w, field);
        RecordEmitter.Emit(w, this);
        if (Schema.IsSource)
        {
            EmitCitation(w);
            EmitSourced(w);
        }
        FactsClassEmitter.Emit(w, this);
        KindDataEmitter.Emit(w, this);
    }

    /// <summary>A C# parameter for a field or inverse: camelCase, verbatim so a keyword is fine.</summary>
    public static string Parameter(string name) => "@" + char.ToLowerInvariant(name[0]) + name.Substring(1);

    private void EmitEnum(SourceWriter w, FieldSchema field)
    {
        w.Line($"/// <summary>The values of <see cref=\"{GeneratedNames.Record(Schema)}.{field.PropertyName}\"/>.</summary>");
        w.Line(DocComments.GeneratedCode(Options));
        w.Open($"{Options.Visibility} enum {GeneratedNames.EnumType(Schema, field)}");
        foreach (var value in field.EnumValues)
        {
            w.Line($"/// <summary><c>{CSharp.DocText(value)}</c> in the fact files.</summary>");
            w.Line(GeneratedNames.EnumMember(value) + ",");
        }
        w.Close().Line();
    }

    /// <summary>What one source states for a field: typed (<c>Sourced&lt;T&gt;</c>) and untyped, for any fact (<c>SourcedValue</c>).</summary>
    private void EmitSourced(SourceWriter w)
    {
        // Qualified: a source kind named T would otherwise be the type parameter inside Sourced<T>.
        var source = TypeNames.Qualified(Options, GeneratedNames.Record(Schema));
        w.Line($"/// <summary>A value as one source states it.</summary>");
        w.Line("/// <typeparam name=\"T\">The field's type: an element, or a list for a list field.</typeparam>");
        w.Line(DocComments.GeneratedCode(Options));
        w.Open($"{Options.Visibility} sealed record {GeneratedNames.Sourced}<T>({source} Source, T Value)");
        w.Line("/// <inheritdoc/>");
        w.Line("public override string ToString() => Source.Id + \": \" + (Value is global::System.Collections.IEnumerable items && Value is not string ? string.Join(\", \", global::System.Linq.Enumerable.Cast<object>(items)) : global::System.Convert.ToString(Value, global::System.Globalization.CultureInfo.InvariantCulture));");
        w.Close().Line();
        w.Line($"/// <summary>A value as one source states it, for any field of any fact: <see cref=\"{GeneratedNames.FactInterface}.{GeneratedNames.BySource}\"/>.</summary>");
        w.Line($"/// <param name=\"Field\">The C# property the value belongs to (<c>When</c>).</param>");
        w.Line($"/// <param name=\"Source\">The source that states it.</param>");
        w.Line($"/// <param name=\"Value\">The value: an element, or a list for a list field.</param>");
        w.Line(DocComments.GeneratedCode(Options));
        w.Line($"{Options.Visibility} sealed record {GeneratedNames.SourcedValue}(string Field, {source} Source, object Value);").Line();
    }

    private void EmitCitation(SourceWriter w)
    {
        var citation = GeneratedNames.Citation;
        w.Line("/// <summary>A quoted anchor in a source: the source, the paragraph (0 is the headline) and the exact words.</summary>");
        w.Line(DocComments.GeneratedCode(Options));
        w.Open($"{Options.Visibility} sealed record {citation}({GeneratedNames.Record(Schema)} Source, int Paragraph, string Quote)");
        w.Line("/// <inheritdoc/>");
        w.Line("public override string ToString() => Source.Id + \", paragraph \" + Paragraph.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \": \\\"\" + Quote + \"\\\"\";");
        w.Close().Line();
    }
}
