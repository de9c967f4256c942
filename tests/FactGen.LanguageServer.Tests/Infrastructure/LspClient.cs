using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Workspace;
using StreamJsonRpc;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.LanguageServer.Tests.Infrastructure;

/// <summary>
/// A small LSP client, as an editor is one: starts <c>dotnet factgen.dll lsp</c>, speaks JSON-RPC
/// with Content-Length framing over the process's stdin and stdout (StreamJsonRpc, the same library
/// the server uses, but nothing of the server's own code on this side beyond its message records),
/// and keeps the last diagnostics published for each file.
/// </summary>
internal sealed class LspClient : IAsyncDisposable
{
    private readonly Process _process;
    private readonly JsonRpc _rpc;
    private readonly Dictionary<string, Diagnostic[]> _diagnostics = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _texts = new(StringComparer.Ordinal);

    /// <summary>Released on every publish, so a wait wakes as the diagnostics arrive (the benchmarks time it).</summary>
    private readonly System.Threading.SemaphoreSlim _published = new(0);

    private LspClient(Process process)
    {
        _process = process;
        var formatter = new SystemTextJsonFormatter
        {
            JsonSerializerOptions =
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                PropertyNameCaseInsensitive = true,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            },
        };
        _rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, formatter));
        _rpc.AddLocalRpcTarget(new Notifications(this));
        _rpc.StartListening();
    }

    public Process Process => _process;

    /// <summary>What the server wrote to stderr (its log), for a failing test's message.</summary>
    public static System.Text.StringBuilder Errors { get; } = new();

    public static Task<LspClient> StartAsync(string root, params string[] arguments) =>
        StartWithAsync(Path.Combine(AppContext.BaseDirectory, "factgen.dll"), root, arguments);

    /// <summary>Starts a given <c>factgen.dll</c> (the benchmarks' Release build) on a workspace folder.</summary>
    public static async Task<LspClient> StartWithAsync(string factgen, string root, params string[] arguments)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = root,
        };
        start.ArgumentList.Add(factgen);
        start.ArgumentList.Add("lsp");
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (Errors) Errors.AppendLine(e.Data); };
        process.BeginErrorReadLine();
        var client = new LspClient(process);
        await client.RequestAsync<JsonElement>("initialize", new { processId = Environment.ProcessId, rootUri = UriPaths.ToUri(root), capabilities = new { } });
        await client.NotifyAsync("initialized", new { });
        return client;
    }

    public Task<T> RequestAsync<T>(string method, object argument) => _rpc.InvokeWithParameterObjectAsync<T>(method, argument);

    public Task NotifyAsync(string method, object argument) => _rpc.NotifyWithParameterObjectAsync(method, argument);

    public string TextOf(string path) => _texts[UriPaths.ToUri(path)];

    public async Task OpenAsync(string path, string? text = null)
    {
        var uri = UriPaths.ToUri(path);
        _texts[uri] = text ?? File.ReadAllText(path);
        _versions[uri] = 1;
        await NotifyAsync("textDocument/didOpen", new DidOpenTextDocumentParams(new TextDocumentItem(uri, "yaml", 1, _texts[uri])));
    }

    /// <summary>Replaces a range of an open file, as an editor sends one keystroke or paste (incremental sync).</summary>
    public async Task ChangeAsync(string path, Range range, string text)
    {
        var uri = UriPaths.ToUri(path);
        var document = new DocumentText(_texts[uri]);
        _texts[uri] = document.Apply(new TextDocumentContentChangeEvent(range, text)).Text;
        await NotifyAsync("textDocument/didChange", new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, ++_versions[uri]), [new TextDocumentContentChangeEvent(range, text)]));
    }

    /// <summary>Applies a workspace edit's changes to an open file, as the editor does when a quick fix is chosen.</summary>
    public async Task ApplyAsync(string path, WorkspaceEdit edit)
    {
        var uri = UriPaths.ToUri(path);
        // From the end back, so earlier ranges stay where they were.
        foreach (var change in edit.Changes[uri].OrderByDescending(e => e.Range.Start.Line).ThenByDescending(e => e.Range.Start.Character))
        {
            await ChangeAsync(path, change.Range, change.NewText);
        }
    }

    public Position Find(string path, string text, int occurrence = 0)
    {
        var content = TextOf(path);
        var at = -1;
        for (var i = 0; i <= occurrence; i++) at = content.IndexOf(text, at + 1, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{text}' is not in {path}");
        return new DocumentText(content).PositionOf(at);
    }

    public Diagnostic[] DiagnosticsOf(string path)
    {
        lock (_diagnostics) return _diagnostics.TryGetValue(UriPaths.ToUri(path), out var found) ? found : [];
    }

    public IReadOnlyDictionary<string, Diagnostic[]> AllDiagnostics()
    {
        lock (_diagnostics) return new Dictionary<string, Diagnostic[]>(_diagnostics, StringComparer.Ordinal);
    }

    /// <summary>Waits until the file's published diagnostics satisfy a condition; fails with what was last seen.</summary>
    public async Task<Diagnostic[]> WaitForDiagnosticsAsync(string path, Func<Diagnostic[], bool> until, int seconds = 30)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < TimeSpan.FromSeconds(seconds))
        {
            var current = DiagnosticsOf(path);
            if (until(current)) return current;
            await _published.WaitAsync(TimeSpan.FromMilliseconds(100));
        }
        var last = string.Join("\n", DiagnosticsOf(path).Select(d => $"{d.Range.Start.Line}: {d.Code} {d.Message}"));
        throw new TimeoutException($"The diagnostics of {Path.GetFileName(path)} did not reach the expected state; last published:\n{last}\nserver log:\n{Errors}");
    }

    private void OnDiagnostics(PublishDiagnosticsParams update)
    {
        lock (_diagnostics) _diagnostics[update.Uri] = update.Diagnostics;
        _published.Release();
    }

    /// <summary>What the server sends unasked.</summary>
    private sealed class Notifications(LspClient client)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(PublishDiagnosticsParams update) => client.OnDiagnostics(update);
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await RequestAsync<JsonElement?>("shutdown", new { });
            await NotifyAsync("exit", new { });
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException or RemoteInvocationException)
        {
            // Already gone.
        }
        _rpc.Dispose();
        if (!_process.WaitForExit(10_000)) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}
