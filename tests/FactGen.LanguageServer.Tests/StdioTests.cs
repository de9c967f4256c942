using System;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Tests.Infrastructure;
using FactGen.LanguageServer.Workspace;
using FactGen.Tests;
using StreamJsonRpc;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.LanguageServer.Tests;

/// <summary>The server as an editor sees it: a process spoken to over stdin and stdout.</summary>
public sealed class StdioTests
{
    private static async Task<(CorpusCopy Corpus, LspClient Client)> StartAsync()
    {
        var corpus = new CorpusCopy();
        var client = await LspClient.StartAsync(corpus.Root, "--sources", CorpusCopy.Sources);
        return (corpus, client);
    }

    /// <summary>A server on a copy of the corpus, with people.yaml open in it.</summary>
    private static async Task<(CorpusCopy Corpus, LspClient Client, string People)> OpenPeopleAsync()
    {
        var (corpus, client) = await StartAsync();
        var people = corpus.PathOf("people.yaml");
        await client.OpenAsync(people);
        return (corpus, client, people);
    }

    private static Range At(Position position, int length) => new(position, position with { Character = position.Character + length });

    [SharedFact("sources")]
    public async Task A_typo_typed_into_a_reference_is_reported_at_its_line_and_the_quick_fix_clears_it()
    {
        var (corpus, client, people) = await OpenPeopleAsync();
        using var _ = corpus;
        await using var __ = client;
        var reference = client.Find(people, "country: united-states");
        var value = reference with { Character = reference.Character + "country: ".Length };

        // One keystroke: "united-states" becomes "united-statse".
        await client.ChangeAsync(people, At(value with { Character = value.Character + "united-stat".Length }, 2), "se");
        var diagnostics = await client.WaitForDiagnosticsAsync(people, d => d.Any(x => x.Code == "FG0013"));
        var typo = diagnostics.Single(d => d.Code == "FG0013");
        Assert.Equal(value.Line, typo.Range.Start.Line);
        Assert.Equal(value.Character, typo.Range.Start.Character);
        Assert.Equal(1, typo.Severity);
        Assert.Contains("united-statse", typo.Message);

        var actions = await client.RequestAsync<CodeAction[]>("textDocument/codeAction", new CodeActionParams(new TextDocumentIdentifier(UriPaths.ToUri(people)), typo.Range, new CodeActionContext([typo])));
        var fix = actions.First(a => a.Title == "Replace with 'united-states'");
        await client.ApplyAsync(people, fix.Edit);
        Assert.Contains("country: united-states", client.TextOf(people));
        await client.WaitForDiagnosticsAsync(people, d => d.All(x => x.Code != "FG0013"));
    }

    [SharedFact("sources")]
    public async Task Hovering_a_citation_shows_its_whole_paragraph_with_the_quoted_words_marked()
    {
        var (corpus, client, people) = await OpenPeopleAsync();
        using var _ = corpus;
        await using var __ = client;
        var quote = client.Find(people, "Secretary of State Antony Blinken will visit China next week");
        var hover = await client.RequestAsync<Hover>("textDocument/hover", new TextDocumentPositionParams(new TextDocumentIdentifier(UriPaths.ToUri(people)), quote with { Character = quote.Character + 5 }));
        Assert.Contains("blinken-latest-official** ¶1", hover.Contents.Value);
        Assert.Contains("**Secretary of State Antony Blinken will visit China next week**", hover.Contents.Value);
        // The rest of the paragraph is there too, unmarked.
        Assert.Contains("Beijing attempt", hover.Contents.Value);
    }

    [SharedFact("sources")]
    public async Task Completion_at_a_reference_offers_the_ids_of_the_allowed_kind_only()
    {
        var (corpus, client, people) = await OpenPeopleAsync();
        using var _ = corpus;
        await using var __ = client;
        var reference = client.Find(people, "country: china");
        var list = await client.RequestAsync<CompletionList>("textDocument/completion",
            new TextDocumentPositionParams(new TextDocumentIdentifier(UriPaths.ToUri(people)), reference with { Character = reference.Character + "country: ch".Length }));
        var labels = list.Items.Select(i => i.Label).ToList();
        Assert.Contains("china", labels);
        Assert.Contains("united-states", labels);
        Assert.DoesNotContain("antony-blinken", labels);
        Assert.DoesNotContain("us-state-department", labels);
        Assert.Contains(list.Items, i => i.Label == "china" && i.Detail == "Country: China");
    }

