using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using FactGen.Core;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Hardening.Tests.Infrastructure;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Hardening.Tests;

/// <summary>
/// Ids become C# names: keywords, leading digits and names that collide after conversion become
/// valid, distinct identifiers or a clear FG0015; ids that are not ASCII slugs are FG0011.
/// </summary>
public class IdentifierTests
{
    /// <summary>Ids that are C# keywords or contextual keywords, start with a digit, or name a member every class has.</summary>
    public static readonly string[] OddButValidIds =
    [
        "class", "int", "null", "namespace", "string", "void", "event", "this", "base", "object", "var", "dynamic", "async", "await",
        "record", "value", "get-set", "nameof", "typeof", "default", "global", "operator", "true", "false",
        "2024-visit", "1", "0-a", "9lives", "00",
        "person", "country", "citation", "i-fact", "facts", "fact-basis", "fact-date", "date-precision", "system", "consumer", "finalize",
        "id", "citations", "basis", "note", "name", "is-inferred", "link", "print-members", "equality-contract", "deconstruct",
    ];

    internal static string People(IEnumerable<string> ids) =>
        "kind: Person\nfacts:\n" + string.Concat(ids.Select(id =>
            $"  - id: {(id.StartsWith('"') || id.StartsWith('\'') ? id : "'" + id + "'")}\n    name: Someone\n    citations: [{{ source: article, paragraph: 1, quote: q }}]\n"));

    [Fact]
    public void Keywords_leading_digits_and_member_names_become_valid_distinct_identifiers()
    {
        var outcome = HardeningHarness.Run(Fixtures.Files(("people.yaml", People(OddButValidIds))).Select(Relocated));

        Assert.True(outcome.Result.Exception is null, outcome.Result.Exception?.ToString());
        // Every id either compiles to its own property or is refused with FG0015: never a compile error.
        var refused = outcome.GeneratorDiagnostics.Where(d => d.Id == "FG0015").Select(d => d.GetMessage()).ToList();
        Assert.True(outcome.GeneratorDiagnostics.All(d => d.Id is "FG0015" or "FG0013"), HardeningHarness.Describe(outcome.GeneratorDiagnostics));
        Assert.True(outcome.CompileDiagnostics.IsEmpty, HardeningHarness.Describe(outcome.CompileDiagnostics));

        var accepted = OddButValidIds.Where(id => !refused.Any(m => m.StartsWith($"'{id}' ", StringComparison.Ordinal))).ToList();
        var names = accepted.Select(Naming.ToPascalCase).ToList();
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(names, n => Assert.True(SyntaxFacts.IsValidIdentifier(n), n));
        HardeningHarness.Load(outcome.Output, model =>
        {
            foreach (var id in accepted)
            {
                var fact = HardeningHarness.Static(model, "People", Naming.ToPascalCase(id))!;
                Assert.Equal(id, HardeningHarness.Member(fact, "Id"));
                var constant = model.GetType("Consumer.PersonIds")!.GetField(Naming.ToPascalCase(id), BindingFlags.Public | BindingFlags.Static)!;
                Assert.Equal(id, constant.GetRawConstantValue());
            }
            return 0;
        });
    }

    [Theory]
    [InlineData("a-1", "a1", "A1")]
    [InlineData("ab-1", "ab1", "Ab1")]
    [InlineData("x-2024", "x2024", "X2024")]
    [InlineData("2-1", "21", "_21")]
    [InlineData("a-1-b", "a1-b", "A1B")]
    public void Ids_that_collide_after_conversion_give_FG0015_and_the_rest_compiles(string first, string second, string name)
    {
        var outcome = HardeningHarness.Run(Fixtures.Files(("people.yaml", People(["ada", "bob", first, second]))).Select(Relocated));

        var collision = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FG0015");
        Assert.Contains($"'{second}' becomes the C# name '{name}'", collision.GetMessage());
        Assert.Contains(first, collision.GetMessage());
        Assert.EndsWith("people.yaml", collision.Location.GetLineSpan().Path);
        Assert.True(outcome.CompileDiagnostics.IsEmpty, HardeningHarness.Describe(outcome.CompileDiagnostics));
    }

    [Theory]
    [InlineData("all")]
    [InlineData("get")]
    [InlineData("try-get")]
    [InlineData("count")]
    [InlineData("equals")]
    [InlineData("to-string")]
    [InlineData("get-hash-code")]
    [InlineData("get-type")]
    [InlineData("reference-equals")]
    [InlineData("people")]
    [InlineData("person-ids")]
    [InlineData("by-country")]
    public void Ids_that_would_shadow_a_generated_member_give_FG0015(string id)
    {
        var outcome = HardeningHarness.Run(Fixtures.Files(("people.yaml", People(["ada", "bob", id]))).Select(Relocated));

        var collision = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FG0015");
        Assert.Contains($"'{id}'", collision.GetMessage());
        Assert.True(outcome.CompileDiagnostics.IsEmpty, HardeningHarness.Describe(outcome.CompileDiagnostics));
    }

    /// <summary>
    /// Found by this suite (fixed in Binder by 94b9502): <c>fact-data</c> became a property
    /// <c>People.FactData</c> that hid the support class the generated properties read (CS1061), and
    /// <c>memberwise-clone</c> hid <c>object.MemberwiseClone</c> (CS0108).
    /// </summary>
    [Theory]
    [InlineData("fact-data")]
    [InlineData("memberwise-clone")]
    public void Ids_naming_the_data_class_or_an_inherited_member_give_FG0015_or_compile(string id)
    {
        var outcome = HardeningHarness.Run(Fixtures.Files(("people.yaml", People(["ada", "bob", id]))).Select(Relocated));

        Assert.True(outcome.CompileDiagnostics.IsEmpty, HardeningHarness.Describe(outcome.CompileDiagnostics));
    }

    // Written with escapes: theory data passes through the runner as text.
    [Theory]
    [InlineData("caf\\u00e9")]
    [InlineData("\\uff41da")]
    [InlineData("ada\\u200b")]
    [InlineData("\\u0130d")]
    [InlineData("\\u0131d")]
    [InlineData("\\u212aey")]
    [InlineData("\\u0430da")] // Cyrillic a
    [InlineData("ad\\u0061\\u0301")]
    [InlineData("\\u0661\\u0662")] // Arabic-Indic digits
    [InlineData("\\U0001d41a")]
    public void Non_ascii_ids_give_FG0011(string escaped)
    {
        var id = System.Text.RegularExpressions.Regex.Unescape(escaped.Replace("\\U0001d41a", "\\ud835\\udc1a"));
        var outcome = HardeningHarness.Run(Fixtures.Files(("people.yaml", People(["ada", "bob", id]))).Select(Relocated));

        var invalid = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FG0011");
        Assert.Contains(id, invalid.GetMessage());
        Assert.EndsWith("people.yaml", invalid.Location.GetLineSpan().Path);
        Assert.True(outcome.CompileDiagnostics.IsEmpty, HardeningHarness.Describe(outcome.CompileDiagnostics));
    }

    [Theory]
    [InlineData("Ada")]
    [InlineData("a_b")]
    [InlineData("a.b")]
    [InlineData("a b")]
    [InlineData("-ada")]
    [InlineData("ada-")]
    [InlineData("a--b")]
    [InlineData("\"\"")]
    [InlineData("'a\"b'")]
    public void Ids_that_are_not_slugs_give_FG0011(string id)
    {
        var outcome = HardeningHarness.Run(Fixtures.Files(("people.yaml", People(["ada", "bob", id]))).Select(Relocated));

        Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "FG0011");
        Assert.True(outcome.CompileDiagnostics.IsEmpty, HardeningHarness.Describe(outcome.CompileDiagnostics));
    }

    [Fact]
    public void Enum_values_that_are_keywords_or_start_with_a_digit_become_valid_members()
    {
        var schema = Fixtures.Schema.Replace("      active: { type: bool }", "      active: { type: bool }\n      mood: { type: enum, values: [class, null, 1st, 2-nd, value, person-mood] }");
        var people = Fixtures.People.Replace("    active: true", "    active: true\n    mood: 1st");
        var outcome = HardeningHarness.Run(Fixtures.Files(("schema.yaml", schema), ("people.yaml", people)).Select(Relocated));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.True(outcome.CompileDiagnostics.IsEmpty, HardeningHarness.Describe(outcome.CompileDiagnostics));
        var mood = HardeningHarness.Load(outcome.Output, model => HardeningHarness.Member(HardeningHarness.Static(model, "People", "Ada")!, "Mood")!.ToString());
        Assert.Equal("_1st", mood);
    }

    [Theory]
    [InlineData("a-1", "a1")]
    [InlineData("x-y", "xy-")]
    public void Enum_values_that_collide_after_conversion_are_refused_or_compile(string first, string second)
    {
        var schema = Fixtures.Schema.Replace("      active: { type: bool }", $"      active: {{ type: bool }}\n      mood: {{ type: enum, values: [{first}, {second}] }}");
        var outcome = HardeningHarness.Run(Fixtures.Files(("schema.yaml", schema)).Select(Relocated));

        var refused = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.True(refused.Id is "FG0015" or "FG0062", refused.ToString());
        Assert.EndsWith("schema.yaml", refused.Location.GetLineSpan().Path);
        Assert.True(outcome.CompileDiagnostics.IsEmpty, HardeningHarness.Describe(outcome.CompileDiagnostics));
    }

    private static Microsoft.CodeAnalysis.AdditionalText Relocated(Microsoft.CodeAnalysis.AdditionalText text) =>
        HardeningHarness.File(System.IO.Path.GetFileName(text.Path), text.GetText()!.ToString());
}
