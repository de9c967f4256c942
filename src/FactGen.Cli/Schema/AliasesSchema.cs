using System.Text.Json;

namespace FactGen.Cli.Schema;

/// <summary>
/// The built-in <c>aliases</c> in the facts' JSON Schema: names, or a name declared a metonymy of
/// another fact (<c>{ name: Beijing, metonymyOf: beijing }</c>, issue 29).
/// </summary>
internal static class AliasesSchema
{
    public static void Write(Utf8JsonWriter json)
    {
        json.WriteStartObject("aliases");
        json.WriteString("description", "Other names the sources use for the fact (Blinken, U.S.); the grounding check looks for them. Another fact's name used for this one is declared { name: Beijing, metonymyOf: beijing }.");
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteStartArray("oneOf");
        json.WriteStartObject();
        json.WriteString("type", "string");
        json.WriteNumber("minLength", 1);
        json.WriteEndObject();
        json.WriteStartObject();
        json.WriteString("type", "object");
        json.WriteStartArray("required");
        json.WriteStringValue("name");
        json.WriteStringValue("metonymyOf");
        json.WriteEndArray();
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        json.WriteStartObject("name");
        json.WriteString("type", "string");
        json.WriteNumber("minLength", 1);
        json.WriteEndObject();
        json.WriteStartObject("metonymyOf");
        json.WriteString("description", "The id of the fact whose name this is (the city whose name stands for a government).");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }
}
