using System.Collections.Generic;
using System.Linq;
using FactGen.Tests;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator.Tests.Infrastructure;

/// <summary>A small schema and fact files for focused tests; paths are fake and stable.</summary>
public static class Fixtures
{
    public const string Root = "/fixture/facts/";

    public const string Schema = SchemaPreamble.SourceKind + """
          Country:
            plural: Countries
            description: A country.
            fields:
              name: { type: string, required: true }
              leader: { type: reference, kind: Person }
          Person:
            plural: People
            description: A person.
            fields:
              name: { type: string, required: true }
              country: { type: reference, kind: Country, inverse: Citizens, indexed: true }
              born: { type: date }
              active: { type: bool }
          Quote:
            plural: Quotes
            fields:
              speaker: { type: reference, kind: Person, required: true, inverse: Quotes, indexed: true }
              text: { type: text, required: true }
        """;

    public const string Sources = SchemaPreamble.ArticleSource;

    public const string Countries = """
        kind: Country
        facts:
          - id: utopia
            name: Utopia
            leader: ada
            citations: [{ source: article, paragraph: 1, quote: "Utopia" }]
        """;

    public const string People = """
        kind: Person
        facts:
          - id: ada
            name: Ada
            country: utopia
            born: 1815-12
            active: true
            citations: [{ source: article, paragraph: 1, quote: "Ada" }]
          - id: bob
            name: Bob
            country: utopia
            citations: [{ source: article, paragraph: 2, quote: "Bob" }]
        """;

    public const string Quotes = """
        kind: Quote
        facts:
          - id: ada-hello
            speaker: ada
            text: "Hello, \"world\"\\n"
            citations: [{ source: article, paragraph: 2, quote: "hello" }]
        """;

    public static List<AdditionalText> Files(params (string Name, string Text)[] extra)
    {
        var files = new List<(string, string)>
        {
            ("schema.yaml", Schema), ("sources.yaml", Sources), ("countries.yaml", Countries), ("people.yaml", People), ("quotes.yaml", Quotes),
        };
        foreach (var (name, text) in extra)
        {
            files.RemoveAll(f => f.Item1 == name);
            files.Add((name, text));
        }
        return files.Select(f => (AdditionalText)new InMemoryAdditionalText(Root + f.Item1, f.Item2)).ToList();
    }
}
