using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Workspace;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.LanguageServer.Tests.Infrastructure;

/// <summary>
/// The server's workspace without the process: the same calls the LSP methods make, for tests that
/// send thousands of edits (every prefix of a file) or look at many answers.
/// </summary>
internal sealed class InProcessWorkspace
{
    private readonly Dictionary<string, Diagnostic[]> _published = new(StringComparer.Ordinal);

    public InProcessWorkspace(string root, string? sources)
    {
        Workspace = new FactWorkspace(new ServerOptions(sources));
        Workspace.Initialize([root], null);
    }

    public FactWorkspace Workspace { get; }

    /// <summary>Every file's diagnostics as last published, after analyzing what changed.</summary>
    public IReadOnlyDictionary<string, Diagnostic[]> Analyze()
    {
        foreach (var update in Workspace.AnalyzeAndCollect()) _published[update.Uri] = update.Diagnostics;
        return _published.Where(p => p.Value.Length > 0).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
    }

    public Diagnostic[] DiagnosticsOf(string path) => Analyze().TryGetValue(UriPaths.ToUri(path), out var found) ? found : [];

    public void Open(string path, string? text = null) => Workspace.Open(UriPaths.ToUri(path), text ?? System.IO.File.ReadAllText(path));

    public void Change(string path, Range? range, string text) => Workspace.Change(UriPaths.ToUri(path), [new TextDocumentContentChangeEvent(range, text)]);

    public OpenFile File(string path) => Workspace.File(UriPaths.ToUri(path)) ?? throw new InvalidOperationException(path + " is in no fact folder");

    public string TextOf(string path) => File(path).Text.Text;

    public Position Find(string path, string text, int after = 0)
    {
        var content = TextOf(path);
        var at = content.IndexOf(text, StringComparison.Ordinal);
        if (at < 0) throw new InvalidOperationException($"'{text}' is not in {path}");
        return new DocumentText(content).PositionOf(at + after);
    }

    /// <summary>Applies a workspace edit as an editor does, file by file, last range first.</summary>
    public void Apply(WorkspaceEdit edit)
    {
        foreach (var (uri, edits) in edit.Changes)
        {
            var path = UriPaths.ToPath(uri)!;
            foreach (var change in edits.OrderByDescending(e => e.Range.Start.Line).ThenByDescending(e => e.Range.Start.Character)) Change(path, change.Range, change.NewText);
        }
    }
}
