using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Workspace;

namespace FactGen.LanguageServer.Transport;

/// <summary>
/// Diagnostics as you type, debounced: each edit asks for an analysis; one runs when no edit came
/// for the debounce delay, and its changed diagnostics are sent. Analyses and sends take turns, so
/// an older analysis's diagnostics never arrive after a newer one's.
/// </summary>
internal sealed class AnalysisScheduler(FactWorkspace workspace, Func<PublishDiagnosticsParams, Task> publish, int debounceMilliseconds)
{
    private readonly SemaphoreSlim _turn = new(1, 1);
    private int _generation;

    public void Schedule()
    {
        var generation = Interlocked.Increment(ref _generation);
        _ = RunAsync(generation);
    }

    /// <summary>Analyzes now and sends what changed (also after a request analyzed the edit first).</summary>
    public async Task RunNowAsync()
    {
        await _turn.WaitAsync().ConfigureAwait(false);
        try
        {
            List<PublishDiagnosticsParams> updates;
            lock (workspace.Gate) updates = workspace.AnalyzeAndCollect();
            foreach (var update in updates) await publish(update).ConfigureAwait(false);
        }
        finally
        {
            _turn.Release();
        }
    }

    private async Task RunAsync(int generation)
    {
        try
        {
            if (debounceMilliseconds > 0) await Task.Delay(debounceMilliseconds).ConfigureAwait(false);
            if (generation != Volatile.Read(ref _generation)) return;
            await RunNowAsync().ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is ObjectDisposedException or StreamJsonRpc.ConnectionLostException or OperationCanceledException)
        {
            // The editor went away: nothing to tell it.
        }
        catch (Exception exception)
        {
            // A failed analysis must not take the server down; the next edit tries again.
            await Console.Error.WriteLineAsync("factgen lsp: analysis failed: " + exception).ConfigureAwait(false);
        }
    }
}
