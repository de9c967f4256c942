using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using FactGen.Tests;

namespace FactGen.Core.Tests;

/// <summary>
/// What each field type accepts and refuses, through binding: one field of one fact, the value it
/// becomes and the exact diagnostics. The boundary values on either side of each rule are here,
/// so a rule that moves by one (a month 12, a day 29, a 40-character value) is caught.
/// </summary>
public sealed class ValueTests
{
    private const string People = "facts/people.yaml";

    /// <summary>One field of each type, and the lists; shared with <see cref="JoinTests"/> and <see cref="MemberNameTests"/>.</summary>
    internal const string Schema = SchemaPreamble.SourceKind + """
          Country:
            plural: Countries
            fields:
              name: { type: string }
          Person:
            plural: People
            fields:
              name: { type: string }
              motto: { type: text }
              age: { type: int }
              amount: { type: decimal }
              active: { type: bool }
              born: { type: date }
              home: { type: url }
              role: { type: enum, values: [minister, envoy] }
              country: { type: reference, kind: Country, indexed: true }
              evidence: { type: citation }
              tags: { type: string, list: true }
              ages: { type: int, list: true }
              proofs: { type: citation, list: true }
              visited: { type: reference, kind: Country, list: true }
        """;

    /// <summary>Binds one Person, ann, whose line 4 is <c>{field}: {value}</c>; returns the field's value and every diagnostic.</summary>
    private static (FactValue? Value, FactDiagnostic[] Diagnostics) Bind(string field, string value)
    {
        var people = $"kind: Person\nfacts:\n  - id: ann\n    {field}: {value}\n    citations: [{{ source: s1, paragraph: 1, quote: q }}]\n";
        var result = new CorpusBuilder().Schema(Schema).File("facts/sources.yaml", CorpusBuilder.SourcesFile).File(People, people).Bind();
        var kind = result.Model.Kinds.Single(k => k.Schema.Name == "Person");
        var index = kind.Schema.Fields.Select(f => f.Name).ToList().IndexOf(field);
        Assert.True(index >= 0, $"no field {field}");
        return (kind.Facts.Single().Values[index], result.Diagnostics.ToArray());
    }

    private static FactValue? Accepted(string field, string value)
    {
        var (bound, diagnostics) = Bind(field, value);
        DiagnosticAssert.Exactly(diagnostics);
        return bound;
    }

    /// <summary>The value is refused with one diagnostic at the value (line 4, after "{field}: ").</summary>
    private static void Refused(string field, string value, string id, string message)
    {
        var (bound, diagnostics) = Bind(field, value);
        Assert.Null(bound);
        DiagnosticAssert.Exactly(diagnostics, new Expected(id, 4, field.Length + 7, message, Path: People));
    }

    [Theory]
    [InlineData("40", 40)]
    [InlineData("-7", -7)]
    [InlineData("+7", 7)]
    [InlineData("007", 7)] // not octal
    [InlineData("2147483647", int.MaxValue)]
    [InlineData("-2147483648", int.MinValue)]
    public void Int_accepts_whole_numbers_with_a_sign(string text, int expected)
    {
        Assert.Equal(new IntValue(expected), Accepted("age", text));
    }

    [Theory]
    [InlineData("0x10")]
    [InlineData("1.0")]
    [InlineData("1e3")]
    [InlineData("1_000")]
    [InlineData("2147483648")]
    [InlineData("'4 '")]
    public void Int_refuses_anything_else(string text)
    {
        var shown = text.Trim('\'');
        Refused("age", text, "FG0007", $"The field 'age' expects a whole number, but the value is '{shown}'");
    }

