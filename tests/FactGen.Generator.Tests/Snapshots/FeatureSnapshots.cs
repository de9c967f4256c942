using Microsoft.CodeAnalysis;
using System.Collections.Generic;
using FactGen.Core;
namespace FactGen.Generator.Tests.Snapshots;

/// <summary>Focused fixtures for what spans facts and kinds, and for names and text that could break the C#.</summary>
public class FeatureSnapshots : SnapshotTest
{
    private const string Cite = "citations: [{ source: article, paragraph: 1, quote: q }]";

    [Fact]
    public void Inverse_navigation() => VerifyGenerator(Corpus(
        """
          Country:
            plural: Countries
            fields:
              name: { type: string, required: true }
          Person:
            plural: People
            fields:
              name: { type: string, required: true }
              country: { type: reference, kind: Country, inverse: Citizens }
          Team:
            plural: Teams
            fields:
              name: { type: string, required: true }
              members: { type: reference, kind: Person, list: true, inverse: Teams }
        """,
        ("countries.yaml", $$"""
            kind: Country
            facts:
              - id: utopia
                name: Utopia
                {{Cite}}
              - id: nowhere
                name: Nowhere
                {{Cite}}
            """),
        ("people.yaml", $$"""
            kind: Person
            facts:
              - id: ada
                name: Ada
                country: utopia
                {{Cite}}
              - id: bob
                name: Bob
                country: utopia
                {{Cite}}
              - id: cy
                name: Cy
                {{Cite}}
            """),
        ("teams.yaml", $$"""
            kind: Team
            facts:
              - id: red
                name: Red
                members: [ada, bob, ada]
                {{Cite}}
              - id: blue
                name: Blue
                members: [bob]
                {{Cite}}
            """)), include: FocusedSources);

    /// <summary>
    /// Value-level provenance (issue 14): a per-source scalar and list, given one value or a value
    /// per source; a reference to a union with an inverse on each member and on the interface; and
    /// aliases. The interface shares the members' common field (name, nullable on Person).
    /// </summary>
    [Fact]
    public void Values_by_source_unions_and_aliases() => VerifyGenerator(ProvenanceCorpus(), include: hint => FocusedSources(hint) || hint is GeneratedNames.UnionsHint or GeneratedNames.JsonHint);

    /// <summary>The fixture of <see cref="Values_by_source_unions_and_aliases"/>, which <c>ProvenanceModelTests</c> also runs.</summary>
    internal static List<AdditionalText> ProvenanceCorpus() => Corpus(
        """
          Country:
            plural: Countries
            fields:
              name: { type: string, required: true }
          Person:
            plural: People
            fields:
              name: { type: string }
          Claim:
            plural: Claims
            fields:
              claimant: { type: reference, kind: Party, required: true, perSource: true, inverse: Claims, indexed: true }
              when: { type: string, perSource: true }
              words: { type: text, list: true, perSource: true }
        unions:
          Party: { description: Who makes a claim., members: [Country, Person] }
        """,
        ("countries.yaml", $$"""
            kind: Country
            facts:
              - id: utopia
                name: Utopia
                aliases: [the Republic, Utopians]
                {{Cite}}
            """),
        ("people.yaml", $$"""
            kind: Person
            facts:
              - id: ada
                name: Ada
                {{Cite}}
            """),
        ("claims.yaml", """
            kind: Claim
            facts:
              - id: by-source
                claimant: { article: utopia, report: ada }
                when: { article: Friday, report: last week }
                words: { article: [it will rain], report: [rain, soon] }
                citations:
                  - { source: article, paragraph: 1, quote: q }
                  - { source: report, paragraph: 2, quote: r }
              - id: alike
                claimant: ada
                when: Monday
                citations:
                  - { source: report, paragraph: 1, quote: r }
                  - { source: article, paragraph: 1, quote: q }
            """));

    /// <summary>A -> B -> A across kinds, and B -> B: created in pass 1, linked in pass 2.</summary>
    [Fact]
    public void Reference_cycle() => VerifyGenerator(Corpus(
        """
          Alpha:
            plural: Alphas
            fields:
              partner: { type: reference, kind: Beta, required: true, inverse: Admirers }
          Beta:
            plural: Betas
            fields:
              partner: { type: reference, kind: Alpha, required: true }
              next: { type: reference, kind: Beta }
        """,
        ("alphas.yaml", $$"""
            kind: Alpha
            facts:
              - id: a
                partner: b
                {{Cite}}
            """),
        ("betas.yaml", $$"""
            kind: Beta
            facts:
              - id: b
                partner: a
                next: b
                {{Cite}}
            """)), include: FocusedSources);

    [Fact]
    public void Indexed_lookups() => VerifyGenerator(IndexedLookupsCorpus(), include: FocusedSources);

