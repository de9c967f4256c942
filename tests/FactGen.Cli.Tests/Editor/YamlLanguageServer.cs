using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactGen.Tests;

namespace FactGen.Cli.Tests.Editor;

/// <summary>
/// The YAML language server (npm package <c>yaml-language-server</c>, the engine of the VS Code YAML
/// extension and of most editors' YAML support), driven over LSP on stdio as an editor drives it:
/// initialize, open a document, read the diagnostics it publishes. It resolves the document's
/// <c># yaml-language-server: $schema=</c> modeline itself, so a test sees what a user's editor shows.
/// <c>.ci/run</c> installs it and sets <c>FACTGEN_YAML_LANGUAGE_SERVER</c> to its bin script.
/// </summary>
internal sealed class YamlLanguageServer : IDisposable
{
    public static string? ScriptPath =>
        Environment.GetEnvironmentVariable("FACTGEN_YAML_LANGUAGE_SERVER") is { Length: > 0 } path && File.Exists(path) ? path : null;

    private readonly Process _process;
    private readonly Stream _input;
    private readonly Stream _output;
    private int _nextId = 1;

    public YamlLanguageServer()
    {
        var start = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(ScriptPath ?? throw new InvalidOperationException("FACTGEN_YAML_LANGUAGE_SERVER is not set to yaml-language-server's bin script"));
        start.ArgumentList.Add("--stdio");
        _process = Process.Start(start)!;
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _input = _process.StandardInput.BaseStream;
        _output = _process.StandardOutput.BaseStream;
        Request("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = null, ["capabilities"] = new JsonObject() });
        Notify("initialized", new JsonObject());
        Notify("workspace/didChangeConfiguration", JsonNode.Parse("""{ "settings": { "yaml": { "validate": true, "schemaStore": { "enable": false } } } }""")!.AsObject());
    }

    private readonly Dictionary<string, int> _versions = new(StringComparer.Ordinal);

    /// <summary>
    /// The diagnostics the server publishes for <paramref name="path"/> as an editor shows it:
    /// (1-based line, message). The first time the document is opened; after that its new text is
    /// sent as an edit, as an editor does while one types (a close would make the server publish an
    /// empty list, which would be read as the answer).
    /// </summary>
    public IReadOnlyList<(int Line, string Message)> Diagnostics(string path)
    {
        var uri = new Uri(Path.GetFullPath(path)).AbsoluteUri;
        var text = File.ReadAllText(path);
        if (_versions.TryGetValue(uri, out var version))
        {
            _versions[uri] = ++version;
            Notify("textDocument/didChange", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["version"] = version },
                ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
            });
        }
        else
        {
            _versions[uri] = 1;
            Notify("textDocument/didOpen", new JsonObject
            {
                ["textDocument"] = new JsonObject { ["uri"] = uri, ["languageId"] = "yaml", ["version"] = 1, ["text"] = text },
            });
        }
        var published = ReadUntil(m => (string?)m["method"] == "textDocument/publishDiagnostics" && (string?)m["params"]!["uri"] == uri);
        return published["params"]!["diagnostics"]!.AsArray()
            .Select(d => ((int)d!["range"]!["start"]!["line"]! + 1, (string)d["message"]!))
            .ToList();
    }

    private void Request(string method, JsonObject parameters)
    {
        var id = _nextId++;
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        ReadUntil(m => m["method"] is null && (int?)m["id"] == id);
    }

    private void Notify(string method, JsonObject parameters) =>
        Send(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = method, ["params"] = parameters });

    private void Send(JsonObject message)
    {
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        _input.Write(header);
        _input.Write(body);
        _input.Flush();
    }

    /// <summary>Reads messages until one matches, answering the server's own requests (configuration and the like) with null as a minimal editor does.</summary>
    private JsonObject ReadUntil(Func<JsonObject, bool> wanted)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(60))
        {
            var message = ReadMessage();
            if (wanted(message)) return message;
            if (message["id"] is not null && message["method"] is { } method)
            {
                JsonNode? result = (string?)method == "workspace/configuration"
                    ? new JsonArray(message["params"]!["items"]!.AsArray().Select(_ => (JsonNode?)null).ToArray())
                    : null;
                Send(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = message["id"]!.DeepClone(), ["result"] = result });
            }
        }
        throw new TimeoutException("yaml-language-server sent nothing that was waited for in 60 seconds");
    }

    private JsonObject ReadMessage()
    {
        var length = -1;
        while (ReadHeaderLine() is { Length: > 0 } line)
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase)) length = int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
        }
        var body = new byte[length];
        _output.ReadExactly(body);
        return JsonNode.Parse(body)!.AsObject();
    }

    private string ReadHeaderLine()
    {
        var bytes = new List<byte>();
        while (true)
        {
            var b = _output.ReadByte();
            if (b < 0) throw new EndOfStreamException("yaml-language-server closed its output");
            if (b == '\n') return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            bytes.Add((byte)b);
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
    }
}

/// <summary>Skipped with the reason outside CI when the server is not installed; under CI=true it runs and fails.</summary>
public sealed class EditorFactAttribute : FactAttribute
{
    public EditorFactAttribute()
    {
        if (SharedFolder.IsCi) return;
        if (YamlLanguageServer.ScriptPath is null) Skip = "FACTGEN_YAML_LANGUAGE_SERVER is not set (npm install yaml-language-server, then point it at node_modules/yaml-language-server/bin/yaml-language-server)";
    }
}
