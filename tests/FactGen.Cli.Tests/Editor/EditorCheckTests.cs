using System.IO;
using System.Linq;
using FactGen.Cli.Tests.Infrastructure;
using FactGen.Tests;

namespace FactGen.Cli.Tests.Editor;

/// <summary>
/// What an editor shows (issue 18): the real YAML language server, following each file's modeline,
/// finds nothing wrong in the committed schema and fact files nor in what `factgen init` writes,
/// and does flag a misspelt schema key and a wrongly typed value.
/// </summary>
public sealed class EditorCheckTests
{
    private static string Describe(System.Collections.Generic.IEnumerable<(int Line, string Message)> diagnostics) =>
        string.Join("\n", diagnostics.Select(d => $"{d.Line}: {d.Message}"));

    [EditorFact]
    public void The_committed_schema_and_fact_files_are_clean_in_the_editor()
    {
        using var server = new YamlLanguageServer();
        var files = Directory.GetFiles(Path.Combine(SharedFolder.RepositoryRoot, "samples", "SolarSystem", "facts"), "*.yaml")
            .Append(Path.Combine(SharedFolder.FactsDirectory, "schema.yaml"))
            .Append(Path.Combine(SharedFolder.FactsDirectory, "people.yaml"));

        foreach (var file in files)
        {
            var diagnostics = server.Diagnostics(file);
            Assert.True(diagnostics.Count == 0, $"{file}:\n{Describe(diagnostics)}");
        }
    }

    [EditorFact]
    public void What_init_writes_is_clean_in_the_editor_and_a_mistake_is_shown_on_its_line()
    {
        using var temp = new TempFacts("unused");
        var facts = Path.Combine(temp.Root, "facts");
        Assert.Equal(Program.Success, Factgen.Run("init", facts).ExitCode);
        using var server = new YamlLanguageServer();

        foreach (var file in new[] { "schema.yaml", "sources.yaml", "people.yaml" })
        {
            var diagnostics = server.Diagnostics(Path.Combine(facts, file));
            Assert.True(diagnostics.Count == 0, $"{file}:\n{Describe(diagnostics)}");
        }

        var schema = Path.Combine(facts, "schema.yaml");
        var lines = File.ReadAllLines(schema);
        var plural = System.Array.FindIndex(lines, l => l.Trim() == "plural: People");
        lines[plural] = lines[plural].Replace("plural:", "plurl:");
        File.WriteAllLines(schema, lines);
        Assert.Contains(server.Diagnostics(schema), d => d.Line == plural + 1 && d.Message.Contains("plurl"));

        var people = Path.Combine(facts, "people.yaml");
        File.WriteAllText(people, File.ReadAllText(people).Replace("born: 1815-12-10", "born: [1815]"));
        var born = System.Array.FindIndex(File.ReadAllLines(people), l => l.Contains("born:")) + 1;
        Assert.Contains(server.Diagnostics(people), d => d.Line == born);
    }
}
