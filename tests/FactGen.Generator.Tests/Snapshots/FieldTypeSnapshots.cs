namespace FactGen.Generator.Tests.Snapshots;

/// <summary>
/// One focused fixture per field type, through the driver: a required and an optional field (or a
/// list), with edge values. Only the kind's own file is kept; the shared files and
/// the source kind are pinned by <see cref="ModelSnapshots"/>.
/// </summary>
public class FieldTypeSnapshots : SnapshotTest
{
    private const string Cite = "citations: [{ source: article, paragraph: 1, quote: q }]";

    [Fact]
    public void String_field() => VerifyGenerator(Corpus(
        """
          Sample:
            plural: Samples
            fields:
              label: { type: string, required: true, description: "A required string." }
              nickname: { type: string, description: "An optional string." }
        """,
        ("samples.yaml", $$"""
            kind: Sample
            facts:
              - id: plain
                label: Plain
                nickname: P
                {{Cite}}
              - id: unicode
                label: "Zoë – naïve café 北京 😀"
                {{Cite}}
              - id: typed-by-the-schema
                label: yes
                nickname: 007
                {{Cite}}
              - id: blank
                label: ""
                nickname: "   padded   "
                {{Cite}}
            """)), include: FocusedSources);

    [Fact]
    public void Text_field() => VerifyGenerator(Corpus(
        """
          Sample:
            plural: Samples
            fields:
              summary: { type: text, required: true, description: "A text, also the fact's label." }
              body: { type: text }
        """,
        ("samples.yaml", $$"""
            kind: Sample
            facts:
              - id: literal-block
                summary: |
                  First line.
                  Second line, "quoted".
                body: |-
                  no trailing newline
                {{Cite}}
              - id: folded-block
                summary: >-
                  Folded onto
                  one line.
                {{Cite}}
            """)), include: FocusedSources);

    [Fact]
    public void Int_field() => VerifyGenerator(Corpus(
        """
          Sample:
            plural: Samples
            fields:
              count: { type: int, required: true }
              rank: { type: int }
        """,
        ("samples.yaml", $$"""
            kind: Sample
            facts:
              - id: zero
                count: 0
                {{Cite}}
              - id: extremes
                count: -2147483648
                rank: 2147483647
                {{Cite}}
              - id: signed-and-padded
                count: +7
                rank: 007
                {{Cite}}
            """)), include: FocusedSources);

    [Fact]
    public void Decimal_field() => VerifyGenerator(Corpus(
        """
          Sample:
            plural: Samples
            fields:
              amount: { type: decimal, required: true }
              rate: { type: decimal }
        """,
        ("samples.yaml", $$"""
            kind: Sample
            facts:
              - id: zero
                amount: 0
                {{Cite}}
              - id: trailing-zeros
                amount: -12.50
                rate: .5
                {{Cite}}
              - id: extremes
                amount: 79228162514264337593543950335
                rate: 0.0000000000000000000000000001
                {{Cite}}
              - id: bare-point
                amount: 1.
                {{Cite}}
            """)), include: FocusedSources);

    [Fact]
    public void Bool_field() => VerifyGenerator(Corpus(
        """
          Sample:
            plural: Samples
            fields:
              active: { type: bool, required: true }
              verified: { type: bool }
        """,
        ("samples.yaml", $$"""
            kind: Sample
            facts:
              - id: yes-and-no
                active: true
                verified: false
                {{Cite}}
              - id: unknown
                active: false
                {{Cite}}
            """)), include: FocusedSources);

    [Fact]
    public void Date_field_with_year_month_and_day_precision() => VerifyGenerator(Corpus(
        """
          Sample:
            plural: Samples
            fields:
              start: { type: date, required: true }
              end: { type: date }
        """,
        ("samples.yaml", $$"""
            kind: Sample
            facts:
              - id: year
                start: 2024
                {{Cite}}
              - id: month
                start: 2024-04
                end: 2024-05
                {{Cite}}
              - id: day
                start: 2024-02-29
                end: 2024-12-31
                {{Cite}}
              - id: early
                start: 0987
                end: "0987-01-01"
                {{Cite}}
            """)), include: FocusedSources);

