using System.Collections.Generic;
using System.Linq;
using FactGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator.Tests;

/// <summary>The generator through CSharpGeneratorDriver: what it emits, that it compiles, and where errors point.</summary>
public class DriverTests
{
    [Fact]
    public void The_shipped_facts_generate_a_model_that_compiles_without_a_warning()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.ShippedFacts());

        Assert.Empty(result.Run.Diagnostics);
        Assert.Empty(result.CompileDiagnostics);
        var hints = result.Run.Results.Single().GeneratedSources.Select(s => s.HintName).ToList();
        Assert.Contains("FactGen.Person.g.cs", hints);
        Assert.Contains(FactGen.Core.GeneratedNames.SupportHint, hints);
        Assert.Contains(FactGen.Core.GeneratedNames.DataHint, hints);
        Assert.NotNull(result.Output.GetTypeByMetadataName("Consumer.People"));
        Assert.NotNull(result.Output.GetTypeByMetadataName("Consumer.PersonIds"));
    }

    [Fact]
    public void Consumer_code_uses_the_typed_model()
    {
        const string code = """
            namespace App;
            public static class Use
            {
                public static string CountryOfAda() => Consumer.People.Ada.Country!.Name;
                public static int Quotes() => Consumer.Quotes.BySpeaker(Consumer.People.Ada).Count + Consumer.People.Ada.Quotes.Count;
                public static Consumer.Person Leader() => Consumer.Countries.Utopia.Leader!;
                public static string Id => Consumer.PersonIds.Bob;
                public static Consumer.FactDate? Born => Consumer.People.Ada.Born;
            }
            """;
        var result = GeneratorHarness.Run(Fixtures.Files(), code);

        Assert.Empty(result.Run.Diagnostics);
        Assert.Empty(result.CompileDiagnostics);
    }

    [Fact]
    public void Errors_point_into_the_yaml_file_and_line()
    {
        var broken = Fixtures.People.Replace("country: utopia\n    born", "country: utopa\n    born");
        var result = GeneratorHarness.Run(Fixtures.Files(("people.yaml", broken)));

        var diagnostic = Assert.Single(result.Run.Diagnostics);
        Assert.Equal("FG0013", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal(Fixtures.Root + "people.yaml", span.Path);
        Assert.Equal(4, span.StartLinePosition.Line); // 0-based: line 5 of the file
        Assert.Equal(13, span.StartLinePosition.Character);
        Assert.Contains("did you mean 'utopia'", diagnostic.GetMessage());
        Assert.EndsWith("docs/diagnostics/FG0013.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.Empty(result.CompileDiagnostics); // the model is still emitted from what is valid
    }

    [Fact]
    public void One_broken_file_does_not_stop_the_others_being_checked()
    {
        var result = GeneratorHarness.Run(Fixtures.Files(
            ("people.yaml", "kind: Person\nfacts: [ { id: ada }, { id: ghost"),
            ("quotes.yaml", Fixtures.Quotes.Replace("text:", "txet:").Replace("speaker: ada", "speaker: ghost"))));

        var ids = result.Run.Diagnostics.Select(d => d.Id).OrderBy(i => i).ToList();
        Assert.Contains("FG0001", ids);
        // quotes.yaml is still checked on its own...
        Assert.Contains(result.Run.Diagnostics, d => d.Id == "FG0006" && d.Location.GetLineSpan().Path.EndsWith("quotes.yaml"));
        // ...but the broken file declares 'ada' and 'ghost', people: one FG0039 says so, not an FG0013.
        Assert.Contains("FG0039", ids);
        Assert.DoesNotContain("FG0013", ids);
    }

    [Fact]
    public void The_namespace_and_visibility_come_from_msbuild_properties()
    {
        var options = new TestOptionsProvider(new System.Collections.Generic.Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Ignored",
            ["build_property.FactGenNamespace"] = "My.Facts",
            ["build_property.FactGenVisibility"] = "internal",
        });
        var result = GeneratorHarness.Run(Fixtures.Files(), options: options);

        var people = result.Output.GetTypeByMetadataName("My.Facts.People");
        Assert.NotNull(people);
        Assert.Equal(Accessibility.Internal, people!.DeclaredAccessibility);
        Assert.Null(result.Output.GetTypeByMetadataName("Ignored.People"));
        Assert.Empty(result.CompileDiagnostics);
    }

    [Fact]
    public void An_invalid_namespace_property_is_FG0035_and_the_model_still_compiles()
    {
        var options = new TestOptionsProvider(new System.Collections.Generic.Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.FactGenNamespace"] = "My-Facts",
        });
        var result = GeneratorHarness.Run(Fixtures.Files(), options: options);

        var diagnostic = Assert.Single(result.Run.Diagnostics);
        Assert.Equal("FG0035", diagnostic.Id);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.NotNull(result.Output.GetTypeByMetadataName("Consumer.People"));
        Assert.Empty(result.CompileDiagnostics);
    }

    [Fact]
    public void CSharp_10_is_FG0036_alone_with_no_generated_code_and_CSharp_11_is_enough()
    {
        var options = new TestOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.TargetFrameworkIdentifier"] = ".NETCoreApp",
            ["build_property.TargetFrameworkVersion"] = "v8.0",
        });
        var old = GeneratorHarness.Run(GeneratorHarness.Driver(Fixtures.Files(), options, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10), GeneratorHarness.Compilation());

        var diagnostic = Assert.Single(old.Run.Diagnostics);
        Assert.Equal("FG0036", diagnostic.Id);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.EndsWith("this project compiles C# 10.0. Remove the <LangVersion> setting (this target framework defaults to a newer C#) or set it to 11 or later",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), System.StringComparison.Ordinal);
        // Code that cannot compile is not emitted: the build shows FG0036, not ~40 CS8936 after it.
        Assert.Empty(old.Run.Results.Single().GeneratedSources);
        Assert.Empty(old.CompileDiagnostics);

        var eleven = GeneratorHarness.Run(GeneratorHarness.Driver(Fixtures.Files(), options, Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp11), GeneratorHarness.Compilation());
        Assert.Empty(eleven.Run.Diagnostics);
        Assert.NotEmpty(eleven.Run.Results.Single().GeneratedSources);
        Assert.Empty(eleven.CompileDiagnostics);
    }

    [Fact]
    public void CSharp_10_without_fact_files_is_not_reported()
    {
        var result = GeneratorHarness.Run(GeneratorHarness.Driver(System.Array.Empty<AdditionalText>(), language: Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp10), GeneratorHarness.Compilation());

        // Only the missing facts are worth a word (FG0051), not the C# version they would need.
        Assert.Equal(["FG0051"], result.Run.Diagnostics.Select(d => d.Id));
    }

    [Fact]
    public void No_fact_files_means_no_output_and_one_warning_that_says_so()
    {
        var result = GeneratorHarness.Run(System.Array.Empty<AdditionalText>());

        // Not silent (issue 18): a facts folder in the wrong place used to build green with no model.
        Assert.Equal(["FG0051"], result.Run.Diagnostics.Select(d => d.Id));
        Assert.Empty(result.Run.Results.Single().GeneratedSources);
    }

    [Fact]
    public void Fact_files_without_a_schema_are_reported()
    {
        var files = Fixtures.Files().Where(f => !f.Path.EndsWith("schema.yaml")).ToList();
        var result = GeneratorHarness.Run(files);

        Assert.Contains(result.Run.Diagnostics, d => d.Id == "FG0029");
    }
}