    [SharedFact("sources")]
    public async Task Definition_references_and_rename_reach_across_files()
    {
        var (corpus, client, people) = await OpenPeopleAsync();
        using var _ = corpus;
        await using var __ = client;
        var reference = client.Find(people, "country: china");
        var at = new TextDocumentPositionParams(new TextDocumentIdentifier(UriPaths.ToUri(people)), reference with { Character = reference.Character + "country: c".Length });

        var definition = await client.RequestAsync<Location[]>("textDocument/definition", at);
        var target = Assert.Single(definition);
        Assert.Equal(UriPaths.ToUri(corpus.PathOf("countries.yaml")), target.Uri);
        var countries = System.IO.File.ReadAllLines(corpus.PathOf("countries.yaml"));
        Assert.EndsWith("id: china", countries[target.Range.Start.Line]);

        var references = await client.RequestAsync<Location[]>("textDocument/references", new ReferenceParams(at.TextDocument, at.Position, new ReferenceContext(true)));
        var files = references.Select(r => System.IO.Path.GetFileName(new Uri(r.Uri).LocalPath)).Distinct().ToList();
        Assert.Contains("countries.yaml", files);
        Assert.Contains("people.yaml", files);
        Assert.Contains("events.yaml", files);

        var rename = await client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(at.TextDocument, at.Position, "prc"));
        Assert.Equal(references.Length, rename.Changes.Values.Sum(e => e.Length));
        Assert.All(rename.Changes.Values.SelectMany(e => e), e => Assert.Equal("prc", e.NewText));

        var taken = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(at.TextDocument, at.Position, "united-states")));
        Assert.Contains("taken", taken.Message);
        var invalid = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync<WorkspaceEdit>("textDocument/rename", new RenameParams(at.TextDocument, at.Position, "People's Republic")));
        Assert.Contains("not a valid id", invalid.Message);
    }

    [SharedFact("sources")]
    public async Task A_file_outside_the_workspace_gets_empty_answers()
    {
        var (corpus, client) = await StartAsync();
        using var _ = corpus;
        await using var __ = client;
        var outside = new TextDocumentIdentifier(UriPaths.ToUri(System.IO.Path.Combine(System.IO.Path.GetTempPath(), "elsewhere", "people.yaml")));
        var hover = await client.RequestAsync<Hover?>("textDocument/hover", new TextDocumentPositionParams(outside, new Position(3, 10)));
        Assert.Null(hover);
        var definition = await client.RequestAsync<Location[]>("textDocument/definition", new TextDocumentPositionParams(outside, new Position(3, 10)));
        Assert.Empty(definition);
        var completion = await client.RequestAsync<CompletionList>("textDocument/completion", new TextDocumentPositionParams(outside, new Position(3, 10)));
        Assert.Empty(completion.Items);
    }

    [SharedFact("sources")]
    public async Task The_server_exits_when_its_input_closes()
    {
        var (corpus, client) = await StartAsync();
        using var _ = corpus;
        await using var __ = client;
        client.Process.StandardInput.Close();
        Assert.True(await Task.Run(() => client.Process.WaitForExit(20_000)), "the server still runs after its stdin closed");
    }

    [SharedFact("sources")]
    public async Task The_server_exits_on_the_exit_notification_with_its_input_still_open()
    {
        var (corpus, client) = await StartAsync();
        using var _ = corpus;
        await using var __ = client;
        await client.RequestAsync<JsonElement?>("shutdown", new { });
        await client.NotifyAsync("exit", new { });
        Assert.True(await Task.Run(() => client.Process.WaitForExit(20_000)), "the server still runs after exit");
    }
}
