using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FactGen.Core.Reading;
using FactGen.LanguageServer.Analysis;
using FactGen.LanguageServer.Features;
using FactGen.LanguageServer.Protocol;

namespace FactGen.LanguageServer.Workspace;

/// <summary>
/// The fact folders under the workspace folders and the editor's buffers. Every member is called
/// under <see cref="Gate"/>: the editor's notifications, the debounced analysis and the requests
/// take turns, so a request sees every edit made before it.
/// </summary>
internal sealed class FactWorkspace
{
    private readonly List<FactFolder> _folders = new();
    private readonly Dictionary<string, string> _uris = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _published = new(StringComparer.Ordinal);
    private readonly ServerOptions _options;
    private string[] _roots = [];
    private string? _sources;

    public FactWorkspace(ServerOptions options) => _options = options;

    public object Gate { get; } = new();

    /// <summary>Raised when something outside an edit changed the folders (a project's settings found): analysis is due.</summary>
    public event Action? Invalidated;

    public IReadOnlyList<FactFolder> Folders => _folders;

    public void Initialize(IEnumerable<string> roots, string? initializationSources)
    {
        _roots = roots.Where(Directory.Exists).Distinct(StringComparer.Ordinal).ToArray();
        var sources = _options.Sources ?? initializationSources;
        _sources = sources is null ? null : Path.GetFullPath(Path.Combine(_roots.FirstOrDefault() ?? Environment.CurrentDirectory, sources));
        foreach (var folder in _roots.SelectMany(r => FolderDiscovery.Under(r)).Distinct(StringComparer.Ordinal)) AddFolder(folder);
    }

    private FactFolder AddFolder(string directory)
    {
        var folder = new FactFolder(directory, _sources, ReadLimits.Default);
        _folders.Add(folder);
        if (_sources is null && _options.FindProject is { } find)
        {
            // MSBuild takes seconds: the folder is analyzed without articles meanwhile, then again.
            _ = Task.Run(() =>
            {
                ProjectFacts? project;
                try
                {
                    project = find(directory, _roots);
                }
                catch (Exception exception) when (exception is IOException or InvalidOperationException or UnauthorizedAccessException)
                {
                    project = null;
                }
                if (project is null) return;
                lock (Gate) folder.Configure(project.SourcesDirectory, project.Limits);
                Invalidated?.Invoke();
            });
        }
        return folder;
    }

    /// <summary>The fact folder holding a file: the deepest one that does, or one found above the file.</summary>
    public FactFolder? FolderOf(string path, bool discover = false)
    {
        var folder = _folders.Where(f => f.Holds(path)).OrderByDescending(f => f.Directory.Length).FirstOrDefault();
        if (folder is not null || !discover || !ParsedFile.IsFactFile(path)) return folder;
        return FolderDiscovery.Above(path) is { } found ? AddFolder(found) : null;
    }

    public void Open(string uri, string text)
    {
        if (UriPaths.ToPath(uri) is not { } path || FolderOf(path, discover: true) is not { } folder) return;
        _uris[path] = uri;
        folder.SetBuffer(path, text);
    }

    public void Change(string uri, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        if (UriPaths.ToPath(uri) is not { } path || FolderOf(path) is not { } folder) return;
        var text = folder.TextOf(path) ?? new DocumentText(string.Empty);
        foreach (var change in changes) text = text.Apply(change);
        folder.SetBuffer(path, text.Text);
    }

    public void Close(string uri)
    {
        if (UriPaths.ToPath(uri) is { } path) FolderOf(path)?.CloseBuffer(path);
    }

    public void DiskChanged(string uri)
    {
        if (UriPaths.ToPath(uri) is not { } path) return;
        foreach (var folder in _folders) folder.DiskChanged(path);
    }

    /// <summary>The analysis a request at <paramref name="uri"/> works on, made now if an edit is pending; null outside every fact folder.</summary>
    public OpenFile? File(string uri)
    {
        if (UriPaths.ToPath(uri) is not { } path || FolderOf(path) is not { } folder) return null;
        var snapshot = folder.Analyze();
        var text = folder.TextOf(path);
        return text is null ? null : new OpenFile(path, snapshot, snapshot.File(path), text, folder);
    }

    /// <summary>The URI to publish a path's diagnostics under: the editor's own spelling when it opened the file.</summary>
    public string UriOf(string path) => _uris.TryGetValue(path, out var uri) ? uri : UriPaths.ToUri(path);

    /// <summary>Analyzes every stale folder and returns the diagnostics that changed since last published, file by file.</summary>
    public List<PublishDiagnosticsParams> AnalyzeAndCollect()
    {
        var updates = new List<PublishDiagnosticsParams>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in _folders)
        {
            var snapshot = folder.Analyze();
            foreach (var path in folder.Paths.Concat(snapshot.DiagnosticsByPath.Keys).Distinct(StringComparer.Ordinal))
            {
                var uri = UriOf(path);
                seen.Add(uri);
                var diagnostics = snapshot.DiagnosticsByPath.TryGetValue(path, out var found) ? DiagnosticConverter.Convert(found) : [];
                var fingerprint = DiagnosticConverter.Fingerprint(diagnostics);
                if (_published.TryGetValue(uri, out var last) ? last == fingerprint : diagnostics.Length == 0) continue;
                _published[uri] = fingerprint;
                updates.Add(new PublishDiagnosticsParams(uri, diagnostics));
            }
        }
        // A file deleted, or moved out of every folder, keeps no diagnostics.
        foreach (var uri in _published.Keys.Where(u => !seen.Contains(u)).ToList())
        {
            if (_published[uri].Length > 0) updates.Add(new PublishDiagnosticsParams(uri, []));
            _published.Remove(uri);
        }
        return updates;
    }
}

/// <summary>A file a request is about: its text and the analysis of its folder (<see cref="Index"/> null for the schema).</summary>
internal sealed record OpenFile(string Path, Snapshot Snapshot, FileIndex? Index, DocumentText Text, FactFolder Folder);
