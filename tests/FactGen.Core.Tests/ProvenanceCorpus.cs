using FactGen.Tests;

namespace FactGen.Core.Tests;

/// <summary>
/// A corpus for value-level provenance: two articles that put things differently, a Party union,
/// per-source fields and the built-in aliases. Line numbers matter to the diagnostic tests.
/// </summary>
internal static class ProvenanceCorpus
{
    public const string Schema = SchemaPreamble.SourceKind + """
          Country:
            plural: Countries
            fields:
              name: { type: string, required: true }
          Person:
            plural: People
            fields:
              name: { type: string }
              title: { type: string }
              country: { type: reference, kind: Country, inverse: People }
          Claim:
            plural: Claims
            fields:
              claimant: { type: reference, kind: Party, perSource: true, inverse: Claims, indexed: true }
              about: { type: reference, kind: Country, list: true }
              when: { type: string, perSource: true }
              words: { type: text, list: true, perSource: true }
              summary: { type: text }
        unions:
          Party: [Country, Person]
        """;

    public const string Sources = """
        kind: Source
        facts:
          - id: first
            file: first.txt
          - id: second
            file: second.txt
        """;

    public const string Countries = """
        kind: Country
        facts:
          - id: united-states
            name: United States
            aliases: [U.S., Washington]
            citations: [{ source: first, paragraph: 2, quote: The U.S. objected }]
          - id: france
            name: France
            citations: [{ source: first, paragraph: 1, quote: France said }]
          - id: spain
            name: Spain
            citations: [{ source: second, paragraph: 2, quote: Spain stayed away }]
        """;

    public const string People = """
        kind: Person
        facts:
          - id: ann
            name: Ann Lee
            aliases: [Lee]
            country: united-states
            citations: [{ source: first, paragraph: 1, quote: Ann Lee of the United States would attend }]
          - id: an-official
            title: a senior official
            citations: [{ source: second, paragraph: 1, quote: an official said }]
        """;

    /// <summary>The headline is paragraph 0.</summary>
    public const string First = """
        Talks in Paris

        France said on Friday that Ann Lee of the United States would attend.

        The U.S. objected. Washington sent no one else.
        """;

    public const string Second = """
        Talks next week

        Lee will attend next week, an official said.

        Spain stayed away. The USSR is long gone.
        """;

    /// <summary>The schema, both sources, countries, people and the given claims file.</summary>
    public static CorpusBuilder With(string claims, string countries = Countries) =>
        new CorpusBuilder().Schema(Schema)
            .File("facts/sources.yaml", Sources)
            .File("facts/countries.yaml", countries)
            .File("facts/people.yaml", People)
            .File("facts/claims.yaml", claims)
            .Source("first.txt", First)
            .Source("second.txt", Second);
}
