using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Collections;
using FactGen.Core.Schema;
using FactGen.Generator.Emit;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator.Tests.Snapshots;

/// <summary>
/// The pure emitter on a FactModel built by hand from Core's records, without Roslyn's driver; and
/// the proof that the driver, given the same facts as YAML, emits the very same text.
/// </summary>
public class EmitterSnapshots : SnapshotTest
{
    private static readonly EmitOptions DefaultOptions = new("Consumer", IsPublic: true, Version: "9.9.9");

    [Fact]
    public void Hand_built_model() => VerifyEmitter(HandBuilt(), DefaultOptions, include: ModelSources);

    [Fact]
    public void Hand_built_model_emits_what_the_driver_emits_for_the_same_yaml()
    {
        var byHand = ModelEmitter.Emit(HandBuilt(), DefaultOptions).Select(s => new GeneratedSource(s.HintName, Snapshot.Scrub(s.Text))).ToList();

        var result = GeneratorHarness.Run(HandBuiltAsYaml());

        AssertNoProblems("the generator", result.Run.Diagnostics);
        var driven = result.Run.Results.Single().GeneratedSources.Select(s => new GeneratedSource(s.HintName, Snapshot.Scrub(s.SourceText.ToString()))).ToList();
        AssertSameOutput(byHand, driven, "through the driver than from the hand-built model");
    }

