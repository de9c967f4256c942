using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests;
using NJsonSchema;

namespace FactGen.Cli.Tests;

/// <summary>Each --format of <c>factgen validate</c>, on a corpus with known problems at known places.</summary>
public sealed class OutputFormatTests : IDisposable
{
    // Three errors: FG0011 at 3:9, FG0005 at 6:9 (no title), FG0006 at 7:5; and a tab before the
    // first id, so the caret must keep it to stay under the column.
    private const string People = "kind: Person\n" +
                                  "facts:\n" +
                                  "  - id:\tBad_Id\n" +
                                  "    title: Envoy\n" +
                                  "    citations: [{ source: blinken-latest-official, paragraph: 1, quote: \"q\" }]\n" +
                                  "  - id: jane-doe\n" +
                                  "    titel: Envoy\n" +
                                  "    citations: [{ source: blinken-latest-official, paragraph: 1, quote: \"q\" }]\n";

    private readonly TempFacts _facts = TempFacts.WithShippedSchema();
    private readonly string _people;

    public OutputFormatTests() => _people = _facts.Write("people.yaml", People);

    public void Dispose() => _facts.Dispose();

    [Fact]
    public void Text_shows_each_line_with_a_caret_under_the_column_and_a_count()
    {
        var result = Factgen.Run("validate", _facts.Path, "--format", "text");
        Assert.Equal(Program.FactErrors, result.ExitCode);
        var lines = result.OutputLines;
        var sourceLines = File.ReadAllLines(_people);

        var locations = lines.Select((line, index) => (Match: Regex.Match(line, @"^  --> (.+):(\d+):(\d+)$"), Index: index)).Where(l => l.Match.Success).ToList();
        Assert.Equal(3, locations.Count);
        foreach (var (match, index) in locations.Select(l => (l.Match, l.Index)))
        {
            Assert.Equal(_people.Replace('\\', '/'), match.Groups[1].Value);
            var lineNumber = int.Parse(match.Groups[2].Value);
            var column = int.Parse(match.Groups[3].Value);
            var prefix = lineNumber + " | ";
            Assert.Equal(prefix + sourceLines[lineNumber - 1], lines[index + 2]);
            var caret = lines[index + 3];
            var caretPrefix = new string(' ', lineNumber.ToString().Length) + " | ";
            Assert.StartsWith(caretPrefix, caret);
            var marks = caret.Substring(caretPrefix.Length);
            Assert.Equal(column - 1, marks.IndexOf('^'));
            // The indent copies the line's tabs, so a terminal puts the caret under the same character.
            Assert.Equal(Regex.Replace(sourceLines[lineNumber - 1].Substring(0, column - 1), "[^\t]", " "), marks.Substring(0, column - 1));
        }

        Assert.Contains("error[FG0011]: 'Bad_Id' is not a valid id: use lowercase letters and digits in words joined by single hyphens (antony-blinken)", lines);
        var badId = Array.IndexOf(lines, "error[FG0011]: 'Bad_Id' is not a valid id: use lowercase letters and digits in words joined by single hyphens (antony-blinken)");
        Assert.Equal("3 |   - id:\tBad_Id", lines[badId + 3]);
        Assert.Equal("  | " + new string(' ', 7) + "\t^^^^^^", lines[badId + 4]);
        Assert.Equal("  = help: https://github.com/factgen/factgen/blob/main/docs/diagnostics/FG0011.md", lines[badId + 5]);
        Assert.Equal("3 errors, 0 warnings in 3 files", lines.Last());
    }

    [Fact]
    public void Text_on_a_file_with_old_mac_or_unicode_line_ends_shows_the_line_the_number_names()
    {
        using var facts = TempFacts.WithShippedSchema();
        facts.Write("people.yaml", "kind: Person\u2028facts:\r  - id: Bad_Id\r\n    title: Envoy\r");

        var result = Factgen.Run("validate", facts.Path);

        var lines = result.OutputLines;
        var at = Array.FindIndex(lines, l => l.StartsWith("error[FG0011]", StringComparison.Ordinal));
        Assert.EndsWith(":3:9", lines[at + 1]);
        Assert.Equal("3 |   - id: Bad_Id", lines[at + 3]);
        Assert.Equal("  |         ^^^^^^", lines[at + 4]);
    }

