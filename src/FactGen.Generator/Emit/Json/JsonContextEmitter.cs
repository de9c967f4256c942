using System.Collections.Generic;
using System.Globalization;
using FactGen.Core;

namespace FactGen.Generator.Emit.Json;

/// <summary>
/// The members of <c>FactJsonContext</c>: a <c>JsonTypeInfo</c> property per type (each record and a
/// list of it, <c>IFact</c> and a list of it, each union, <c>Citation</c>), made on first use from
/// the type's converter; <c>GetTypeInfo</c> for the serializer; and the resolver's
/// <c>GetTypeInfo(type, options)</c> again, so the context also works in another options' resolver
/// chain (the base class's throws for options other than its own).
/// </summary>
internal static class JsonContextEmitter
{
    /// <summary>A type the context describes: its C# name, its property's name and the converter that writes it.</summary>
    public sealed record JsonType(string Type, string Property, string Converter, string Doc);

    public static IReadOnlyList<JsonType> TypesOf(ModelIndex index, EmitOptions options)
    {
        var converters = JsonNames.Converters(options);
        var types = new List<JsonType>();
        // A schema name goes through JsonTypeInfoProperty (Options -> OptionsInfo); the context's own
        // list of any kind keeps its fixed name, which a plural named like it then steps around.
        void Add(string type, string property, string converter, string? element = null, bool fixedName = false) =>
            types.Add(new JsonType(type, fixedName ? property : GeneratedNames.JsonTypeInfoProperty(property), converter,
                element is null ? $"<see cref=\"{type}\"/>" : $"a list of <see cref=\"{element}\"/>"));
        string ListOf(string type) => $"{TypeNames.ReadOnlyList}<{type}>";

        foreach (var kind in index.Kinds)
        {
            var record = TypeNames.Qualified(options, GeneratedNames.Record(kind));
            Add(record, GeneratedNames.Record(kind), $"{converters}.{GeneratedNames.JsonConverter(kind)}");
            Add(ListOf(record), kind.Plural, $"{converters}.FactListConverter<{record}>", record);
        }
        var fact = TypeNames.Qualified(options, GeneratedNames.FactInterface);
        Add(fact, GeneratedNames.FactInterface, $"{converters}.FactConverter<{fact}>");
        Add(ListOf(fact), GeneratedNames.JsonFactList, $"{converters}.FactListConverter<{fact}>", fact, fixedName: true);
        foreach (var union in index.Unions)
        {
            var type = TypeNames.Qualified(options, GeneratedNames.UnionInterface(union));
            Add(type, GeneratedNames.UnionInterface(union), $"{converters}.FactConverter<{type}>");
        }
        Add(TypeNames.Qualified(options, GeneratedNames.Citation), GeneratedNames.Citation, $"{converters}.CitationConverter");
        return types;
    }

    public static void Emit(SourceWriter w, IReadOnlyList<JsonType> types)
    {
        var context = GeneratedNames.FactJsonContext;
        w.Line("/// <summary>The context with default options (every character outside ASCII escaped, no indentation).</summary>");
        w.Line($"public static {context} Default {{ get; }} = new(new {JsonNames.Options}());").Line();
        w.Line("/// <summary>A context with these options (indentation, an encoder); they are fixed once it is made.</summary>");
        w.Line($"public {context}({JsonNames.Options} options) : base(options) {{ }}").Line();
        w.Line("/// <inheritdoc/>");
        w.Line($"protected override {JsonNames.Options}? GeneratedSerializerOptions => null;").Line();

        for (var i = 0; i < types.Count; i++)
        {
            var (type, property, converter) = (types[i].Type, types[i].Property, types[i].Converter);
            var n = i.ToString(CultureInfo.InvariantCulture);
            w.Line($"private {JsonNames.TypeInfo}<{type}>? _info{n};");
            w.Line($"/// <summary>JSON metadata for {types[i].Doc}.</summary>");
            w.Line($"public {JsonNames.TypeInfo}<{type}> {property} => _info{n} ??= Create_{n}(Options);");
            w.Line($"private static {JsonNames.TypeInfo}<{type}> Create_{n}({JsonNames.Options} options) => {JsonNames.Metadata}.CreateValueInfo<{type}>(options, new {converter}());").Line();
        }

        // Switch expressions, not a statement per type: the code stays one statement whatever the kinds.
        w.Line("/// <inheritdoc/>");
        w.Open($"public override {JsonNames.TypeInfo}? GetTypeInfo(global::System.Type type) => type switch");
        foreach (var each in types) w.Line($"_ when type == typeof({each.Type}) => {each.Property},");
        w.Line("_ => null,");
        w.Close(";").Line();

        w.Line($"{JsonNames.TypeInfo}? {JsonNames.Resolver}.GetTypeInfo(global::System.Type type, {JsonNames.Options} options) =>");
        w.Line("    global::System.Object.ReferenceEquals(options, Options) ? GetTypeInfo(type) : Create(type, options);").Line();

        w.Line("/// <summary>New metadata for a type, for options other than this context's.</summary>");
        w.Open($"private static {JsonNames.TypeInfo}? Create(global::System.Type type, {JsonNames.Options} options) => type switch");
        for (var i = 0; i < types.Count; i++) w.Line($"_ when type == typeof({types[i].Type}) => Create_{i.ToString(CultureInfo.InvariantCulture)}(options),");
        w.Line("_ => null,");
        w.Close(";").Line();
    }
}
