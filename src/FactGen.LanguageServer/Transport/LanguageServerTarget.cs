using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using FactGen.LanguageServer.Features;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Workspace;
using StreamJsonRpc;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.LanguageServer.Transport;

/// <summary>
/// The LSP methods, each a thin step from the protocol to a feature. Notifications change the
/// workspace and schedule an analysis; requests run on the analysis of every edit made before them,
/// and answer a file outside every fact folder with nothing.
/// </summary>
internal sealed class LanguageServerTarget
{
    private readonly FactWorkspace _workspace;
    private readonly AnalysisScheduler _scheduler;
    private readonly Action _exit;

    public LanguageServerTarget(FactWorkspace workspace, AnalysisScheduler scheduler, Action exit)
    {
        _workspace = workspace;
        _scheduler = scheduler;
        _exit = exit;
        workspace.Invalidated += scheduler.Schedule;
    }

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public object Initialize(InitializeParams request)
    {
        var roots = (request.WorkspaceFolders?.Select(f => UriPaths.ToPath(f.Uri)) ?? [UriPaths.ToPath(request.RootUri) ?? request.RootPath])
            .Where(p => p is not null).Select(p => p!);
        string? sources = null;
        if (request.InitializationOptions is { ValueKind: JsonValueKind.Object } options && options.TryGetProperty("sources", out var value) && value.ValueKind == JsonValueKind.String)
        {
            sources = value.GetString();
        }
        lock (_workspace.Gate) _workspace.Initialize(roots, sources);
        return new
        {
            capabilities = new
            {
                positionEncoding = "utf-16",
                textDocumentSync = new { openClose = true, change = 2, save = new { includeText = false } },
                hoverProvider = true,
                definitionProvider = true,
                referencesProvider = true,
                documentSymbolProvider = true,
                workspaceSymbolProvider = true,
                renameProvider = true,
                codeActionProvider = new { codeActionKinds = new[] { "quickfix" } },
                completionProvider = new { triggerCharacters = new[] { ":", " ", "[", ",", "\"", "-" } },
            },
            serverInfo = new { name = "factgen", version = typeof(LanguageServerTarget).Assembly.GetName().Version?.ToString() },
        };
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(JsonElement _) => _scheduler.Schedule();

    [JsonRpcMethod("shutdown")]
    public object? Shutdown() => null;

    [JsonRpcMethod("exit")]
    public void Exit() => _exit();

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request) => Edit(() => _workspace.Open(request.TextDocument.Uri, request.TextDocument.Text));

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request) => Edit(() => _workspace.Change(request.TextDocument.Uri, request.ContentChanges));

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams request) => Edit(() => _workspace.Close(request.TextDocument.Uri));

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams request)
    {
        // The buffer already holds what was saved.
    }

    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(DidChangeWatchedFilesParams request) => Edit(() =>
    {
        foreach (var change in request.Changes) _workspace.DiskChanged(change.Uri);
    });

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Hover?> Hover(TextDocumentPositionParams request) => On(request.TextDocument.Uri, null, file => HoverProvider.Hover(file, request.Position));

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> Definition(TextDocumentPositionParams request) =>
        On(request.TextDocument.Uri, [], file => NavigationProvider.Definition(file, request.Position, _workspace.UriOf));

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> References(ReferenceParams request) =>
        On(request.TextDocument.Uri, [], file => NavigationProvider.References(file, request.Position, request.Context?.IncludeDeclaration ?? true, _workspace.UriOf));

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentSymbol[]> DocumentSymbols(DocumentSymbolParams request) => On(request.TextDocument.Uri, [], NavigationProvider.DocumentSymbols);

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> Completion(TextDocumentPositionParams request) =>
        On(request.TextDocument.Uri, new CompletionList(false, []), file => CompletionProvider.Complete(file, request.Position));

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit?> Rename(RenameParams request) =>
        On(request.TextDocument.Uri, null, file => RenameProvider.Rename(file, request.Position, request.NewName, _workspace.UriOf));

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public async Task<CodeAction[]> CodeActions(CodeActionParams request)
    {
        var actions = await On(request.TextDocument.Uri, [], file => CodeActionProvider.Actions(file, request.Range, _workspace.UriOf)).ConfigureAwait(false);
        if (actions.Length > 0) return actions;
        // Not a fact file: maybe an article, where a selection can be cited.
        lock (_workspace.Gate) return CiteThisProvider.Actions(_workspace, request.TextDocument.Uri, request.Range);
    }

    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    public async Task<SymbolInformation[]> WorkspaceSymbols(WorkspaceSymbolParams request)
    {
        List<SymbolInformation> found;
        lock (_workspace.Gate)
        {
            found = _workspace.Folders.SelectMany(f => NavigationProvider.WorkspaceSymbols(f.Analyze(), request.Query ?? string.Empty, _workspace.UriOf)).Take(500).ToList();
        }
        await _scheduler.RunNowAsync().ConfigureAwait(false);
        return found.ToArray();
    }

    private void Edit(Action change)
    {
        lock (_workspace.Gate) change();
        _scheduler.Schedule();
    }

    /// <summary>
    /// Runs a request on the current analysis of its file; an analysis it had to make first has its
    /// diagnostics sent too. A refusal (a rename to a taken id) becomes the error the editor shows.
    /// </summary>
    private async Task<T> On<T>(string uri, T empty, Func<OpenFile, T> answer)
    {
        T result;
        lock (_workspace.Gate)
        {
            var file = _workspace.File(uri);
            try
            {
                result = file is null ? empty : answer(file);
            }
            catch (RequestRefusedException refused)
            {
                throw new LocalRpcException(refused.Message) { ErrorCode = -32803 };
            }
        }
        await _scheduler.RunNowAsync().ConfigureAwait(false);
        return result;
    }
}