    /// <summary>Every kind of indexed field: string, enum, reference, bool, int and a list of strings (also asked at run time, in LookupModelTests).</summary>
    public static List<AdditionalText> IndexedLookupsCorpus() => Corpus(
        """
          Owner:
            plural: Owners
            fields:
              name: { type: string, required: true }
          Item:
            plural: Items
            fields:
              name: { type: string, required: true, indexed: true }
              category: { type: enum, values: [tool, toy], indexed: true }
              owner: { type: reference, kind: Owner, indexed: true }
              active: { type: bool, required: true, indexed: true }
              size: { type: int, indexed: true }
              tags: { type: string, list: true, indexed: true }
        """,
        ("owners.yaml", $$"""
            kind: Owner
            facts:
              - id: alice
                name: Alice
                {{Cite}}
            """),
        ("items.yaml", $$"""
            kind: Item
            facts:
              - id: hammer
                name: Hammer
                category: tool
                owner: alice
                active: true
                size: 3
                tags: [heavy, metal]
                {{Cite}}
              - id: ball
                name: Ball
                category: toy
                active: false
                size: -1
                tags: [round, heavy, round]
                {{Cite}}
              - id: second-hammer
                name: Hammer
                category: tool
                owner: alice
                active: true
                {{Cite}}
            """));

    [Fact]
    public void Citations_and_an_inferred_fact_with_a_note() => VerifyGenerator(Corpus(
        """
          Finding:
            plural: Findings
            description: Something asserted.
            fields:
              claim: { type: text, required: true }
        """,
        ("findings.yaml", """
            kind: Finding
            facts:
              - id: well-sourced
                claim: Stated in both sources.
                citations:
                  - { source: article, paragraph: 1, quote: "first" }
                  - { source: report, paragraph: 0, quote: "the headline" }
                  - { source: article, paragraph: 12, quote: "a \"quoted\" remark" }
              - id: worked-out
                claim: A date worked out from "next week".
                basis: inferred
                note: The article is dated 14 June; "next week" is 17-21 June.
                citations: [{ source: article, paragraph: 2, quote: "next week" }]
              - id: stated-with-note
                claim: Stated, with a remark.
                basis: stated
                note: Only one source says so.
                citations: [{ source: report, paragraph: 3, quote: "says so" }]
            """)), include: FocusedSources);

    /// <summary>Ids that are C# keywords or start with a digit; field names and enum values that are keywords.</summary>
    [Fact]
    public void Keyword_and_digit_names() => VerifyGenerator(Corpus(
        """
          Thing:
            plural: Things
            fields:
              class: { type: string, required: true }
              namespace: { type: enum, values: [public, 1st, null] }
              default: { type: reference, kind: Thing }
              event: { type: bool, indexed: true }
        """,
        ("things.yaml", $$"""
            kind: Thing
            facts:
              - id: class
                class: a class
                namespace: public
                default: namespace
                event: true
                {{Cite}}
              - id: namespace
                class: a namespace
                namespace: 1st
                default: 2024-visit
                {{Cite}}
              - id: 2024-visit
                class: a visit
                namespace: "null"
                default: class
                event: false
                {{Cite}}
              - id: int
                class: an int
                {{Cite}}
            """)), include: FocusedSources);

    /// <summary>
    /// Text that could break out of a string literal or a doc comment: quotes, backslashes, every
    /// line break C# knows (\n, \r\n, U+0085, U+2028, U+2029), tab, NUL, a bidi override (U+202E),
    /// and comment or XML syntax in descriptions, labels, notes and quotes.
    /// </summary>
    [Fact]
    public void Hostile_strings() => VerifyGenerator(Corpus(
        """
          Sample:
            plural: Samples
            description: "Ends a comment */ closes </summary> <b>bold</b> & amp; &lt; \"quoted\" \\ back"
            fields:
              name: { type: string, required: true, description: "*/ </summary> & <see cref=\"X\"/> \u202Eevil" }
              body: { type: text }
              tags: { type: string, list: true }
        """,
        ("samples.yaml", """
            kind: Sample
            facts:
              - id: nasty
                name: "q\"uote b\\ack */ </summary> <para> & \u202Egnp.exe"
                body: "lf\n crlf\r\n nel\N ls\L ps\P tab\t nul\0 bell\a esc\e del\x7F nbsp\_ zwsp\u200B bom\uFEFF end"
                tags: ["*/", "</summary>", "&amp;", "\\", "\"", "\r\n", "\u202E", "// not a comment", "/* nor this"]
                note: "A note with </para> and */ and\na newline"
                basis: inferred
                citations: [{ source: article, paragraph: 1, quote: "quote with \" and \\ and </summary> and \u2028 and */" }]
              - id: only-a-quote
                name: "\""
                citations: [{ source: article, paragraph: 1, quote: "\\" }]
            """)), include: FocusedSources);
}
