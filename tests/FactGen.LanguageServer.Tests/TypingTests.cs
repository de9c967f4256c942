using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using FactGen.LanguageServer.Features;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Tests.Infrastructure;
using FactGen.LanguageServer.Workspace;
using FactGen.Tests;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.LanguageServer.Tests;

/// <summary>Half-typed documents: every prefix of a shipped file, as a curator types it.</summary>
public sealed class TypingTests
{
    [SharedFact("sources")]
    [Trait("Category", "Slow")] // some 6,700 edits, each re-bound and re-joined with every request run at the cursor
    public void Every_prefix_of_a_shipped_fact_file_typed_character_by_character_crashes_nothing_and_leaves_no_stale_diagnostic()
    {
        using var corpus = new CorpusCopy();
        var path = corpus.PathOf("people.yaml");
        var text = File.ReadAllText(path).Replace("\r\n", "\n");
        var typed = new InProcessWorkspace(corpus.Root, CorpusCopy.Sources);
        typed.Open(path, string.Empty);
        typed.Analyze();
        var position = new Position(0, 0);
        foreach (var c in text)
        {
            typed.Change(path, new Range(position, position), c.ToString());
            position = c == '\n' ? new Position(position.Line + 1, 0) : position with { Character = position.Character + 1 };
            typed.Analyze();
            // Every request at the cursor, on every prefix: none may throw.
            var file = typed.File(path);
            HoverProvider.Hover(file, position);
            CompletionProvider.Complete(file, position);
            NavigationProvider.Definition(file, position, UriPaths.ToUri);
            NavigationProvider.References(file, position, true, UriPaths.ToUri);
            NavigationProvider.DocumentSymbols(file);
            CodeActionProvider.Actions(file, new Range(new Position(0, 0), position), UriPaths.ToUri);
        }
        Assert.Equal(text, typed.TextOf(path));

        // What was published last, for every file, is what a server started on the finished file publishes.
        var fresh = new InProcessWorkspace(corpus.Root, CorpusCopy.Sources).Analyze();
        var last = typed.Analyze();
        Assert.Equal(Describe(fresh), Describe(last));
    }

    [SharedFact("sources")]
    public void An_edit_in_one_file_updates_the_diagnostics_of_the_files_that_name_it()
    {
        using var corpus = new CorpusCopy();
        var workspace = new InProcessWorkspace(corpus.Root, CorpusCopy.Sources);
        var countries = corpus.PathOf("countries.yaml");
        var people = corpus.PathOf("people.yaml");
        workspace.Open(countries);
        Assert.DoesNotContain(workspace.DiagnosticsOf(people), d => d.Code == "FG0013");

        var id = workspace.Find(countries, "id: china", after: "id: ".Length);
        workspace.Change(countries, new Range(id, id with { Character = id.Character + "china".Length }), "cathay");
        Assert.Contains(workspace.DiagnosticsOf(people), d => d.Code == "FG0013" && d.Message.Contains("'china'"));

        workspace.Change(countries, new Range(id, id with { Character = id.Character + "cathay".Length }), "china");
        Assert.DoesNotContain(workspace.DiagnosticsOf(people), d => d.Code == "FG0013");
    }

    [SharedFact("sources")]
    public void The_diagnostics_are_the_builds_the_same_ids_messages_places_and_severities()
    {
        using var corpus = new CorpusCopy();
        File.WriteAllText(corpus.PathOf("people.yaml"), File.ReadAllText(corpus.PathOf("people.yaml"))
            .Replace("country: united-states", "country: united-statse").Replace("category: state", "category: stat"));
        var published = new InProcessWorkspace(corpus.Root, CorpusCopy.Sources).Analyze();
        var bound = FactGen.Core.Binding.Corpus.Bind(
            FactGen.Core.Binding.Corpus.LoadSchema([Read(corpus.PathOf("schema.yaml"))]),
            Directory.GetFiles(corpus.Facts, "*.yaml").Where(p => !p.EndsWith("schema.yaml", StringComparison.Ordinal)).Select(Read).ToList(),
            Directory.GetFiles(CorpusCopy.Sources, "*.txt").Select(p => FactGen.Core.Binding.SourceDocument.Parse(Path.GetFileName(p), File.ReadAllText(p))).ToList(),
            FactGen.Core.Reading.ReadLimits.Default);
        var expected = bound.Diagnostics.GroupBy(d => UriPaths.ToUri(d.Span.Path)).ToDictionary(g => g.Key, g => DiagnosticConverter.Convert(g));
        Assert.Contains(expected.Values.SelectMany(d => d), d => d.Code == "FG0013");
        Assert.Equal(Describe(expected), Describe(published));

        static FactGen.Core.Reading.ParsedFile Read(string path) => FactGen.Core.Reading.ParsedFile.Read(path, File.ReadAllText(path), FactGen.Core.Reading.ReadLimits.Default);
    }

    private static string Describe(System.Collections.Generic.IReadOnlyDictionary<string, Diagnostic[]> diagnostics) =>
        string.Join("\n", diagnostics.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => Path.GetFileName(p.Key) + "\n" + DiagnosticConverter.Fingerprint(p.Value)));
}
