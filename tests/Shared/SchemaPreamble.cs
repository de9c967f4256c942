namespace FactGen.Tests;

/// <summary>
/// What every test schema starts with: citations need a kind marked <c>source: true</c>, so each
/// fixture declares the same Source kind first. Kept here, linked into every test project, so a
/// change to how sources are declared is made once. Fixtures append their own kinds, indented
/// two spaces under <c>kinds:</c>.
/// </summary>
public static class SchemaPreamble
{
    /// <summary><c>kinds:</c> and the Source kind, ending in a line break.</summary>
    public const string SourceKind = """
        kinds:
          Source:
            plural: Sources
            source: true
            fields:
              file: { type: string, required: true }

        """;

    /// <summary>A sources.yaml with one source, <c>article</c>, naming <c>article.txt</c> (no final line break).</summary>
    public const string ArticleSource = """
        kind: Source
        facts:
          - id: article
            file: article.txt
        """;

    /// <summary>A fact's citations line citing <see cref="ArticleSource"/>, indented for a fact in a list under <c>facts:</c>.</summary>
    public const string ArticleCitation = "    citations: [{ source: article, paragraph: 1, quote: q }]\n";

    /// <summary>Kinds Abc and ABC, whose hint names differ only in case (CS8785 in a real build
    /// once), each with one string field, indented to follow <see cref="SourceKind"/>.</summary>
    public const string KindsDifferingInCase = """
          Abc:
            plural: Abcs
            fields:
              label: { type: string }
          ABC:
            plural: ABCs
            fields:
              label: { type: string }

        """;
}