    [Fact]
    public void Msbuild_lines_are_path_line_col_severity_id_message()
    {
        var result = Factgen.Run("validate", _facts.Path, "--format", "msbuild");

        Assert.Equal(Program.FactErrors, result.ExitCode);
        var path = Regex.Escape(_people.Replace('\\', '/'));
        Assert.Equal(3, result.OutputLines.Length);
        Assert.All(result.OutputLines, line => Assert.Matches(@"^" + path + @"\(\d+,\d+\): (error|warning|info) FG\d{4}: \S.*$", line));
        Assert.Equal(
        new[]
        {
            $"{_people}(3,9): error FG0011: 'Bad_Id' is not a valid id: use lowercase letters and digits in words joined by single hyphens (antony-blinken)",
            $"{_people}(6,9): error FG0005: The Person 'jane-doe' has no 'title', which is required",
            $"{_people}(7,5): error FG0006: The kind Person has no field 'titel'; did you mean 'title'?",
        }, result.OutputLines);
    }

    [Fact]
    public void Msbuild_keeps_a_message_with_a_line_break_on_one_line()
    {
        using var facts = TempFacts.WithShippedSchema();
        facts.Write("people.yaml", "kind: Person\nfacts:\n  - id: joe\n    title: x\n    \"ti\\ntle\": y\n    citations: [{ source: blinken-latest-official, paragraph: 1, quote: q }]\n");

        var result = Factgen.Run("validate", facts.Path, "--format", "msbuild");

        var line = Assert.Single(result.OutputLines);
        Assert.EndsWith("(5,5): error FG0006: The kind Person has no field 'ti\\ntle'; did you mean 'title'?", line);
    }

    [Fact]
    public void Github_lines_are_workflow_commands()
    {
        var result = Factgen.Run("validate", _facts.Path, "--format", "github");

        Assert.Equal(Program.FactErrors, result.ExitCode);
        Assert.Equal(3, result.OutputLines.Length);
        Assert.All(result.OutputLines, line =>
            Assert.Matches(@"^::(error|warning|notice) file=[^,:]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=FG\d{4}::\S.*$", line));
        Assert.Equal(
            $"::error file={_people},line=3,col=9,endLine=3,endColumn=15,title=FG0011::'Bad_Id' is not a valid id: use lowercase letters and digits in words joined by single hyphens (antony-blinken)",
            result.OutputLines[0]);
    }

    [Fact]
    public void Github_escapes_percent_line_breaks_and_in_properties_commas_and_colons()
    {
        // A folder whose name has a comma (and, where the file system allows, a colon) in it.
        using var facts = TempFacts.WithShippedSchema(OperatingSystem.IsWindows() ? "a,b" : "a,b:c");
        facts.Write("people.yaml", "kind: Person\nfacts:\n  - id: joe\n    title: x\n    \"t%\\n\\rx,y:z\": y\n    citations: [{ source: blinken-latest-official, paragraph: 1, quote: q }]\n");

        var result = Factgen.Run("validate", facts.Path, "--format", "github");

        var line = Assert.Single(result.OutputLines);
        var file = facts.PathOf("people.yaml").Replace("%", "%25").Replace(":", "%3A").Replace(",", "%2C");
        Assert.StartsWith($"::error file={file},line=5,col=5,", line);
        Assert.Contains(",title=FG0006::", line);
        Assert.EndsWith("::The kind Person has no field 't%25%0A%0Dx,y:z'", line);
        Assert.DoesNotContain("a,b", line);
    }

