using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Core.Binding;
using FactGen.Core.Reading;
using FactGen.Tests;

namespace FactGen.Core.Tests;

/// <summary>
/// docs/schema-language.md (issue 27): every schema example loads with no diagnostic, and every
/// fact example binds with none against the schema above it that declares its kind, so the page
/// cannot promise what FactGen refuses.
/// </summary>
public sealed class SchemaLanguageDocTests
{
    private static readonly string Page = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "schema-language.md"));

    private static List<string> YamlBlocks() =>
        Regex.Matches(Page.Replace("\r\n", "\n"), "^```yaml\n(.*?)^```", RegexOptions.Singleline | RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public void Every_schema_example_loads_with_no_diagnostic()
    {
        var schemas = YamlBlocks().Where(b => b.StartsWith("kinds:", System.StringComparison.Ordinal)).ToList();

        Assert.True(schemas.Count >= 6, $"{schemas.Count} schema examples");
        Assert.All(schemas, text =>
        {
            var schema = Corpus.LoadSchema([ParsedFile.Read("facts/schema.yaml", text, ReadLimits.Default)]);
            Assert.True(schema.IsValid && schema.Diagnostics.IsEmpty, text + "\n" + string.Join("\n", schema.Diagnostics));
        });
    }

    [Fact]
    public void Every_fact_example_binds_with_no_diagnostic_against_the_schema_above_it()
    {
        var schemas = new List<string>();
        var checkedBlocks = 0;
        foreach (var block in YamlBlocks())
        {
            if (block.StartsWith("kinds:", System.StringComparison.Ordinal))
            {
                schemas.Add(block);
                continue;
            }
            var kind = Regex.Match(block, "^kind: (\\w+)").Groups[1].Value;
            var schemaText = schemas.Last(s => Regex.IsMatch(s, $"^  {kind}:", RegexOptions.Multiline));
            var schema = Corpus.LoadSchema([ParsedFile.Read("facts/schema.yaml", schemaText, ReadLimits.Default)]);
            var files = new List<ParsedFile> { ParsedFile.Read("facts/example.yaml", block, ReadLimits.Default) };
            var sources = kind == "Source" ? "  - id: s1\n    file: s1.txt\n" : "  - id: s1\n    file: s1.txt\n  - id: s2\n    file: s2.txt\n";
            files.Add(ParsedFile.Read("facts/sources.yaml", "kind: Source\nfacts:\n" + sources, ReadLimits.Default));
            if (schema.Kinds.Any(k => k.Name == "Country"))
            {
                files.Add(ParsedFile.Read("facts/countries.yaml", "kind: Country\nfacts:\n  - id: utopia\n    name: Utopia\n    citations: [{ source: s1, paragraph: 1, quote: talks }]\n", ReadLimits.Default));
            }

            var result = Corpus.Bind(schema, files, sources: null, ReadLimits.Default);

            Assert.True(result.Diagnostics.IsEmpty, block + "\n" + string.Join("\n", result.Diagnostics));
            checkedBlocks++;
        }
        Assert.True(checkedBlocks >= 5, $"{checkedBlocks} fact examples");
    }

    [Fact]
    public void The_page_covers_every_feature_the_issue_names_and_says_grounding_is_case_sensitive()
    {
        foreach (var heading in new[] { "## Kinds", "## Fields and types", "## Enums", "## References", "## Unions", "## Values per source", "## Source kinds", "## Built-in fields", "## Grounding rules", "## Required fields" })
        {
            Assert.Contains(heading, Page);
        }
        foreach (var word in new[] { "aliases", "inferred", "indexed", "required", "plural", "perSource", "**case-sensitive**" })
        {
            Assert.Contains(word, Page);
        }
    }
}
