using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Net.Http;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace FactGen.Cli.Tests.Browser;

/// <summary>
/// A headless Chromium driven over the DevTools protocol (a WebSocket and JSON, nothing to
/// install but the browser): open a file, evaluate script in the page, press keys, take a
/// screenshot. One browser process per instance, killed and its profile deleted on dispose.
/// The timeouts only stop a hung browser from hanging the test run; no test asserts on time.
/// </summary>
internal sealed class ChromiumPage : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonObject>> _pending = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _events = new();
    private readonly CancellationTokenSource _stop = new();
    private int _nextId;

    private ChromiumPage(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>The browser: FACTGEN_CHROMIUM, else Debian's /usr/bin/chromium.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("FACTGEN_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";

    public static async Task<ChromiumPage> StartAsync(int width = 1280, int height = 1600)
    {
        var profile = Path.Combine(Path.GetTempPath(), "factgen-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
            "--remote-debugging-port=0", "--user-data-dir=" + profile, $"--window-size={width},{height}", "about:blank",
        })
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("chromium did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        var page = new ChromiumPage(process, profile);
        try
        {
            await page.ConnectAsync();
        }
        catch
        {
            page.Dispose();
            throw;
        }
        return page;
    }

    private async Task ConnectAsync()
    {
        // Chromium writes the port it chose to DevToolsActivePort in the profile once it listens.
        var portFile = Path.Combine(_profile, "DevToolsActivePort");
        var deadline = DateTime.UtcNow + Patience;
        while (!File.Exists(portFile) || File.ReadAllText(portFile).Split('\n')[0].Length == 0)
        {
            if (_process.HasExited) throw new InvalidOperationException($"chromium exited with code {_process.ExitCode}");
            if (DateTime.UtcNow > deadline) throw new TimeoutException("chromium did not open its DevTools port");
            await Task.Delay(50);
        }
        var port = File.ReadAllText(portFile).Split('\n')[0].Trim();
        using var http = new HttpClient();
        var targets = JsonNode.Parse(await http.GetStringAsync($"http://127.0.0.1:{port}/json/list"))!.AsArray();
        string? url = null;
        foreach (var target in targets)
        {
            if ((string?)target!["type"] == "page") url = (string?)target["webSocketDebuggerUrl"];
        }
        await _socket.ConnectAsync(new Uri(url ?? throw new InvalidOperationException("chromium has no page")), _stop.Token);
        _ = Task.Run(ReceiveLoop);
        await SendAsync("Page.enable");
        await SendAsync("Runtime.enable");
        // A headless page never has the window's focus, so focus events would not fire without this.
        await SendAsync("Emulation.setFocusEmulationEnabled", new JsonObject { ["enabled"] = true });
    }

    public async Task OpenAsync(string path)
    {
        var loaded = _events.GetOrAdd("Page.loadEventFired", _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously));
        await SendAsync("Page.navigate", new JsonObject { ["url"] = new Uri(Path.GetFullPath(path)).AbsoluteUri });
        await loaded.Task.WaitAsync(Patience);
        _events.TryRemove("Page.loadEventFired", out _);
    }

    /// <summary>Evaluates <paramref name="expression"/> in the page and returns its value as JSON; a thrown error fails.</summary>
    public async Task<JsonNode?> EvaluateAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["returnByValue"] = true, ["awaitPromise"] = true });
        if (result["exceptionDetails"] is { } exception) throw new InvalidOperationException("script failed in the page: " + exception.ToJsonString());
        return result["result"]?["value"]?.DeepClone();
    }

    public async Task<T> EvaluateAsync<T>(string expression) =>
        (await EvaluateAsync(expression)).Deserialize<T>() ?? throw new InvalidOperationException($"'{expression}' gave null");

    /// <summary>A key press as the user makes it (Tab, Enter, Escape), so focus moves as it really would.</summary>
    public async Task PressAsync(string key, int keyCode)
    {
        foreach (var type in new[] { "keyDown", "keyUp" })
        {
            await SendAsync("Input.dispatchKeyEvent", new JsonObject
            {
                ["type"] = type, ["key"] = key, ["code"] = key, ["windowsVirtualKeyCode"] = keyCode, ["nativeVirtualKeyCode"] = keyCode,
            });
        }
    }

    public async Task ScreenshotAsync(string path)
    {
        var result = await SendAsync("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String((string)result["data"]!));
    }

    private async Task<JsonObject> SendAsync(string method, JsonObject? parameters = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonObject>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? new JsonObject() };
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _stop.Token);
        var answer = await reply.Task.WaitAsync(Patience);
        if (answer["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
        return answer["result"]?.AsObject() ?? new JsonObject();
    }

    private async Task ReceiveLoop()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var received = await _socket.ReceiveAsync(buffer, _stop.Token);
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage) continue;
                var json = JsonNode.Parse(message.ToArray())!.AsObject();
                message.SetLength(0);
                if (json["id"] is { } id && _pending.TryRemove((int)id, out var reply)) reply.TrySetResult(json);
                else if ((string?)json["method"] is { } method && _events.TryGetValue(method, out var waiting)) waiting.TrySetResult(true);
            }
        }
        catch (Exception exception) when (exception is OperationCanceledException or WebSocketException)
        {
            // The browser went away or we are closing: whatever still waits fails on its own timeout.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _socket.Dispose();
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A profile file still held by a dying renderer: a leftover temp folder, not a failure.
        }
    }
}