    [Fact]
    public void Json_has_the_documented_shape()
    {
        var result = Factgen.Run("validate", _facts.Path, "--format", "json");

        Assert.Equal(Program.FactErrors, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        var root = document.RootElement;
        Assert.Equal(new[] { "files", "errors", "warnings", "diagnostics" }, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(3, root.GetProperty("files").GetInt32());
        Assert.Equal(3, root.GetProperty("errors").GetInt32());
        Assert.Equal(0, root.GetProperty("warnings").GetInt32());
        var diagnostics = root.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Equal(3, diagnostics.Count);
        foreach (var d in diagnostics)
        {
            Assert.Equal(new[] { "id", "severity", "title", "message", "file", "line", "column", "endLine", "endColumn", "helpUri" }, d.EnumerateObject().Select(p => p.Name));
            Assert.Matches(@"^FG\d{4}$", d.GetProperty("id").GetString());
            Assert.Contains(d.GetProperty("severity").GetString(), new[] { "error", "warning", "info" });
            foreach (var name in new[] { "line", "column", "endLine", "endColumn" }) Assert.True(d.GetProperty(name).GetInt32() >= 1);
            Assert.Equal(_people.Replace('\\', '/'), d.GetProperty("file").GetString());
            Assert.Equal($"https://github.com/factgen/factgen/blob/main/docs/diagnostics/{d.GetProperty("id").GetString()}.md", d.GetProperty("helpUri").GetString());
        }
        var first = diagnostics[0];
        Assert.Equal("FG0011", first.GetProperty("id").GetString());
        Assert.Equal("error", first.GetProperty("severity").GetString());
        Assert.Equal("Invalid id", first.GetProperty("title").GetString());
        Assert.StartsWith("'Bad_Id' is not a valid id", first.GetProperty("message").GetString());
        Assert.Equal((3, 9, 3, 15), (first.GetProperty("line").GetInt32(), first.GetProperty("column").GetInt32(), first.GetProperty("endLine").GetInt32(), first.GetProperty("endColumn").GetInt32()));
        // Written for people too: no \u0027 for every quote.
        Assert.Contains("'Bad_Id'", result.Output);
    }

    [Fact]
    public void Json_on_clean_facts_has_no_diagnostics()
    {
        var result = Factgen.Run("validate", SharedFolder.FactsDirectory, "--format", "json");

        Assert.Equal(Program.Success, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal(0, document.RootElement.GetProperty("errors").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("diagnostics").GetArrayLength());
    }

    [SharedFact("schemas/sarif-schema-2.1.0.json")]
    public async Task Sarif_validates_against_the_OASIS_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SharedFolder.Require("schemas/sarif-schema-2.1.0.json"));
        using var odd = TempFacts.WithShippedSchema("with space,and%");
        odd.Write("people.yaml", People);

        foreach (var directory in new[] { _facts.Path, SharedFolder.FactsDirectory, odd.Path })
        {
            var result = Factgen.Run("validate", directory, "--format", "sarif");
            var errors = schema.Validate(result.Output);
            Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path}: {e.Kind}")));
        }
    }

    [SharedFact("schemas/sarif-schema-2.1.0.json")]
    public async Task The_SARIF_check_rejects_a_log_that_breaks_the_schema()
    {
        var schema = await JsonSchema.FromFileAsync(SharedFolder.Require("schemas/sarif-schema-2.1.0.json"));
        var output = Factgen.Run("validate", _facts.Path, "--format", "sarif").Output;

        Assert.Empty(schema.Validate(output));
        Assert.NotEmpty(schema.Validate(output.Replace("\"level\": \"error\"", "\"level\": \"fatal\"")));
        Assert.NotEmpty(schema.Validate(output.Replace("\"startLine\": 3", "\"startLine\": 0")));
        Assert.NotEmpty(schema.Validate(output.Replace("\"version\": \"2.1.0\"", "\"version\": \"2.0\"")));
    }

