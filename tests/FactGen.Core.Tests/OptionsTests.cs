using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Options;
using FactGen.Core.Reading;

namespace FactGen.Core.Tests;

/// <summary>
/// The consuming project's MSBuild properties as <see cref="FactGenOptions.Read"/> checks them, and
/// the language version check: each rule with the value on either side of it.
/// </summary>
public sealed class OptionsTests
{
    private static FactGenOptions Read(params (string Name, string? Value)[] properties)
    {
        var values = properties.ToDictionary(p => p.Name, p => p.Value);
        return FactGenOptions.Read(name => values.TryGetValue(name, out var value) ? value : null);
    }

    private static string[] Problems(FactGenOptions options) => options.Diagnostics.Select(d => $"{d.Id}: {d.Message}").ToArray();

    /// <summary>Every reserved word of C# (the C# reference's keyword list): none can name a namespace part.</summary>
    public static TheoryData<string> Keywords() => new(
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while");

    [Theory]
    [MemberData(nameof(Keywords))]
    public void A_keyword_is_not_a_namespace_part_but_the_same_word_capitalised_is(string keyword)
    {
        Assert.False(FactGenOptions.IsNamespace(keyword));
        Assert.False(FactGenOptions.IsNamespace("My." + keyword));
        Assert.True(FactGenOptions.IsNamespace("My." + char.ToUpperInvariant(keyword[0]) + keyword.Substring(1)));
    }

    [Fact]
    public void With_no_properties_the_defaults_are_used_and_nothing_is_reported()
    {
        var options = Read();

        Assert.Equal(FactGenOptions.DefaultNamespace, options.Namespace);
        Assert.Equal("GeneratedFacts", options.Namespace);
        Assert.True(options.IsPublic);
        Assert.Equal(ReadLimits.Default with { MaxNodes = 1_000_000 }, options.Limits);
        Assert.Empty(options.Diagnostics);
    }

    [Fact]
    public void A_valid_FactGenNamespace_wins_over_RootNamespace_and_is_trimmed()
    {
        var options = Read(("FactGenNamespace", "  My.Facts \t"), ("RootNamespace", "My.App"));

        Assert.Equal("My.Facts", options.Namespace);
        Assert.Empty(options.Diagnostics);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public void A_blank_FactGenNamespace_is_unset_and_reports_nothing(string? value)
    {
        var options = Read(("FactGenNamespace", value), ("RootNamespace", " My.App "));

        Assert.Equal("My.App", options.Namespace);
        Assert.Empty(options.Diagnostics);
    }

    [Fact]
    public void A_RootNamespace_that_is_not_a_namespace_falls_back_to_the_default_silently()
    {
        // A project named "My-App" gets RootNamespace My_App from the SDK, but one can be set by hand.
        var options = Read(("RootNamespace", "My-App"));

        Assert.Equal(FactGenOptions.DefaultNamespace, options.Namespace);
        Assert.Empty(options.Diagnostics);
    }

    [Fact]
    public void An_invalid_FactGenNamespace_with_an_invalid_RootNamespace_uses_the_default_and_reports_once()
    {
        var options = Read(("FactGenNamespace", "class"), ("RootNamespace", "1App"));

        Assert.Equal(FactGenOptions.DefaultNamespace, options.Namespace);
        Assert.Equal(
            ["FG0035: The MSBuild property FactGenNamespace is 'class': a namespace is C# names joined by dots, none of them a keyword (My.Facts); using the project's RootNamespace"],
            Problems(options));
    }

    [Theory]
    [InlineData("internal", false)]
    [InlineData("Internal", false)]
    [InlineData(" INTERNAL ", false)]
    [InlineData("public", true)]
    [InlineData("PUBLIC", true)]
    public void Visibility_is_public_or_internal_in_any_case(string value, bool isPublic)
    {
        var options = Read(("FactGenVisibility", value));

        Assert.Equal(isPublic, options.IsPublic);
        Assert.Empty(options.Diagnostics);
    }

    [Theory]
    [InlineData("private")]
    [InlineData("")]
    public void Any_other_visibility_is_reported_and_public_is_used(string value)
    {
        var options = Read(("FactGenVisibility", value));

        Assert.True(options.IsPublic);
        Assert.Equal(value.Length == 0 ? [] : [$"FG0035: The MSBuild property FactGenVisibility is '{value}': use public or internal; using public"], Problems(options));
    }

    [Fact]
    public void Each_limit_is_read_from_its_own_property()
    {
        var options = Read(("FactGenMaxFileSize", "11"), ("FactGenMaxDepth", "12"), ("FactGenMaxNodes", " 13 "), ("FactGenMaxFacts", "14"));

        Assert.Equal(new ReadLimits(11, 12, 13, 14), options.Limits);
        Assert.Empty(options.Diagnostics);
    }

    [Theory]
    [InlineData("FactGenMaxFileSize", "0", "10485760")]
    [InlineData("FactGenMaxDepth", "-1", "64")]
    [InlineData("FactGenMaxNodes", "+5", "1000000")]
    [InlineData("FactGenMaxFacts", "1e3", "1000000")]
    [InlineData("FactGenMaxFacts", "1,000", "1000000")]
    [InlineData("FactGenMaxDepth", "99999999999", "64")]
    public void A_limit_that_is_not_a_positive_whole_number_is_reported_with_its_default(string name, string value, string fallback)
    {
        var options = Read((name, value));

        Assert.Equal(ReadLimits.Default, options.Limits);
        Assert.Equal([$"FG0035: The MSBuild property {name} is '{value}': use a positive whole number; using {fallback}"], Problems(options));
    }

    [Fact]
    public void The_smallest_limit_is_one()
    {
        var options = Read(("FactGenMaxDepth", "1"));

        Assert.Equal(1, options.Limits.MaxDepth);
        Assert.Empty(options.Diagnostics);
    }

    [Theory]
    [InlineData(1, "1.0")]
    [InlineData(7, "7.0")]
    [InlineData(100, "1.0")] // major * 100 + minor: what 1.0 would be in that numbering
    [InlineData(703, "7.3")]
    [InlineData(1000, "10.0")]
    public void A_language_version_before_11_is_FG0036_and_named_as_csharp_numbers_it(int version, string display)
    {
        var diagnostic = Assert.Single(FactGenOptions.CheckLanguageVersion(version));

        Assert.Equal("FG0036", diagnostic.Id);
        Assert.Contains($"this project compiles C# {display}. Set", diagnostic.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1100)]
    [InlineData(1199)]
    [InlineData(1300)]
    public void C_sharp_11_and_later_pass(int version)
    {
        Assert.Empty(FactGenOptions.CheckLanguageVersion(version));
    }

    [Theory]
    [InlineData(".NETCoreApp", "v6.0", false, true)]
    [InlineData(".NETCoreApp", "v6.1", false, true)]
    [InlineData(".NETCoreApp", "v7.0", true, false)]
    [InlineData(".netcoreapp", "V10.0", true, false)]
    [InlineData(".NETCoreApp", "v5.0", false, false)]
    [InlineData(".NETFramework", "v7.0", false, false)]
    [InlineData(".NETCoreApp", "", false, false)]
    public void The_target_framework_is_modern_dotnet_from_7_and_dotnet_6_below_7(string identifier, string version, bool modern, bool six)
    {
        var framework = TargetFramework.From(identifier, version);

        Assert.Equal(modern, framework.IsModernDotNet);
        Assert.Equal(six, framework.IsDotNet6);
    }

    [Fact]
    public void A_target_framework_is_trimmed_and_shown_without_a_version_it_does_not_have()
    {
        Assert.Equal(new TargetFramework(".NETCoreApp", "v8.0"), TargetFramework.From(" .NETCoreApp\t", " v8.0 "));
        Assert.Equal(new TargetFramework(string.Empty, string.Empty), TargetFramework.From(null, null));
        Assert.Equal(".NETCoreApp v8.0", TargetFramework.From(".NETCoreApp", "v8.0").Display);
        Assert.Equal(".NETFramework", TargetFramework.From(".NETFramework", null).Display);
    }

    [Fact]
    public void An_unknown_target_framework_gets_the_same_advice_as_none()
    {
        var none = Assert.Single(FactGenOptions.CheckLanguageVersion(1000)).Message;

        Assert.Equal(none, Assert.Single(FactGenOptions.CheckLanguageVersion(1000, TargetFramework.From(null, null))).Message);
        Assert.Contains("Target .NET 6 or later: .NETFramework has neither", Assert.Single(FactGenOptions.CheckLanguageVersion(1000, TargetFramework.From(".NETFramework", ""))).Message, System.StringComparison.Ordinal);
    }
}
