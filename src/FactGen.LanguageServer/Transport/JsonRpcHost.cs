using System;
using System.IO;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading.Tasks;
using FactGen.LanguageServer.Workspace;
using StreamJsonRpc;

namespace FactGen.LanguageServer.Transport;

/// <summary>
/// Runs the server over a pair of streams (stdin and stdout for <c>factgen lsp</c>): StreamJsonRpc
/// with LSP's <c>Content-Length</c> framing (<see cref="HeaderDelimitedMessageHandler"/>) and
/// System.Text.Json. Returns when the client sends <c>exit</c> or closes the stream.
/// </summary>
public static class JsonRpcHost
{
    public static async Task RunAsync(Stream input, Stream output, ServerOptions options)
    {
        var formatter = new SystemTextJsonFormatter
        {
            JsonSerializerOptions =
            {
                PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
                PropertyNameCaseInsensitive = true,
                DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            },
        };
        var handler = new HeaderDelimitedMessageHandler(output, input, formatter);
        using var rpc = new JsonRpc(handler);
        // LSP's notifications must be handled in the order sent (an edit after the open it edits).
        rpc.SynchronizationContext = new Microsoft.VisualStudio.Threading.NonConcurrentSynchronizationContext(sticky: false);
        var workspace = new FactWorkspace(options);
        var scheduler = new AnalysisScheduler(workspace, update => rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", update), options.DebounceMilliseconds);
        rpc.AddLocalRpcTarget(new LanguageServerTarget(workspace, scheduler, rpc.Dispose), new JsonRpcTargetOptions { DisposeOnDisconnect = false });
        rpc.StartListening();
        try
        {
            await rpc.Completion.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException or OperationCanceledException)
        {
            // The client closed the stream or sent exit: the server's work is done.
        }
    }
}
