using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests;
using NJsonSchema;

namespace FactGen.Cli.Tests;

/// <summary>
/// Editors check schema.yaml too (issue 18): docs/schema/schema.schema.json describes it, the
/// schema files name it in their modeline, and `factgen init` writes the JSON Schemas its modelines
/// name and the article its example cites, so a new folder validates at once, with --sources.
/// </summary>
public sealed class SchemaFileSchemaTests
{
    private static readonly string SchemaFileSchema = Path.Combine(SharedFolder.RepositoryRoot, "docs", "schema", "schema.schema.json");

    private static readonly Regex ModelinePattern = new(@"^# yaml-language-server: \$schema=(\S+)\n", RegexOptions.CultureInvariant);

    /// <summary>Checks a YAML file against the JSON Schema its first line names, as the YAML language server does; returns the errors.</summary>
    private static async Task<string[]> CheckAgainstItsModeline(string yamlFile)
    {
        var text = File.ReadAllText(yamlFile).Replace("\r\n", "\n");
        var modeline = ModelinePattern.Match(text);
        Assert.True(modeline.Success, $"{yamlFile} has no modeline");
        var schemaFile = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(yamlFile)!, modeline.Groups[1].Value));
        Assert.True(File.Exists(schemaFile), $"{yamlFile} names {schemaFile}, which does not exist");
        var schema = await JsonSchema.FromFileAsync(schemaFile);
        return schema.Validate(YamlToJson.Convert(text)).Select(e => $"{e.Path}: {e.Kind}").ToArray();
    }

    [Theory]
    [InlineData("facts/schema.yaml")]
    [InlineData("samples/SolarSystem/facts/schema.yaml")]
    public async Task The_committed_schema_files_name_and_pass_the_schema_file_schema(string relative)
    {
        var errors = await CheckAgainstItsModeline(Path.Combine(SharedFolder.RepositoryRoot, relative));

        Assert.True(errors.Length == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("plural: People", "plurl: People")]                              // a misspelt key
    [InlineData("name: { type: string, required: true, description: \"The person's name.\" }", "name: { type: strng }")]
    [InlineData("  Person:\n", "  person:\n")]                                    // a kind name that is not PascalCase
    [InlineData("name: { type: string, required: true, description: \"The person's name.\" }", "name: { type: enum }")] // an enum without values
    [InlineData("name: { type: string, required: true, description: \"The person's name.\" }", "id: { type: string }")] // a built-in field
    public async Task The_schema_file_schema_rejects_what_the_build_rejects(string right, string wrong)
    {
        var schema = await JsonSchema.FromFileAsync(SchemaFileSchema);
        var starter = Commands.InitCommand.Schema;
        Assert.Contains(right, starter);

        Assert.Empty(schema.Validate(YamlToJson.Convert(starter)));
        Assert.NotEmpty(schema.Validate(YamlToJson.Convert(starter.Replace(right, wrong))));
        // The build rejects it too: the JSON Schema adds no rule of its own.
        Assert.NotEmpty(FactGen.Core.Schema.SchemaLoader.Load(FactGen.Core.Reading.ParsedFile.Read("schema.yaml", starter.Replace(right, wrong), FactGen.Core.Reading.ReadLimits.Default)).Diagnostics);
    }

    [Fact]
    public async Task Init_writes_what_its_modelines_name_and_an_article_so_it_validates_with_sources_at_once()
    {
        using var temp = new TempFacts("unused");
        var facts = Path.Combine(temp.Root, "facts");

        var init = Factgen.Run("init", facts);

        Assert.True(init.ExitCode == Program.Success, init.ToString());
        foreach (var file in new[] { "schema.yaml", "sources.yaml", "people.yaml" })
        {
            var errors = await CheckAgainstItsModeline(Path.Combine(facts, file));
            Assert.True(errors.Length == 0, file + ": " + string.Join("\n", errors));
        }
        // The JSON Schema written is the one `factgen schema` makes, and the schema file's is the committed one.
        Assert.Equal(Factgen.Run("schema", facts).Output, File.ReadAllText(Path.Combine(temp.Root, "docs", "schema", "facts.schema.json")));
        Assert.Equal(File.ReadAllText(SchemaFileSchema).Replace("\r\n", "\n"), File.ReadAllText(Path.Combine(temp.Root, "docs", "schema", "schema.schema.json")));

        var validate = Factgen.Run("validate", facts, "--sources", Path.Combine(temp.Root, "articles"), "--warnaserror");
        Assert.True(validate.ExitCode == Program.Success, validate.ToString());
        Assert.Contains("0 errors, 0 warnings in 3 files", validate.Output);
    }

    [Fact]
    public void Init_keeps_a_json_schema_or_article_that_is_already_there()
    {
        using var temp = new TempFacts("unused");
        var article = Path.Combine(temp.Root, "articles", "example-article.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(article)!);
        File.WriteAllText(article, "mine");

        var init = Factgen.Run("init", Path.Combine(temp.Root, "facts"));

        Assert.Equal(Program.Success, init.ExitCode);
        Assert.Equal("mine", File.ReadAllText(article));
        Assert.Contains("kept ", init.Output);
    }
}
