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
        // 'exit' ends the server whether or not the client closes its end: the handler only signals,
        // since disposing the connection from inside one of its own handlers would wait on itself.
        var exit = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        rpc.AddLocalRpcTarget(new LanguageServerTarget(workspace, scheduler, () => exit.TrySetResult()), new JsonRpcTargetOptions { DisposeOnDisconnect = false });
        rpc.StartListening();
        try
        {
            await Task.WhenAny(rpc.Completion, exit.Task).ConfigureAwait(false);
            // Closed input ends the connection: observe how, so a broken stream is not an unobserved fault.
            if (rpc.Completion.IsCompleted) await rpc.Completion.ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ConnectionLostException or ObjectDisposedException or OperationCanceledException)
        {
            // The client closed the stream or sent exit: the server's work is done.
        }
    }
}
