using FactGen.Core;

namespace FactGen.Generator.Emit.Json;

/// <summary>The System.Text.Json types the JSON files name, qualified from the global namespace so no kind name can hide them.</summary>
internal static class JsonNames
{
    public const string Json = "global::System.Text.Json";
    public const string Writer = Json + ".Utf8JsonWriter";
    public const string Reader = Json + ".Utf8JsonReader";
    public const string Options = Json + ".JsonSerializerOptions";
    public const string Encoded = Json + ".JsonEncodedText";
    public const string Converter = Json + ".Serialization.JsonConverter";
    public const string ConverterAttribute = Json + ".Serialization.JsonConverterAttribute";
    public const string Context = Json + ".Serialization.JsonSerializerContext";
    public const string TypeInfo = Json + ".Serialization.Metadata.JsonTypeInfo";
    public const string Resolver = Json + ".Serialization.Metadata.IJsonTypeInfoResolver";
    public const string Metadata = Json + ".Serialization.Metadata.JsonMetadataServices";

    /// <summary>The nested class of converters: <c>global::Ns.FactJsonContext.Converters</c>.</summary>
    public static string Converters(EmitOptions options) =>
        TypeNames.Qualified(options, GeneratedNames.FactJsonContext) + "." + GeneratedNames.JsonConverters;

    /// <summary>A static field holding a property name, encoded once: <c>s_name</c>. Field names are camelCase ASCII.</summary>
    public static string NameField(string yamlName) => "s_" + yamlName;

    /// <summary>The static field holding an enum field's YAML values, indexed by the enum's number; the underscore keeps it apart from any field's <c>s_name</c>.</summary>
    public static string EnumValuesField(string yamlName) => "s_" + yamlName + "_values";

    /// <summary><c>private static readonly JsonEncodedText s_name = JsonEncodedText.Encode("name");</c></summary>
    public static string EncodedField(string field, string text) =>
        $"private static readonly {Encoded} {field} = {Encoded}.Encode({CSharp.Literal(text)});";
}
