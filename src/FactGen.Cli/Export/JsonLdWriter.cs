using System.Globalization;
using System.Linq;
using System.Text.Json;
using FactGen.Core.Binding;
using FactGen.Core.Schema;

namespace FactGen.Cli.Export;

/// <summary>
/// The corpus as JSON-LD 1.1: <c>@context</c> (<see cref="JsonLdContext"/>) and an <c>@graph</c> of
/// facts. A fact is a node <c>fact:ID</c> typed by its kind; a reference is a link to another fact;
/// a per-source field is one node per source (<c>value</c>, <c>statedIn</c> the article's fact);
/// each citation is a Web Annotation (<c>oa:Annotation</c>) whose body is the fact and whose target is
/// the article with the paragraph and a <c>TextQuoteSelector</c>, linked from the fact by
/// <c>prov:wasDerivedFrom</c>, so provenance travels as PROV-O and the words can be found again.
/// </summary>
internal sealed class JsonLdWriter(Utf8JsonWriter writer, QuoteSelectors selectors)
{
    public void WriteDocument(SchemaModel schema, FactModel model)
    {
        writer.WriteStartObject();
        JsonLdContext.Write(writer, schema);
        writer.WriteStartArray("@graph");
        foreach (var (kind, fact) in FactJsonWriter.AllFacts(model)) WriteFact(kind, fact);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteFact(KindSchema kind, BoundFact fact)
    {
        writer.WriteStartObject();
        writer.WriteString("id", Iri(fact.Id));
        writer.WriteString("kind", kind.Name);
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            var field = kind.Fields[i];
            if (field.IsPerSource && fact.SourcedAt(i) is { Entries.Count: > 0 } sourced)
            {
                writer.WriteStartArray(JsonLdContext.Key(field));
                foreach (var entry in sourced.Entries)
                {
                    writer.WriteStartObject();
                    writer.WritePropertyName("value");
                    WriteValue(entry.Value, fact.Id);
                    writer.WriteStartObject("statedIn");
                    writer.WriteString("id", Iri(entry.SourceId));
                    writer.WriteEndObject();
                    writer.WriteEndObject();
                }
                writer.WriteEndArray();
            }
            else if (fact.Values[i] is { } value && value is not ListValue { Items.Count: 0 })
            {
                writer.WritePropertyName(JsonLdContext.Key(field));
                WriteValue(value, fact.Id);
            }
        }
        FactJsonWriter.WriteStrings(writer, "aliases", fact.Aliases);
        FactJsonWriter.WriteStrings(writer, "inferred", fact.InferredFields);
        if (fact.IsInferred) writer.WriteString("basis", "inferred");
        if (fact.Note is { } note) writer.WriteString("note", note);
        writer.WriteStartArray("citations");
        for (var n = 0; n < fact.Citations.Count; n++) WriteAnnotation(fact.Id, fact.Citations[n], n + 1);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private void WriteValue(FactValue value, string factId)
    {
        switch (value)
        {
            case ReferenceValue reference:
                writer.WriteStartObject();
                writer.WriteString("id", Iri(reference.Id));
                writer.WriteEndObject();
                break;
            case CitationValue citation:
                WriteAnnotation(factId, citation, number: null);
                break;
            case ListValue list:
                writer.WriteStartArray();
                foreach (var item in list.Items) WriteValue(item, factId);
                writer.WriteEndArray();
                break;
            default:
                FactJsonWriter.WriteValue(writer, value);
                break;
        }
    }

    /// <summary>A citation as a Web Annotation: the fact is its body, the article's words its target.</summary>
    private void WriteAnnotation(string factId, CitationValue citation, int? number)
    {
        writer.WriteStartObject();
        if (number is { } n) writer.WriteString("id", Iri(factId) + "/citation/" + n.ToString(CultureInfo.InvariantCulture));
        writer.WriteString("kind", "oa:Annotation");
        writer.WriteStartObject("oa:hasBody");
        writer.WriteString("id", Iri(factId));
        writer.WriteEndObject();
        writer.WriteStartObject("oa:hasTarget");
        writer.WriteString("kind", "oa:SpecificResource");
        writer.WriteStartObject("oa:hasSource");
        writer.WriteString("id", Iri(citation.SourceId));
        writer.WriteEndObject();
        writer.WriteNumber("fg:paragraph", citation.Paragraph);
        var selector = selectors.For(citation);
        writer.WriteStartObject("oa:hasSelector");
        writer.WriteString("kind", "oa:TextQuoteSelector");
        writer.WriteString("oa:exact", selector.Exact);
        if (selector.Prefix is { } prefix) writer.WriteString("oa:prefix", prefix);
        if (selector.Suffix is { } suffix) writer.WriteString("oa:suffix", suffix);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static string Iri(string id) => "fact:" + id;
}
