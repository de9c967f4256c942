using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests;
using NJsonSchema;

namespace FactGen.Cli.Tests;

/// <summary>
/// <c>factgen schema</c> and the JSON Schema it writes: the committed copy is current, every shipped
/// fact file passes it, and it rejects what the build rejects.
/// </summary>
public sealed class SchemaCommandTests
{
    public const string Modeline = "# yaml-language-server: $schema=../docs/schema/facts.schema.json";

    private static readonly string CommittedSchema = Path.Combine(SharedFolder.RepositoryRoot, "docs", "schema", "facts.schema.json");

    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => JsonSchema.FromJsonAsync(Factgen.Run("schema", SharedFolder.FactsDirectory).Output));

    public static TheoryData<string> ShippedDataFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(SharedFolder.FactsDirectory, "*.yaml").Where(f => Path.GetFileName(f) != "schema.yaml").OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(file));
        }
        return data;
    }

    [Fact]
    public void The_committed_schema_is_what_the_command_writes_now()
    {
        var result = Factgen.Run("schema", SharedFolder.FactsDirectory);

        Assert.True(result.ExitCode == Program.Success, result.ToString());
        Assert.Equal(string.Empty, result.Error);
        Assert.True(File.Exists(CommittedSchema), "docs/schema/facts.schema.json is missing: run 'dotnet run --project src/FactGen.Cli -- schema facts --output docs/schema/facts.schema.json'");
        // On failure: the schema or the writer changed; regenerate the file with the command above.
        Assert.Equal(File.ReadAllText(CommittedSchema).Replace("\r\n", "\n"), result.Output);
    }

    [Fact]
    public void Output_writes_the_same_schema_to_a_file()
    {
        using var facts = new TempFacts();
        var file = Path.Combine(facts.Root, "facts.schema.json");

        var result = Factgen.Run("schema", SharedFolder.FactsDirectory, "--output", file);

        Assert.Equal(Program.Success, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(Factgen.Run("schema", SharedFolder.FactsDirectory).Output, File.ReadAllText(file));
    }

    [Theory]
    [MemberData(nameof(ShippedDataFiles))]
    public async Task Every_shipped_fact_file_names_the_schema_and_passes_it(string name)
    {
        var text = File.ReadAllText(Path.Combine(SharedFolder.FactsDirectory, name));
        Assert.StartsWith(Modeline + "\n", text.Replace("\r\n", "\n"));

        var errors = (await Schema.Value).Validate(YamlToJson.Convert(text));

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(Describe)));
    }

    [Fact]
    public void The_schema_file_names_its_own_json_schema_not_the_data_files_one()
    {
        var first = File.ReadAllLines(Path.Combine(SharedFolder.FactsDirectory, "schema.yaml"))[0];

        Assert.Equal("# yaml-language-server: $schema=../docs/schema/schema.schema.json", first);
        Assert.NotEqual(Modeline, first);
    }

    private const string ValidPerson = """
        kind: Person
        facts:
          - id: janet-yellen
            name: Janet Yellen
            title: Treasury Secretary
            country: united-states
            citations:
              - source: blinken-latest-official
                paragraph: 6
                quote: "Treasury Secretary Janet Yellen visited China"
        """;

    [Fact]
    public async Task A_valid_fact_passes_both_the_schema_and_the_build_checks()
    {
        Assert.Empty((await Schema.Value).Validate(YamlToJson.Convert(ValidPerson)));
        using var facts = TempFacts.WithShippedSchema().Copy("countries.yaml");
        facts.Write("people.yaml", ValidPerson);
        var result = Factgen.Run("validate", facts.Path);
        Assert.True(result.ExitCode == Program.Success, result.ToString());
    }

    /// <summary>Each case edits <see cref="ValidPerson"/>; the build must reject it with the given ID too.</summary>
    public static TheoryData<string, string, string, string> BrokenFiles() => new()
    {
        { "unknown field", "    title: Treasury Secretary\n", "    title: Treasury Secretary\n    rank: 3\n", "FG0006" },
        { "misspelt field", "    title: Treasury Secretary\n", "    titel: Treasury Secretary\n", "FG0006" },
        { "missing required field", "    title: Treasury Secretary\n", "", "FG0005" },
        { "bad id", "id: janet-yellen", "id: Janet_Yellen", "FG0011" },
        { "id with a double hyphen", "id: janet-yellen", "id: janet--yellen", "FG0011" },
        { "missing id", "  - id: janet-yellen\n    name", "  - name", "FG0005" },
        { "bad reference", "country: united-states", "country: United States", "FG0013" },
        { "unknown kind", "kind: Person", "kind: Persons", "FG0004" },
        { "bad basis", "    title: Treasury Secretary\n", "    title: Treasury Secretary\n    basis: guessed\n", "FG0008" },
        { "citation without quote", "\n        quote: \"Treasury Secretary Janet Yellen visited China\"", "", "FG0005" },
        { "citation with an unknown key", "        paragraph: 6\n", "        paragraph: 6\n        page: 2\n", "FG0006" },
        { "negative paragraph", "paragraph: 6", "paragraph: -1", "FG0007" },
        { "paragraph that is not a number", "paragraph: 6", "paragraph: six", "FG0007" },
        { "list where one value goes", "title: Treasury Secretary", "title: [Treasury Secretary]", "FG0007" },
        { "unknown top-level key", "facts:", "fact:", "FG0053" },
    };

    [Theory]
    [MemberData(nameof(BrokenFiles))]
    public async Task A_broken_fact_file_fails_the_schema_as_it_fails_the_build(string what, string find, string replace, string expectedId)
    {
        Assert.Contains(find, ValidPerson);
        var yaml = ValidPerson.Replace(find, replace);

        var errors = (await Schema.Value).Validate(YamlToJson.Convert(yaml));

        Assert.True(errors.Count > 0, what + ": the schema accepts it");
        using var facts = TempFacts.WithShippedSchema().Copy("countries.yaml");
        facts.Write("people.yaml", yaml);
        var result = Factgen.Run("validate", facts.Path, "--format", "msbuild");
        Assert.True(result.ExitCode == Program.FactErrors, what + ": " + result);
        Assert.Contains($" error {expectedId}: ", result.Output);
    }

    /// <summary>A field of the first shipped event, a value of the wrong type and one of the right type.</summary>
    public static TheoryData<string, string, string> EventValues() => new()
    {
        { "category", "parade", "visit" },
        { "date", "2024-6-1", "2024-06" },
        { "date", "24", "2024" },
        { "date", "June 2024", "2024-06-14" },
        { "status", "[past]", "past" },
        { "participants", "antony-blinken", "[antony-blinken]" },
        { "participants", "[Antony Blinken]", "[antony-blinken, wang-yi]" },
        { "note", "[a, b]", "\"A note: with a colon\"" },
    };

    [Theory]
    [MemberData(nameof(EventValues))]
    public async Task Field_values_are_checked_by_type(string field, string wrong, string right)
    {
        var schema = await Schema.Value;

        Assert.Empty(schema.Validate(YamlToJson.Convert(FirstEventWith(field, right))));
        Assert.NotEmpty(schema.Validate(YamlToJson.Convert(FirstEventWith(field, wrong))));
    }

    /// <summary>The shipped events.yaml with the field of its first event set, added if it was absent.</summary>
    private static string FirstEventWith(string field, string value)
    {
        var lines = File.ReadAllLines(Path.Combine(SharedFolder.FactsDirectory, "events.yaml")).ToList();
        var id = lines.FindIndex(l => l.StartsWith("  - id: ", StringComparison.Ordinal));
        var end = lines.FindIndex(id + 1, l => l.StartsWith("  - ", StringComparison.Ordinal));
        var existing = lines.FindIndex(id, end - id, l => l.StartsWith($"    {field}:", StringComparison.Ordinal));
        var line = $"    {field}: {value}";
        if (existing < 0) lines.Insert(id + 1, line);
        else
        {
            // A folded value (note: >-) goes on over the lines indented under it: replace them all.
            while (existing + 1 < lines.Count && lines[existing + 1].StartsWith("      ", StringComparison.Ordinal)) lines.RemoveAt(existing + 1);
            lines[existing] = line;
        }
        return string.Join("\n", lines) + "\n";
    }

    [Fact]
    public async Task A_date_may_be_a_year_month_or_day()
    {
        var schema = await Schema.Value;
        foreach (var date in new[] { "2024", "2024-06", "2024-06-14" })
        {
            var yaml = ValidPerson.Replace("kind: Person", "kind: Event").Replace(
                "    name: Janet Yellen\n    title: Treasury Secretary\n    country: united-states\n",
                $"    name: A visit\n    category: visit\n    summary: A visit.\n    status: planned\n    date: {date}\n");
            Assert.Empty(schema.Validate(YamlToJson.Convert(yaml)));
        }
    }

    [Fact]
    public void A_missing_directory_exits_2()
    {
        var result = Factgen.Run("schema", Path.Combine(Path.GetTempPath(), "factgen-missing-" + Guid.NewGuid().ToString("N")));

        Assert.Equal(Program.UsageError, result.ExitCode);
        Assert.Contains("does not exist", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void A_directory_without_a_schema_exits_2()
    {
        using var facts = new TempFacts();
        facts.Write("people.yaml", ValidPerson);

        var result = Factgen.Run("schema", facts.Path);

        Assert.Equal(Program.UsageError, result.ExitCode);
        Assert.Contains("there is no schema.yaml", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Theory]
    [InlineData("kinds: 5\n", "FG0030")]
    [InlineData("kinds:\n  Person:\n    plural: People\n    fields:\n      name: { type: strin }\n", "FG0021")]
    [InlineData("kinds: [\n", "FG0001")]
    [InlineData("", "FG0030")]
    public void An_invalid_schema_exits_2_with_its_diagnostics(string schema, string expectedId)
    {
        using var facts = new TempFacts();
        var path = facts.Write("schema.yaml", schema);

        var result = Factgen.Run("schema", facts.Path);

        Assert.True(result.ExitCode == Program.UsageError, result.ToString());
        Assert.Equal(string.Empty, result.Output);
        Assert.Contains($"{path.Replace('\\', '/')}(", result.Error);
        Assert.Contains($" error {expectedId}: ", result.Error);
        Assert.Contains("is not a valid schema; no JSON Schema written", result.Error);
    }

    [Fact]
    public void A_schema_that_is_not_UTF8_exits_2()
    {
        using var facts = new TempFacts();
        facts.WriteBytes("schema.yaml", [0x6B, 0x69, 0x6E, 0x64, 0x73, 0x3A, 0x20, 0xFF, 0x0A]);

        var result = Factgen.Run("schema", facts.Path);

        Assert.Equal(Program.UsageError, result.ExitCode);
        Assert.Contains(" error FG0065: The file holds U+FFFD at line 1, column 8", result.Error);
    }

    [Fact]
    public void Output_creates_the_folder_it_writes_into()
    {
        using var facts = new TempFacts();
        var file = Path.Combine(facts.Root, "docs", "schema", "facts.schema.json");

        var result = Factgen.Run("schema", SharedFolder.FactsDirectory, "--output", file);

        Assert.True(result.ExitCode == Program.Success, result.ToString());
        Assert.True(File.Exists(file));
    }

    [Fact]
    public void An_unwritable_output_exits_2()
    {
        using var facts = new TempFacts();
        var blocker = facts.Write("schema.json", "a file where a folder would have to be");

        var result = Factgen.Run("schema", SharedFolder.FactsDirectory, "--output", Path.Combine(blocker, "x.json"));

        Assert.Equal(Program.UsageError, result.ExitCode);
        Assert.Contains("cannot write", result.Error);
    }

    private static string Describe(NJsonSchema.Validation.ValidationError error) =>
        error is NJsonSchema.Validation.ChildSchemaValidationError child
            ? $"{error.Path}: {error.Kind} [{string.Join("; ", child.Errors.SelectMany(e => e.Value).Select(Describe))}]"
            : $"{error.Path}: {error.Kind} (line {error.LineNumber})";
}
