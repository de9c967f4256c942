using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace WebApi.Tests;

/// <summary>The API in process: facts as their YAML, provenance with the article's words, lookups, errors as problem details.</summary>
public sealed class ApiTests(WebApplicationFactory<Program> factory) : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task A_fact_is_its_yaml_as_json_with_its_kind()
    {
        var fact = await Json("/facts/wang-yi", HttpStatusCode.OK);

        Assert.Equal("Person", (string?)fact["kind"]);
        Assert.Equal("wang-yi", (string?)fact["id"]);
        Assert.Equal("china", (string?)fact["country"]);
        Assert.Equal("blinken-latest-official", (string?)fact["citations"]![0]!["source"]);
        Assert.Null(fact["people"]);
    }

    [Fact]
    public async Task Provenance_gives_each_citation_with_the_paragraph_that_holds_its_quote()
    {
        var provenance = await Json("/facts/wang-yi/provenance", HttpStatusCode.OK);

        var citations = provenance["citations"]!.AsArray();
        Assert.Equal(3, citations.Count);
        Assert.All(citations, c => Assert.Contains((string)c!["quote"]!, (string)c["paragraphText"]!, StringComparison.Ordinal));
        Assert.All(citations, c => Assert.True(((string)c!["paragraphText"]!).Length > ((string)c["quote"]!).Length));
        Assert.Equal("stated", (string?)provenance["basis"]);
    }

    [Fact]
    public async Task A_lookup_goes_through_the_generated_by_field_method()
    {
        var chinese = (await Json("/people?country=china", HttpStatusCode.OK)).AsArray();
        var all = (await Json("/people", HttpStatusCode.OK)).AsArray();
        var held = (await Json("/positions?holder=china", HttpStatusCode.OK)).AsArray();

        Assert.Contains(chinese, p => (string?)p!["id"] == "wang-yi");
        Assert.All(chinese, p => Assert.Equal("china", (string?)p!["country"]));
        Assert.True(all.Count > chinese.Count);
        Assert.NotEmpty(held);
        Assert.All(held, p => Assert.Contains("china", p!["holder"]!.AsObject().Select(h => (string?)h.Value)));
    }

    [Theory]
    [InlineData("/facts/no-such-fact", HttpStatusCode.NotFound, "no-such-fact")]
    [InlineData("/facts/no-such-fact/provenance", HttpStatusCode.NotFound, "no-such-fact")]
    [InlineData("/unicorns", HttpStatusCode.NotFound, "unicorns")]
    [InlineData("/people?colour=red", HttpStatusCode.BadRequest, "colour")]
    [InlineData("/people?country=atlantis", HttpStatusCode.BadRequest, "atlantis")]
    [InlineData("/people?country=china&country=france", HttpStatusCode.BadRequest, "one lookup")]
    [InlineData("/people?country=china&name=x", HttpStatusCode.BadRequest, "one lookup")]
    [InlineData("/sources?file=x", HttpStatusCode.BadRequest, "none")]
    public async Task Errors_are_problem_details_that_name_what_was_wrong(string url, HttpStatusCode status, string named)
    {
        using var response = await _client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal((int)status, (int?)problem["status"]);
        Assert.Contains(named, (string?)problem["detail"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_openapi_document_lists_the_routes()
    {
        var document = await Json("/openapi/v1.json", HttpStatusCode.OK);

        var paths = document["paths"]!.AsObject().Select(p => p.Key).ToList();
        Assert.Contains("/facts/{id}", paths);
        Assert.Contains("/facts/{id}/provenance", paths);
        Assert.Contains("/{plural}", paths);
    }

    private async Task<JsonNode> Json(string url, HttpStatusCode status)
    {
        using var response = await _client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }
}
