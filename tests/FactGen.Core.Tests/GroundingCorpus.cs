namespace FactGen.Core.Tests;

/// <summary>
/// <see cref="ProvenanceCorpus"/> with a grounding rule on each of three Claim fields: <c>topic</c>
/// by a shared citation, <c>seenBy</c> not checked, the rest by name (issue 29). A Topic kind whose
/// one fact, <c>spain-topic</c>, is named like the country and cites 'second' ¶2.
/// </summary>
internal static class GroundingCorpus
{
    public static readonly string Schema = ProvenanceCorpus.Schema
        .Replace("  Claim:\n", "  Topic:\n    plural: Topics\n    fields:\n      name: { type: string, required: true }\n  Claim:\n", System.StringComparison.Ordinal)
        .Replace("      summary: { type: text }\n",
            "      summary: { type: text }\n      topic: { type: reference, kind: Topic, grounding: shared-citation }\n      seenBy: { type: reference, kind: Person, grounding: none }\n",
            System.StringComparison.Ordinal);

    public const string Topics = """
        kind: Topic
        facts:
          - id: spain-topic
            name: Spain
            citations: [{ source: second, paragraph: 2, quote: Spain stayed away }]
        """;

    /// <param name="schema">The schema; <see cref="Schema"/> when null.</param>
    public static CorpusBuilder With(string claims, string countries = ProvenanceCorpus.Countries, string people = ProvenanceCorpus.People, string? schema = null) =>
        new CorpusBuilder().Schema(schema ?? Schema)
            .File("facts/sources.yaml", ProvenanceCorpus.Sources)
            .File("facts/countries.yaml", countries)
            .File("facts/people.yaml", people)
            .File("facts/topics.yaml", Topics)
            .File("facts/claims.yaml", claims)
            .Source("first.txt", ProvenanceCorpus.First)
            .Source("second.txt", ProvenanceCorpus.Second);
}
