using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading;
using FactGen.Core.Binding;
using FactGen.Core.Reading;
using FactGen.Core.Schema;
using FactGen.LanguageServer.Analysis;
using FactGen.LanguageServer.Passages;

namespace FactGen.LanguageServer.Workspace;

/// <summary>
/// A folder holding FactGen's <c>schema.yaml</c> and its fact files, read recursively as
/// <c>validate</c> reads it, with the editor's unsaved buffers in place of the files on disk. An
/// edit re-reads and re-binds only its file (<see cref="Corpus.BindFile"/>); a schema edit re-binds
/// every file; then the bound files are joined again (<see cref="Corpus.Join"/>), as the build does.
/// </summary>
internal sealed class FactFolder
{
    private readonly Dictionary<string, FolderFile> _files = new(StringComparer.Ordinal);
    private List<Article> _articles = new();
    private bool _articlesStale = true;
    private bool _schemaStale = true;
    private SchemaModel _schema = Corpus.LoadSchema([]);
    private ParsedFile? _schemaFile;
    private string? _sourcesDirectory;

    public FactFolder(string directory, string? sourcesDirectory, ReadLimits limits)
    {
        Directory = directory;
        _sourcesDirectory = sourcesDirectory;
        Limits = limits;
        foreach (var path in System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Where(ParsedFile.IsFactFile))
        {
            _files[path] = new FolderFile(path) { Text = DiskText.Read(path) };
        }
    }

    public string Directory { get; }
    public ReadLimits Limits { get; private set; }
    public string? SourcesDirectory => _sourcesDirectory;
    public Snapshot? Current { get; private set; }
    public bool IsStale { get; private set; } = true;
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>The files the editor has open, in path order.</summary>
    public IEnumerable<string> OpenPaths => _files.Values.Where(f => f.IsOpen).Select(f => f.Path).OrderBy(p => p, StringComparer.Ordinal);

    /// <summary>Whether a path is one of this folder's articles.</summary>
    public bool HoldsArticle(string path) =>
        _sourcesDirectory is not null && path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
        && string.Equals(System.IO.Path.GetDirectoryName(path), System.IO.Path.GetFullPath(_sourcesDirectory).TrimEnd(System.IO.Path.DirectorySeparatorChar), StringComparison.Ordinal);

    public bool Holds(string path) =>
        path.StartsWith(Directory.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Where the articles are, and the limits, once known (from the project, found after start).</summary>
    public void Configure(string? sourcesDirectory, ReadLimits limits)
    {
        _sourcesDirectory = sourcesDirectory;
        _articlesStale = true;
        if (limits != Limits) foreach (var file in _files.Values) file.Stale = true;
        Limits = limits;
        _schemaStale = true;
        IsStale = true;
    }

    /// <summary>An editor's buffer (open or changed): it wins over the file on disk.</summary>
    public void SetBuffer(string path, string text)
    {
        if (!_files.TryGetValue(path, out var file)) _files[path] = file = new FolderFile(path);
        file.IsOpen = true;
        Update(file, text);
    }

    /// <summary>A buffer closed: the file on disk counts again.</summary>
    public void CloseBuffer(string path)
    {
        if (!_files.TryGetValue(path, out var file)) return;
        file.IsOpen = false;
        DiskChanged(path);
    }

    /// <summary>A file created, changed or deleted on disk; an open buffer still wins.</summary>
    public void DiskChanged(string path)
    {
        if (HoldsArticle(path))
        {
            _articlesStale = true;
            IsStale = true;
            return;
        }
        if (!ParsedFile.IsFactFile(path) || !Holds(path)) return;
        _files.TryGetValue(path, out var file);
        if (file is { IsOpen: true }) return;
        if (!File.Exists(path))
        {
            if (file is null) return;
            _files.Remove(path);
            if (file.IsSchema) _schemaStale = true;
            IsStale = true;
            return;
        }
        if (file is null) _files[path] = file = new FolderFile(path);
        Update(file, DiskText.Read(path));
    }

    private void Update(FolderFile file, string? text)
    {
        if (file.Text == text && file.Parsed is not null) return;
        file.Text = text;
        file.Stale = true;
        if (file.IsSchema) _schemaStale = true;
        IsStale = true;
    }

    public DocumentText? TextOf(string path) => _files.TryGetValue(path, out var file) && file.Text is not null ? file.Document : null;

    /// <summary>Reads and binds what changed, joins, and keeps the result as <see cref="Current"/>.</summary>
    public Snapshot Analyze(CancellationToken cancellation = default)
    {
        if (!IsStale && Current is not null) return Current;
        foreach (var file in _files.Values.Where(f => f.Stale || f.Parsed is null))
        {
            file.Parsed = ParsedFile.Read(file.Path, file.Text, Limits, cancellation);
            file.Binding = null;
            file.Stale = false;
        }
        if (_schemaStale)
        {
            var schemas = _files.Values.Where(f => f.IsSchema).Select(f => f.Parsed!).ToList();
            _schema = Corpus.LoadSchema(schemas);
            _schemaFile = schemas.OrderBy(f => f.Path, StringComparer.Ordinal).FirstOrDefault();
            foreach (var file in _files.Values) file.Binding = null;
            _schemaStale = false;
        }
        if (_articlesStale)
        {
            _articles = ReadArticles(_sourcesDirectory);
            _articlesStale = false;
        }
        var data = _files.Values.Where(f => !f.IsSchema).ToList();
        foreach (var file in data.Where(f => f.Binding is null))
        {
            file.Binding = Corpus.BindFile(_schema, file.Parsed!, cancellation);
            file.Index = FileIndex.Build(file.Parsed!, file.Binding, _schema);
        }
        var sources = _articles.Count == 0 ? null : _articles.Select(a => a.Document).ToList();
        var bound = Corpus.Join(_schema, data.Select(f => f.Binding!).ToList(), sources, Limits, cancellation);
        var indexes = data.ToDictionary(f => f.Path, f => f.Index!, StringComparer.Ordinal);
        Current = new Snapshot(_schema, _schemaFile, bound, indexes, _articles);
        IsStale = false;
        return Current;
    }

    /// <summary>The articles as <c>validate --sources</c> reads them: the folder's *.txt files, by name.</summary>
    private static List<Article> ReadArticles(string? directory)
    {
        if (directory is null || !System.IO.Directory.Exists(directory)) return new List<Article>();
        return System.IO.Directory.EnumerateFiles(directory, "*.txt")
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(Article.Read)
            .ToList();
    }

    private sealed class FolderFile(string path)
    {
        private DocumentText? _document;

        public string Path { get; } = path;
        public bool IsSchema { get; } = ParsedFile.IsSchemaPath(path);
        public string? Text { get; set; }
        public bool IsOpen { get; set; }
        public bool Stale { get; set; } = true;
        public ParsedFile? Parsed { get; set; }
        public FileBinding? Binding { get; set; }
        public FileIndex? Index { get; set; }

        public DocumentText Document => _document is { } d && ReferenceEquals(d.Text, Text) ? d : _document = new DocumentText(Text ?? string.Empty);
    }
}
