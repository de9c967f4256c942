using System.Text.Json.Serialization;

namespace WebApi;

/// <summary>
/// The routes. Handlers return <see cref="IResult"/> and write facts through the generated
/// <c>FactJsonContext</c>: ASP.NET Core's request delegate generator, like System.Text.Json's,
/// cannot see types another generator makes, so no generated type appears in a signature.
/// </summary>
public static class FactEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/facts/{id}", Fact).WithName("GetFact").WithDescription("A fact of any kind by its id, as its YAML holds it, with its kind.");
        app.MapGet("/facts/{id}/provenance", Provenance).WithName("GetProvenance").WithDescription("A fact's citations, each with the whole paragraph it quotes.");
        app.MapGet("/{plural}", Kind).WithName("GetFacts").WithDescription("A kind's facts (people, countries...); one query parameter field=value goes through the generated lookup By{Field}.");
    }

    public static IResult Fact(string id) =>
        FactCatalog.TryGet(id, out var fact) ? TypedResults.Json(fact, FactJsonContext.Default.IFact) : UnknownFact(id);

    public static IResult Provenance(string id)
    {
        if (!FactCatalog.TryGet(id, out var fact)) return UnknownFact(id);
        var citations = fact.Citations
            .Select(c => new ProvenanceCitation(c.Source.Id, c.Source.Headline, c.Paragraph, c.Quote, Articles.Paragraph(c.Source.File, c.Paragraph)))
            .ToList();
        return TypedResults.Json(new Provenance(fact.Id, fact.Basis.ToString().ToLowerInvariant(), fact.Note, citations), ApiJsonContext.Default.Provenance);
    }

    public static IResult Kind(string plural, HttpRequest request)
    {
        if (!Lookups.ByPlural.TryGetValue(plural, out var kind))
            return TypedResults.Problem(title: "Unknown kind", detail: $"No kind of fact is called '{plural}'. Known: {string.Join(", ", Lookups.ByPlural.Keys)}.", statusCode: 404);
        if (request.Query.Count == 0) return TypedResults.Json(kind.All, FactJsonContext.Default.Facts);
        if (request.Query.Count > 1 || request.Query.First().Value.Count != 1)
            return BadQuery($"Give one lookup, field=value; fields of {plural}: {Fields(kind)}.");
        var (field, values) = request.Query.First();
        if (!kind.Lookups.TryGetValue(field, out var lookup))
            return BadQuery($"'{field}' is not an indexed field of {plural}; its lookups: {Fields(kind)}.");
        var value = values[0] ?? string.Empty;
        return lookup(value) is { } found
            ? TypedResults.Json(found, FactJsonContext.Default.Facts)
            : BadQuery($"No fact has the id '{value}' that {plural}' field '{field}' can point at.");
    }

    private static string Fields(Lookups.KindLookups kind) => kind.Lookups.Count == 0 ? "none" : string.Join(", ", kind.Lookups.Keys);

    private static IResult UnknownFact(string id) =>
        TypedResults.Problem(title: "Unknown fact", detail: $"No fact has the id '{id}'.", statusCode: 404);

    private static IResult BadQuery(string detail) => TypedResults.Problem(title: "Bad lookup", detail: detail, statusCode: 400);
}

/// <summary>A fact's provenance: how it is known, and each citation with its paragraph's words.</summary>
public sealed record Provenance(string Id, string Basis, string? Note, IReadOnlyList<ProvenanceCitation> Citations);

/// <summary>A citation: the article, the paragraph (0 is the headline), the quoted words and the whole paragraph.</summary>
public sealed record ProvenanceCitation(string Source, string Headline, int Paragraph, string Quote, string? ParagraphText);

/// <summary>The API's own shapes, serialized without reflection (the facts are FactJsonContext's).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(Provenance))]
public sealed partial class ApiJsonContext : JsonSerializerContext;
