using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using FactGen.Core.Schema;

namespace FactGen.Cli.Export;

/// <summary>
/// The <c>@context</c> of the JSON-LD export: each kind and each field name becomes a term with an
/// IRI, schema.org's where one fits (Person, Organization, Country, Place, Event, Claim; name,
/// headline, dateline, description, jobTitle, alternateName), FactGen's own vocabulary otherwise;
/// facts are <c>fact:ID</c>; citations are <c>prov:wasDerivedFrom</c> links to W3C Web Annotations
/// (<c>oa:</c>). The annotation and provenance properties are written as compact IRIs
/// (<c>oa:hasTarget</c>), never as bare terms, so no field name can take their place.
/// </summary>
internal static class JsonLdContext
{
    public const string Vocabulary = "https://factgen.dev/vocab#";
    public const string FactPrefix = "urn:factgen:fact:";

    public static readonly IReadOnlyDictionary<string, string> Prefixes = new Dictionary<string, string>
    {
        ["schema"] = "https://schema.org/",
        ["prov"] = "http://www.w3.org/ns/prov#",
        ["oa"] = "http://www.w3.org/ns/oa#",
        ["rdfs"] = "http://www.w3.org/2000/01/rdf-schema#",
        ["fg"] = Vocabulary,
        ["fact"] = FactPrefix,
    };

    private static readonly Dictionary<string, string> SchemaOrgKinds = new()
    {
        ["Person"] = "schema:Person", ["Organization"] = "schema:Organization", ["Country"] = "schema:Country",
        ["Place"] = "schema:Place", ["Event"] = "schema:Event", ["Claim"] = "schema:Claim",
    };

    private static readonly Dictionary<string, string> SchemaOrgFields = new()
    {
        ["name"] = "schema:name", ["headline"] = "schema:headline", ["dateline"] = "schema:dateline",
        ["summary"] = "schema:description", ["description"] = "schema:description", ["title"] = "schema:jobTitle",
        ["url"] = "schema:url",
    };

    /// <summary>The IRI of a kind: schema.org's type of that name, a source kind as a creative work, else <c>fg:Kind</c>.</summary>
    public static string KindIri(KindSchema kind) =>
        SchemaOrgKinds.TryGetValue(kind.Name, out var iri) ? iri : kind.IsSource ? "schema:CreativeWork" : "fg:" + kind.Name;

    public static void Write(Utf8JsonWriter writer, SchemaModel schema)
    {
        writer.WriteStartObject("@context");
        writer.WriteNumber("@version", 1.1);
        foreach (var (prefix, iri) in Prefixes) writer.WriteString(prefix, iri);
        writer.WriteString("id", "@id");
        writer.WriteString("kind", "@type");
        foreach (var kind in schema.Kinds) writer.WriteString(kind.Name, KindIri(kind));
        writer.WriteString("aliases", "schema:alternateName");
        writer.WriteString("note", "rdfs:comment");
        writer.WriteString("basis", "fg:basis");
        writer.WriteString("inferred", "fg:inferredField");
        writer.WriteString("citations", "prov:wasDerivedFrom");
        // A per-source value is a node: the value and the article that states it.
        writer.WriteString("value", "http://www.w3.org/1999/02/22-rdf-syntax-ns#value");
        writer.WriteString("statedIn", "prov:hadPrimarySource");
        foreach (var name in schema.Kinds.SelectMany(k => k.Fields).Select(f => f.Name).Distinct().Where(n => !Reserved.Contains(n)))
        {
            writer.WriteString(name, SchemaOrgFields.TryGetValue(name, out var iri) ? iri : "fg:" + name);
        }
        writer.WriteEndObject();
    }

    /// <summary>Terms the context defines itself; a field of one of these names keeps FactGen's IRI through <c>fg:</c>.</summary>
    public static readonly HashSet<string> Reserved = new(Prefixes.Keys.Concat(["id", "kind", "aliases", "note", "basis", "inferred", "citations", "value", "statedIn"]));

    /// <summary>The key a field is written under: its name, or <c>fg:name</c> when the name is a reserved term.</summary>
    public static string Key(FieldSchema field) => Reserved.Contains(field.Name) ? "fg:" + field.Name : field.Name;
}