    [Fact]
    public void Url_field() => VerifyGenerator(Corpus(
        """
          Sample:
            plural: Samples
            fields:
              homepage: { type: url, required: true }
              archive: { type: url }
        """,
        ("samples.yaml", $$"""
            kind: Sample
            facts:
              - id: simple
                homepage: https://example.com/
                {{Cite}}
              - id: query-and-fragment
                homepage: "https://example.com/a/b?q=1&r=\"two\"#frag"
                archive: http://example.org/path%20with%20spaces
                {{Cite}}
              - id: international
                homepage: https://例え.jp/パス
                {{Cite}}
            """)), include: FocusedSources);

    [Fact]
    public void Enum_field() => VerifyGenerator(Corpus(
        """
          Sample:
            plural: Samples
            fields:
              status: { type: enum, values: [draft, in-review, 2nd-pass, class], required: true, description: "Where it stands." }
              mood: { type: enum, values: [calm] }
        """,
        ("samples.yaml", $$"""
            kind: Sample
            facts:
              - id: first
                status: draft
                mood: calm
                {{Cite}}
              - id: second
                status: in-review
                {{Cite}}
              - id: third
                status: 2nd-pass
                {{Cite}}
              - id: fourth
                status: class
                {{Cite}}
            """)), include: FocusedSources);

    [Fact]
    public void Reference_field() => VerifyGenerator(Corpus(
        """
          Owner:
            plural: Owners
            fields:
              name: { type: string, required: true }
          Sample:
            plural: Samples
            fields:
              owner: { type: reference, kind: Owner, required: true, description: "Always there." }
              backup: { type: reference, kind: Owner }
        """,
        ("owners.yaml", $$"""
            kind: Owner
            facts:
              - id: alice
                name: Alice
                {{Cite}}
              - id: bob
                name: Bob
                {{Cite}}
            """),
        ("samples.yaml", $$"""
            kind: Sample
            facts:
              - id: with-backup
                owner: alice
                backup: bob
                {{Cite}}
              - id: alone
                owner: bob
                {{Cite}}
            """)), include: FocusedSources);

    [Fact]
    public void List_of_strings_field() => VerifyGenerator(Corpus(
        """
          Sample:
            plural: Samples
            fields:
              names: { type: string, list: true, required: true }
              tags: { type: string, list: true }
        """,
        ("samples.yaml", $$"""
            kind: Sample
            facts:
              - id: several
                names: [one, "two, three", "\"four\""]
                tags:
                  - a
                  - a
                {{Cite}}
              - id: single
                names: [only]
                tags: []
                {{Cite}}
            """)), include: FocusedSources);

    [Fact]
    public void List_of_references_field() => VerifyGenerator(Corpus(
        """
          Owner:
            plural: Owners
            fields:
              name: { type: string, required: true }
          Sample:
            plural: Samples
            fields:
              members: { type: reference, kind: Owner, list: true }
              leads: { type: reference, kind: Owner, list: true, required: true }
        """,
        ("owners.yaml", $$"""
            kind: Owner
            facts:
              - id: alice
                name: Alice
                {{Cite}}
              - id: bob
                name: Bob
                {{Cite}}
            """),
        ("samples.yaml", $$"""
            kind: Sample
            facts:
              - id: team
                members: [alice, bob, alice]
                leads: [bob]
                {{Cite}}
              - id: empty-team
                members: []
                leads: [alice]
                {{Cite}}
            """)), include: FocusedSources);

    [Fact]
    public void Citation_field() => VerifyGenerator(Corpus(
        """
          Sample:
            plural: Samples
            fields:
              evidence: { type: citation, required: true, description: "The passage that proves it." }
              more: { type: citation, list: true }
              counter: { type: citation }
        """,
        ("samples.yaml", $$"""
            kind: Sample
            facts:
              - id: proven
                evidence: { source: report, paragraph: 0, quote: "Headline \"words\"" }
                more:
                  - { source: article, paragraph: 2, quote: two }
                  - { source: report, paragraph: 3, quote: three }
                {{Cite}}
              - id: contested
                evidence: { source: article, paragraph: 4, quote: four }
                counter: { source: report, paragraph: 5, quote: five }
                {{Cite}}
            """)), include: FocusedSources);
}
