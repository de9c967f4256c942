using System.Collections.Generic;
using System.Linq;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Tests;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator.Tests.Naming;

/// <summary>
/// The names the value-level provenance code adds (issue 14) clash with none a schema can choose:
/// the locals of the links class's constructor, the type parameter of <c>Sourced&lt;T&gt;</c>, <c>{Field}BySource</c>.
/// Found by a review; each case compiles clean or is a located FG error.
/// </summary>
public class ProvenanceNameTests
{
    private static GeneratorHarness.Result Run(string schema, params (string Name, string Text)[] facts)
    {
        var files = new List<AdditionalText> { new InMemoryAdditionalText(Fixtures.Root + "schema.yaml", schema) };
        files.AddRange(facts.Select(f => (AdditionalText)new InMemoryAdditionalText(Fixtures.Root + f.Name, f.Text)));
        var result = GeneratorHarness.Run(files);
        Assert.Null(result.Run.Results.Single().Exception);
        Assert.True(result.CompileDiagnostics.IsEmpty, "the generated code does not compile:\n" + string.Join("\n", result.CompileDiagnostics));
        return result;
    }

    [Fact]
    public void Fields_named_like_the_locals_of_the_links_constructor_compile()
    {
        // Links_Event(Event? @next, Event? @sourced, ...) builds the untyped values by source in locals of its own.
        var result = Run(SchemaPreamble.SourceKind + """
              Event:
                plural: Events
                fields:
                  next: { type: reference, kind: Event }
                  sourced: { type: reference, kind: Event }
                  allValues: { type: reference, kind: Event }
                  when: { type: string, perSource: true }
            """,
            ("sources.yaml", SchemaPreamble.ArticleSource),
            ("events.yaml", """
                kind: Event
                facts:
                  - id: a
                    next: a
                    sourced: a
                    when: Friday
                    citations: [{ source: article, paragraph: 1, quote: q }]
                """));

        Assert.Empty(result.Run.Diagnostics);
    }

    [Fact]
    public void A_per_source_field_named_factData_does_not_hide_the_data_class_from_the_links_class()
    {
        // Found by SchemaPropertyTests (seed 524829292): the property FactData hid the class that
        // The links class calls FactData to make the untyped values by source read-only.
        var result = Run(SchemaPreamble.SourceKind + """
              Thing:
                plural: Things
                fields:
                  factData: { type: url, list: true, perSource: true }
            """,
            ("sources.yaml", SchemaPreamble.ArticleSource),
            ("things.yaml", "kind: Thing\nfacts:\n  - id: a\n    factData: { article: [https://example.org/a] }\n    citations: [{ source: article, paragraph: 1, quote: q }]\n"));

        Assert.Empty(result.Run.Diagnostics);
    }

    [Fact]
    public void A_source_kind_named_T_compiles_inside_Sourced_of_T()
    {
        var result = Run("""
            kinds:
              T:
                plural: Ts
                source: true
                fields:
                  file: { type: string, required: true }
              Event:
                plural: Events
                fields:
                  when: { type: string, perSource: true }
            """,
            ("sources.yaml", "kind: T\nfacts:\n  - id: article\n    file: article.txt\n"),
            ("events.yaml", "kind: Event\nfacts:\n  - id: a\n    when: { article: Friday }\n    citations: [{ source: article, paragraph: 1, quote: q }]\n"));

        Assert.Empty(result.Run.Diagnostics);
    }

    [Fact]
    public void A_kind_named_like_the_values_by_source_of_its_own_field_is_FG0015()
    {
        var result = Run(SchemaPreamble.SourceKind + """
              WhenBySource:
                plural: WhenBySources
                fields:
                  when: { type: string, perSource: true }
            """);

        var diagnostic = Assert.Single(result.Run.Diagnostics);
        Assert.Equal("FG0015", diagnostic.Id);
        Assert.Contains("the values by source of 'when', which is also the name of its own kind", diagnostic.GetMessage(), System.StringComparison.Ordinal);
    }
}