    /// <summary>Values the binder never lets through YAML but the emitter must still write exactly: lone surrogates, every control character, the extremes.</summary>
    [Fact]
    public void Hand_built_extreme_values()
    {
        var everyControl = new string(Enumerable.Range(0, 0x20).Select(c => (char)c).ToArray()) + "\u007F";
        var sample = new KindSchema("Sample", "Samples", "Extreme values.", IsSource: false, Fields(
            Field("text", FieldType.String, required: true),
            Field("count", FieldType.Int),
            Field("amount", FieldType.Decimal),
            Field("day", FieldType.Date),
            Field("lines", FieldType.Text, list: true)));
        var model = Model(
            new BoundKind(SourceSchema, Facts(new BoundFact("article", Values(new StringValue("article.txt")), Citations(), false, null))),
            new BoundKind(sample, Facts(
                new BoundFact("low", Values(new StringValue("lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00, bom \uFEFF, nbsp \u00A0, zwsp \u200B, ps \u2029, nel \u0085, rlo \u202E, lro \u202D"),
                        new IntValue(int.MinValue), new DecimalValue(decimal.MinValue), new DateValue(1, 1, 1), new ListValue(Items(new StringValue(everyControl), new StringValue(string.Empty)))),
                    Citations(new CitationValue("article", int.MaxValue, "\uD800")), true, "\0"),
                new BoundFact("high", Values(new StringValue(string.Empty), new IntValue(int.MaxValue), new DecimalValue(0.0000000000000000000000000001m), new DateValue(9999, 12, 31), null),
                    Citations(new CitationValue("article", 0, string.Empty)), false, string.Empty))));

        VerifyEmitter(model, new EmitOptions("Hand.Built", IsPublic: false, Version: "1.2.3-beta+sha.0123"), include: hint => hint.StartsWith("FactGen.Sample.", System.StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_model_emits_nothing() => Assert.Empty(ModelEmitter.Emit(FactModel.Empty, DefaultOptions));

    private static readonly KindSchema SourceSchema = new("Source", "Sources", null, IsSource: true, Fields(Field("file", FieldType.String, required: true)));

    /// <summary>Every field type, an inverse, a self reference, a cycle through Country, lookups and an inferred fact.</summary>
    private static FactModel HandBuilt()
    {
        var country = new KindSchema("Country", "Countries", "A country.", IsSource: false, Fields(
            Field("name", FieldType.String, required: true),
            Field("leader", FieldType.Reference, target: "Person")));
        var person = new KindSchema("Person", "People", "A person.", IsSource: false, Fields(
            Field("name", FieldType.String, required: true, description: "The name."),
            Field("born", FieldType.Date),
            Field("height", FieldType.Decimal),
            Field("age", FieldType.Int, indexed: true),
            Field("active", FieldType.Bool),
            Field("homepage", FieldType.Url),
            Field("role", FieldType.Enum, required: true, values: ["lead", "team-member"], indexed: true),
            Field("country", FieldType.Reference, target: "Country", inverse: "Citizens", indexed: true),
            Field("friends", FieldType.Reference, list: true, target: "Person", inverse: "FriendOf"),
            Field("tags", FieldType.String, list: true),
            Field("evidence", FieldType.Citation)));

        return Model(
            new BoundKind(SourceSchema, Facts(new BoundFact("article", Values(new StringValue("article.txt")), Citations(), false, null))),
            new BoundKind(country, Facts(
                new BoundFact("utopia", Values(new StringValue("Utopia"), new ReferenceValue("ada")), Citations(new CitationValue("article", 1, "Utopia")), false, null))),
            new BoundKind(person, Facts(
                new BoundFact("ada", Values(
                        new StringValue("Ada"), new DateValue(1815, 12, 10), new DecimalValue(1.65m), new IntValue(36), new BoolValue(true),
                        new UrlValue("https://example.com/ada"), new EnumValue("lead"), new ReferenceValue("utopia"),
                        new ListValue(Items(new ReferenceValue("bob"))), new ListValue(Items(new StringValue("math"), new StringValue("poet's daughter"))),
                        new CitationValue("article", 2, "Ada")),
                    Citations(new CitationValue("article", 1, "Ada")), false, null),
                new BoundFact("bob", Values(
                        new StringValue("Bob"), new DateValue(1900, null, null), null, null, null,
                        null, new EnumValue("team-member"), null,
                        new ListValue(Items(new ReferenceValue("ada"), new ReferenceValue("bob"))), null,
                        null),
                    Citations(new CitationValue("article", 3, "Bob")), true, "Bob is inferred."))));
    }

    private static List<AdditionalText> HandBuiltAsYaml() =>
    [
        new InMemoryAdditionalText(Fixtures.Root + "schema.yaml", """
            kinds:
              Source:
                plural: Sources
                source: true
                fields:
                  file: { type: string, required: true }
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
                  name: { type: string, required: true, description: "The name." }
                  born: { type: date }
                  height: { type: decimal }
                  age: { type: int, indexed: true }
                  active: { type: bool }
                  homepage: { type: url }
                  role: { type: enum, values: [lead, team-member], required: true, indexed: true }
                  country: { type: reference, kind: Country, inverse: Citizens, indexed: true }
                  friends: { type: reference, kind: Person, list: true, inverse: FriendOf }
                  tags: { type: string, list: true }
                  evidence: { type: citation }
            """),
        new InMemoryAdditionalText(Fixtures.Root + "sources.yaml", "kind: Source\nfacts:\n  - id: article\n    file: article.txt\n"),
        new InMemoryAdditionalText(Fixtures.Root + "countries.yaml", """
            kind: Country
            facts:
              - id: utopia
                name: Utopia
                leader: ada
                citations: [{ source: article, paragraph: 1, quote: "Utopia" }]
            """),
        new InMemoryAdditionalText(Fixtures.Root + "people.yaml", """
            kind: Person
            facts:
              - id: ada
                name: Ada
                born: 1815-12-10
                height: 1.65
                age: 36
                active: true
                homepage: https://example.com/ada
                role: lead
                country: utopia
                friends: [bob]
                tags: [math, "poet's daughter"]
                evidence: { source: article, paragraph: 2, quote: "Ada" }
                citations: [{ source: article, paragraph: 1, quote: "Ada" }]
              - id: bob
                name: Bob
                born: 1900
                role: team-member
                friends: [ada, bob]
                basis: inferred
                note: Bob is inferred.
                citations: [{ source: article, paragraph: 3, quote: "Bob" }]
            """),
    ];

    private static FieldSchema Field(string name, FieldType type, bool list = false, bool required = false, string? description = null,
        string? target = null, string[]? values = null, bool indexed = false, string? inverse = null) =>
        new(name, type, list, required, description, target, new EquatableArray<string>(values ?? []), indexed, inverse);

    private static EquatableArray<FieldSchema> Fields(params FieldSchema[] fields) => new(fields);

    private static EquatableArray<FactValue?> Values(params FactValue?[] values) => new(values);

    private static EquatableArray<FactValue> Items(params FactValue[] values) => new(values);

    private static EquatableArray<CitationValue> Citations(params CitationValue[] citations) => new(citations);

    private static EquatableArray<BoundFact> Facts(params BoundFact[] facts) => new(facts);

    private static FactModel Model(params BoundKind[] kinds) => new(new EquatableArray<BoundKind>(kinds));
}
