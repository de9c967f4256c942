using System.Linq;
using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Generator.Tests.Snapshots;

/// <summary>
/// Broken fixtures: the diagnostics, located in the YAML, are the snapshot (the model emitted from
/// what is valid must still compile; its sources are pinned elsewhere).
/// </summary>
public class DiagnosticSnapshots : SnapshotTest
{
    [Fact]
    public void Unknown_field() => VerifyGenerator(
        Fixtures.Files(("people.yaml", Fixtures.People.Replace("    name: Bob", "    nmae: Bob").Replace("    active: true", "    active: true\n    retired: false"))),
        include: NoSources, expectDiagnostics: true);

    [Fact]
    public void Bad_reference() => VerifyGenerator(
        Fixtures.Files(
            ("people.yaml", Fixtures.People.Replace("country: utopia\n    born", "country: utopa\n    born")),
            ("quotes.yaml", Fixtures.Quotes.Replace("speaker: ada", "speaker: utopia").Replace("source: article", "source: artcle"))),
        include: NoSources, expectDiagnostics: true);

    [Fact]
    public void Bad_yaml() => VerifyGenerator(
        Fixtures.Files(
            ("people.yaml", "kind: Person\nfacts: [ {"),
            ("countries.yaml", "kind: Country\nfacts:\n  - id: utopia\n    name: \"unterminated\n"),
            ("quotes.yaml", "kind: Quote\nfacts:\n  - id: x\n    speaker: ada\n  text: misindented\n")),
        include: NoSources, expectDiagnostics: true);

    [Fact]
    public void Bad_values() => VerifyGenerator(
        Fixtures.Files(("people.yaml", """
            kind: Person
            facts:
              - id: ada
                name: Ada
                born: 1815-13
                active: yes
                citations: [{ source: article, paragraph: one, quote: "Ada" }]
              - id: Bob
                name: Bob
              - id: cy
                name: [not, a, string]
                basis: guessed
              - id: dee
                name: Dee
                basis: inferred
                citations: [{ source: article, paragraph: 1, quote: "Dee" }]
              - id: ada
                name: Ada again
                citations: [{ source: article, paragraph: 1, quote: "Ada" }]
            """)),
        include: NoSources, expectDiagnostics: true);

    [Fact]
    public void Names_that_collide() => VerifyGenerator(
        Fixtures.Files(("people.yaml", Fixtures.People + """

              - id: all
                name: All
                citations: [{ source: article, paragraph: 1, quote: "All" }]
              - id: by-country
                name: By country
                citations: [{ source: article, paragraph: 1, quote: "By" }]
            """)),
        include: NoSources, expectDiagnostics: true);

    /// <summary>An invalid schema: nothing is emitted, every problem is reported.</summary>
    [Fact]
    public void Broken_schema()
    {
        var schema = Fixtures.Schema
            .Replace("born: { type: date }", "born: { type: datetime }")
            .Replace("leader: { type: reference, kind: Person }", "leader: { type: reference, kind: Persn }")
            .Replace("active: { type: bool }", "active: { type: bool, indexd: true }");
        var result = VerifyGenerator(Fixtures.Files(("schema.yaml", schema)), include: NoSources, expectDiagnostics: true);

        Assert.Empty(result.Run.Results.Single().GeneratedSources);
    }
}