    [Fact]
    public void Int_refuses_a_number_followed_by_an_escaped_nul_that_int_parse_would_ignore()
    {
        // int.TryParse skips trailing NULs; the pattern check is what refuses "5\0".
        var (bound, diagnostics) = Bind("age", "\"5\\0\"");
        Assert.Null(bound);
        Assert.Equal("FG0007", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData("1.5", "1.5")]
    [InlineData("-0.25", "-0.25")]
    [InlineData("+3", "3")]
    [InlineData(".5", "0.5")]
    [InlineData("5.", "5")]
    [InlineData("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Decimal_accepts_plain_decimal_numbers(string text, string expected)
    {
        Assert.Equal(new DecimalValue(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)), Accepted("amount", text));
    }

    [Theory]
    [InlineData("1,5")]
    [InlineData("1e3")]
    [InlineData(".")]
    [InlineData("NaN")]
    [InlineData("1.2.3")]
    public void Decimal_refuses_exponents_commas_and_words(string text)
    {
        Refused("amount", text, "FG0007", $"The field 'amount' expects a decimal number, but the value is '{text}'");
    }

    [Fact]
    public void Decimal_refuses_a_number_followed_by_an_escaped_nul()
    {
        var (bound, diagnostics) = Bind("amount", "\"1.5\\0\"");
        Assert.Null(bound);
        Assert.Equal("FG0007", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    public void Bool_is_only_true_or_false(string text, bool expected)
    {
        Assert.Equal(new BoolValue(expected), Accepted("active", text));
    }

    [Theory]
    [InlineData("True")]
    [InlineData("yes")]
    [InlineData("NO")]
    [InlineData("1")]
    public void Bool_refuses_yaml_1_1_words(string text)
    {
        Refused("active", text, "FG0007", $"The field 'active' expects true or false, but the value is '{text}'");
    }

    [Theory]
    [InlineData("2024", 2024, null, null)]
    [InlineData("0001", 1, null, null)]
    [InlineData("2024-01", 2024, 1, null)]
    [InlineData("2024-12", 2024, 12, null)]
    [InlineData("2024-01-01", 2024, 1, 1)]
    [InlineData("2024-01-31", 2024, 1, 31)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2023-12-31", 2023, 12, 31)]
    public void Date_keeps_its_precision_year_month_or_day(string text, int year, int? month, int? day)
    {
        Assert.Equal(new DateValue(year, month, day), Accepted("born", text));
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("2024-00")]
    [InlineData("2024-13")]
    [InlineData("2024-01-00")]
    [InlineData("2024-01-32")]
    [InlineData("2023-02-29")]
    [InlineData("2024-04-31")]
    [InlineData("24-01-01")]
    [InlineData("2024-1-1")]
    [InlineData("2024/01/01")]
    public void Date_refuses_months_and_days_that_do_not_exist(string text)
    {
        Refused("born", text, "FG0009", $"'{text}' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD with a real month and day");
    }

    [Theory]
    [InlineData("http://example.com")]
    [InlineData("https://example.com/a?b=c")]
    public void Url_accepts_absolute_http_and_https(string text)
    {
        Assert.Equal(new UrlValue(text), Accepted("home", text));
    }

    [Theory]
    [InlineData("ftp://example.com")]
    [InlineData("/relative/path")]
    [InlineData("example.com")]
    public void Url_refuses_other_schemes_and_relative_paths(string text)
    {
        Refused("home", text, "FG0010", $"'{text}' is not an absolute http or https URL");
    }

    [Fact]
    public void Enum_accepts_a_declared_value_and_refuses_another_listing_the_allowed_ones()
    {
        Assert.Equal(new EnumValue("envoy"), Accepted("role", "envoy"));
        Refused("role", "Envoy", "FG0008", "'Envoy' is not a value of 'role'; allowed values: minister, envoy; did you mean 'envoy'?");
    }

    [Fact]
    public void String_and_text_keep_the_value_as_written()
    {
        Assert.Equal(new StringValue("010"), Accepted("name", "010"));
        Assert.Equal(new StringValue("no"), Accepted("motto", "no"));
    }

    [Theory]
    [InlineData("name", "text")]
    [InlineData("motto", "text")]
    [InlineData("age", "a whole number")]
    [InlineData("amount", "a decimal number")]
    [InlineData("active", "true or false")]
    [InlineData("born", "a date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData("home", "a URL")]
    [InlineData("role", "one of the declared values")]
    [InlineData("country", "the id of a fact")]
    public void A_single_value_field_given_a_list_or_a_mapping_names_the_type_it_expects(string field, string expects)
    {
        Refused(field, "[a]", "FG0007", $"The field '{field}' expects {expects}, but the value is a list");
        Refused(field, "{ a: b }", "FG0007", $"The field '{field}' expects {expects}, but the value is a mapping");
    }

    [Theory]
    [InlineData("tags", "text")]
    [InlineData("ages", "a whole number")]
    [InlineData("proofs", "a citation { source, paragraph, quote }")]
    public void A_list_field_given_one_value_names_the_list_it_expects(string field, string expects)
    {
        Refused(field, "x", "FG0007", $"The field '{field}' expects a list of {expects}, but the value is 'x'");
    }

    [Fact]
    public void A_list_keeps_its_good_items_in_order_and_reports_each_bad_one()
    {
        var (bound, diagnostics) = Bind("ages", "[1, x, 3, y]");

        Assert.Equal(new ListValue(new FactGen.Core.Collections.EquatableArray<FactValue>([new IntValue(1), new IntValue(3)])), bound);
        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0007", 4, 15, "The field 'ages' expects a whole number, but the value is 'x'", Path: People),
            new Expected("FG0007", 4, 21, "The field 'ages' expects a whole number, but the value is 'y'", Path: People));
    }

    [Fact]
    public void A_value_over_40_characters_is_shown_cut_at_40_with_an_ellipsis()
    {
        var forty = new string('x', 40);
        Refused("age", forty, "FG0007", $"The field 'age' expects a whole number, but the value is '{forty}'");
        Refused("age", forty + "yz", "FG0007", $"The field 'age' expects a whole number, but the value is '{forty}…'");
    }

    [Fact]
    public void A_citation_field_becomes_a_citation()
    {
        Assert.Equal(new CitationValue("s1", 2, "She met"), Accepted("evidence", "{ source: s1, paragraph: 2, quote: She met }"));
        Assert.Equal(new CitationValue("s1", 0, "Ann"), Accepted("evidence", "{ source: s1, paragraph: 0, quote: Ann }"));
    }

    [Fact]
    public void A_citation_field_given_one_value_expects_a_mapping()
    {
        Refused("evidence", "s1", "FG0007", "The field 'citation' expects a mapping { source, paragraph, quote }, but the value is 's1'");
    }

    [Theory]
    [InlineData("{ paragraph: 1, quote: q }", "source")]
    [InlineData("{ source: s1, quote: q }", "paragraph")]
    [InlineData("{ source: s1, paragraph: 1 }", "quote")]
    [InlineData("{ source: s1, paragraph: 1, quote: }", "quote")]
    public void A_citation_without_one_of_its_three_parts_is_FG0005_and_no_citation(string citation, string missing)
    {
        Refused("evidence", citation, "FG0005", $"The citation 'at line 4' has no '{missing}', which is required");
    }

    [Fact]
    public void A_citation_part_that_is_a_list_expects_a_single_value()
    {
        var (bound, diagnostics) = Bind("evidence", "{ source: s1, paragraph: 1, quote: [a] }");

        Assert.Null(bound);
        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0007", 4, 50, "The field 'quote' expects a single value, but the value is a list", Path: People));
    }

    [Theory]
    [InlineData("qoute", "quote")]
    [InlineData("sourse", "source")]
    [InlineData("paragrph", "paragraph")]
    public void A_citation_with_an_unknown_key_is_FG0006_with_a_suggestion_and_still_binds(string key, string suggestion)
    {
        var (bound, diagnostics) = Bind("evidence", $"{{ source: s1, paragraph: 1, quote: q, {key}: r }}");

        Assert.Equal(new CitationValue("s1", 1, "q"), bound);
        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0006", 4, 53, $"The kind citation has no field '{key}'; did you mean '{suggestion}'?", Path: People));
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("one")]
    [InlineData("1.0")]
    [InlineData("99999999999")]
    public void A_paragraph_that_is_not_a_whole_number_from_0_is_refused(string paragraph)
    {
        var (bound, diagnostics) = Bind("evidence", $"{{ source: s1, paragraph: {paragraph}, quote: q }}");

        Assert.Null(bound);
        DiagnosticAssert.Exactly(diagnostics,
            new Expected("FG0007", 4, 40, $"The field 'paragraph' expects a paragraph number (0 for the headline, 1 for the first body paragraph), but the value is '{paragraph}'", Path: People));
    }

    [Fact]
    public void A_list_of_citations_keeps_the_good_ones()
    {
        var (bound, diagnostics) = Bind("proofs", "[{ source: s1, paragraph: 1, quote: a }, x, { source: s1, paragraph: 2, quote: b }]");

        Assert.Equal(new ListValue(new FactGen.Core.Collections.EquatableArray<FactValue>([new CitationValue("s1", 1, "a"), new CitationValue("s1", 2, "b")])), bound);
        Assert.Equal(["FG0007"], diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void A_citation_in_the_citations_list_that_is_not_a_mapping_is_FG0007()
    {
        var people = "kind: Person\nfacts:\n  - id: ann\n    citations: [s1, { source: s1, paragraph: 1, quote: q }]\n";
        var result = new CorpusBuilder().Schema(Schema).File("facts/sources.yaml", CorpusBuilder.SourcesFile).File(People, people).Bind();

        DiagnosticAssert.Exactly(result.Diagnostics,
            new Expected("FG0007", 4, 17, "The field 'citation' expects a mapping { source, paragraph, quote }, but the value is 's1'", Path: People));
        Assert.Equal([new CitationValue("s1", 1, "q")], result.Model.Kinds.Single(k => k.Schema.Name == "Person").Facts.Single().Citations);
    }
}
