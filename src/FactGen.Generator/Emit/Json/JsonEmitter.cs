using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactGen.Core;

namespace FactGen.Generator.Emit.Json;

/// <summary>
/// The JSON file (<c>FactGen.Shared.Json.g.cs</c>, issue 31): each fact serializes with
/// System.Text.Json to the shape of its fact in the YAML. Hand-written converters, generated, rather
/// than System.Text.Json's own generator, which cannot see types another generator makes; they need
/// no reflection, so the model stays trim- and AOT-safe. Three ways in:
/// <list type="bullet">
/// <item><c>[JsonConverter]</c> on each record, <c>IFact</c> and each union's interface, so a plain
/// <c>JsonSerializer.Serialize(People.WangYi)</c> works with no options (an interface with the kind first);</item>
/// <item><c>FactJsonContext</c>, a <c>JsonSerializerContext</c> with a <c>JsonTypeInfo</c> per type, for
/// trimmed and NativeAOT apps (<c>JsonSerializer.Serialize(fact, FactJsonContext.Default.Person)</c>);</item>
/// <item>the same context as a resolver in another's chain (ASP.NET Core's options).</item>
/// </list>
/// It follows only the kinds' schemas, like the other shared files.
/// </summary>
internal static class JsonEmitter
{
    public static void Emit(SourceWriter w, ModelIndex index, EmitOptions options, CancellationToken cancellation)
    {
        var converters = JsonNames.Converters(options);
        var types = JsonContextEmitter.TypesOf(index, options);
        EmitAttributes(w, index, converters);

        w.Line("/// <summary>");
        w.Line("/// The facts' JSON metadata without reflection, for trimmed and NativeAOT apps:");
        w.Line("/// <c>JsonSerializer.Serialize(fact, FactJsonContext.Default.Person)</c>, or add it to an app's resolver chain.");
        w.Line("/// Every fact is written as in the YAML: references as ids, values per source as a mapping by source id,");
        w.Line("/// citations as <c>{ source, paragraph, quote }</c>; inverse navigations and lookups never.");
        w.Line("/// </summary>");
        w.Line(DocComments.GeneratedCode(options));
        w.Open($"{options.Visibility} sealed partial class {GeneratedNames.FactJsonContext} : {JsonNames.Context}, {JsonNames.Resolver}");
        JsonContextEmitter.Emit(w, types);

        w.Line("/// <summary>The converters the context and the <c>[JsonConverter]</c> attributes use; each writes, none reads.</summary>");
        w.Open($"public static partial class {GeneratedNames.JsonConverters}");
        w.Lines(JsonConvertersTemplate.Text(
            TypeNames.Qualified(options, GeneratedNames.FactInterface),
            TypeNames.Qualified(options, GeneratedNames.Citation),
            TypeNames.Qualified(options, GeneratedNames.FactBasis)));
        w.Line();
        EmitWriteFact(w, index, options);
        foreach (var kind in index.Kinds)
        {
            cancellation.ThrowIfCancellationRequested();
            JsonKindConverterEmitter.Emit(w, kind, options);
        }
        w.Close();
        w.Close();
    }

    /// <summary>
    /// The attributes that make a plain <c>JsonSerializer.Serialize</c> use the converters, on partial
    /// declarations of the types the other files declare (modifiers are on those).
    /// </summary>
    private static void EmitAttributes(SourceWriter w, ModelIndex index, string converters)
    {
        var interfaces = new[] { GeneratedNames.FactInterface }.Concat(index.Unions.Select(GeneratedNames.UnionInterface));
        foreach (var type in interfaces)
        {
            w.Line($"[{JsonNames.ConverterAttribute}(typeof({converters}.FactConverter<{type}>))]");
            w.Line($"partial interface {type} {{ }}").Line();
        }
        foreach (var kind in index.Kinds)
        {
            w.Line($"[{JsonNames.ConverterAttribute}(typeof({converters}.{GeneratedNames.JsonConverter(kind)}))]");
            w.Line($"partial record {GeneratedNames.Record(kind)};").Line();
        }
    }

    /// <summary>
    /// Any fact by its record's converter, with its kind first when the declared type does not say it.
    /// The kind is found by a switch expression, so the code stays the same size whatever the kinds.
    /// </summary>
    private static void EmitWriteFact(SourceWriter w, ModelIndex index, EmitOptions options)
    {
        var fact = TypeNames.Qualified(options, GeneratedNames.FactInterface);
        var write = $"global::System.Action<{JsonNames.Writer}, {fact}>";
        w.Line("/// <summary>Writes a fact by its kind's converter; <paramref name=\"withKind\"/> puts <c>\"kind\"</c> first.</summary>");
        w.Open($"internal static void WriteFact({JsonNames.Writer} writer, {fact}? fact, bool withKind)");
        w.Open("if (fact is null)").Line("writer.WriteNullValue();").Line("return;").Close();
        w.Line("var (kind, writeProperties) = KindOf(fact);");
        w.Line("writer.WriteStartObject();");
        w.Line("if (withKind) writer.WriteString(s_kind, kind);");
        w.Line("writeProperties(writer, fact);");
        w.Line("writer.WriteEndObject();");
        w.Close().Line();

        w.Line("/// <summary>A fact's kind and the converter method that writes its properties.</summary>");
        w.Open($"private static (string Kind, {write} WriteProperties) KindOf({fact} fact) => fact switch");
        foreach (var kind in index.Kinds)
        {
            var record = TypeNames.Qualified(options, GeneratedNames.Record(kind));
            w.Line($"{record} => ({CSharp.Literal(kind.Name)}, static (writer, each) => {GeneratedNames.JsonConverter(kind)}.WriteProperties(writer, ({record})each)),");
        }
        w.Line("_ => throw new global::System.NotSupportedException(\"FactGen writes the facts it generated; \" + fact.GetType().Name + \" is not one of them.\"),");
        w.Close(";").Line();
    }
}