    [Fact]
    public void Sarif_rules_carry_the_full_description_and_help_of_their_docs_page()
    {
        using var document = JsonDocument.Parse(Factgen.Run("validate", _facts.Path, "--format", "sarif").Output);
        var rules = document.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().ToList();

        Assert.Equal(FactGen.Core.Diagnostics.DiagnosticCatalog.All.Length, rules.Count);
        Assert.All(rules, rule =>
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()), id);
            Assert.EndsWith($"]({FactGen.Core.Diagnostics.DiagnosticDescriptor.HelpLinkBase}{id}.md)", rule.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
            Assert.Contains(id + ".md", rule.GetProperty("help").GetProperty("text").GetString(), StringComparison.Ordinal);
        });
        var unknownReference = rules.Single(r => r.GetProperty("id").GetString() == "FG0013");
        var page = File.ReadAllText(Path.Combine(SharedFolder.RepositoryRoot, "docs", "diagnostics", "FG0013.md")).Replace("\r\n", "\n");
        var fix = page[(page.IndexOf("## How to fix\n", StringComparison.Ordinal) + "## How to fix\n".Length)..].Trim();
        Assert.StartsWith(fix.Split('\n')[0], unknownReference.GetProperty("help").GetProperty("markdown").GetString(), StringComparison.Ordinal);
        // A relative link of a page works outside the repository: it is made absolute.
        var sourcesFolder = rules.Single(r => r.GetProperty("id").GetString() == "FG0050").GetProperty("help").GetProperty("markdown").GetString()!;
        Assert.Contains($"]({FactGen.Core.Diagnostics.DiagnosticDescriptor.RepositoryUrl}/blob/main/docs/packaging.md)", sourcesFolder, StringComparison.Ordinal);
        Assert.DoesNotContain("](../", sourcesFolder, StringComparison.Ordinal);
    }

    [Fact]
    public void Sarif_has_one_result_per_diagnostic_with_its_rule_and_region()
    {
        var result = Factgen.Run("validate", _facts.Path, "--format", "sarif");

        Assert.Equal(Program.FactErrors, result.ExitCode);
        using var document = JsonDocument.Parse(result.Output);
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var run = document.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(3, results.Count);
        foreach (var r in results) Assert.Equal(r.GetProperty("ruleId").GetString(), rules[r.GetProperty("ruleIndex").GetInt32()]);
        var location = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(new Uri(_people).AbsoluteUri, location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        var region = location.GetProperty("region");
        Assert.Equal((3, 9, 3, 15), (region.GetProperty("startLine").GetInt32(), region.GetProperty("startColumn").GetInt32(), region.GetProperty("endLine").GetInt32(), region.GetProperty("endColumn").GetInt32()));
    }

    [Theory]
    [InlineData("facts/people.yaml", "facts/people.yaml")]
    [InlineData("facts/my people#1.yaml", "facts/my%20people%231.yaml")]
    [InlineData("../facts/100%.yaml", "../facts/100%25.yaml")]
    public void Sarif_artifact_uris_are_valid_uri_references(string path, string uri)
    {
        // The OASIS schema says uri-reference, which NJsonSchema does not check: so check it here.
        Assert.Equal(uri, Output.SarifFormatter.ArtifactUri(path));
        Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative));
    }

    [Fact]
    public void Sarif_gives_a_file_uri_for_a_path_outside_the_current_directory()
    {
        using var odd = TempFacts.WithShippedSchema("with space,and%");
        var people = odd.Write("people.yaml", People);

        using var document = JsonDocument.Parse(Factgen.Run("validate", odd.Path, "--format", "sarif").Output);

        var uri = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0]
            .GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal(new Uri(people).AbsoluteUri, uri);
        Assert.Contains("with%20space,and%25", uri);
        Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Absolute));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("msbuild")]
    [InlineData("github")]
    [InlineData("sarif")]
    [InlineData("json")]
    public void Output_writes_the_report_to_the_file_instead(string format)
    {
        var file = Path.Combine(_facts.Root, "report." + format);

        var result = Factgen.Run("validate", _facts.Path, "--format", format, "--output", file);

        Assert.Equal(Program.FactErrors, result.ExitCode);
        Assert.Equal(string.Empty, result.Output);
        Assert.Equal(Factgen.Run("validate", _facts.Path, "--format", format).Output.Replace("\r\n", "\n"), File.ReadAllText(file).Replace("\r\n", "\n"));
    }
}
