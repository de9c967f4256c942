using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// The files whose facts could not all be bound (see <see cref="FileBinding.IsIncomplete"/>), and
/// facts past the fact limit: what they may hold decides which checks are held back, and only
/// those (issue 27). A reference to an unknown id is held back when such a file may define that id
/// (it declares it, or nothing of it can be read) as a fact of that kind; a paragraph's coverage
/// when such a file may cite its article.
/// </summary>
internal sealed class IncompleteFiles
{
    private readonly List<Entry> _files = new();

    /// <summary>The incomplete files' paths, in path order.</summary>
    public IEnumerable<string> Paths => _files.Select(f => f.Path);

    /// <summary>An incomplete data file; FG0039 is listed after its first error.</summary>
    public void Add(FileBinding file)
    {
        var cause = file.Diagnostics.FirstOrDefault(d => d.Severity == FactDiagnosticSeverity.Error)?.Span ?? SourceSpan.StartOf(file.Path);
        Add(file.Path, file.Kind, cause, file.Declared?.Ids, file.Declared?.Sources);
    }

    /// <summary>A fact past the fact limit: not bound, but its id, kind and cited sources are known.</summary>
    public void AddOverLimit(FileFact fact, SourceSpan cause) =>
        Add(fact.IdSpan.Path, fact.Kind, cause, [fact.Id], fact.Citations.Concat(fact.FieldCitations).Select(c => c.Citation.SourceId));

    /// <param name="kind">The kind its facts are; null when they may be of any kind.</param>
    /// <param name="ids">The ids it declares; null when they cannot be read.</param>
    /// <param name="sources">The sources it cites; null when they cannot be read.</param>
    private void Add(string path, string? kind, SourceSpan cause, IEnumerable<string>? ids, IEnumerable<string>? sources)
    {
        var file = _files.FirstOrDefault(f => f.Path == path);
        if (file is null)
        {
            _files.Add(new Entry(path, kind, cause, ids is null ? null : new HashSet<string>(ids, StringComparer.Ordinal), sources is null ? null : new HashSet<string>(sources, StringComparer.Ordinal)));
            return;
        }
        if (kind is null || file.Kind != kind) file.Kind = null;
        if (ids is null) file.Ids = null;
        else file.Ids?.UnionWith(ids);
        if (sources is null) file.Sources = null;
        else file.Sources?.UnionWith(sources);
    }

    /// <summary>The first incomplete file that may define <paramref name="id"/> as a fact of one of <paramref name="kinds"/>; null when none may.</summary>
    public string? MayDefine(string id, IReadOnlyCollection<string> kinds) =>
        kinds.Count == 0 ? null : _files.FirstOrDefault(f => (f.Kind is null || kinds.Contains(f.Kind)) && (f.Ids is null || f.Ids.Contains(id)))?.Path;

    /// <summary>The first incomplete file that may cite the source <paramref name="sourceId"/>; null when none may.</summary>
    public string? MayCite(string sourceId) => _files.FirstOrDefault(f => f.Sources is null || f.Sources.Contains(sourceId))?.Path;

    /// <summary>Where the file's first problem is: FG0039 is listed right after it.</summary>
    public SourceSpan CauseOf(string path) => _files.FirstOrDefault(f => f.Path == path)?.Cause ?? SourceSpan.StartOf(path);

    private sealed class Entry(string path, string? kind, SourceSpan cause, HashSet<string>? ids, HashSet<string>? sources)
    {
        public string Path { get; } = path;
        public string? Kind { get; set; } = kind;
        public SourceSpan Cause { get; } = cause;
        public HashSet<string>? Ids { get; set; } = ids;
        public HashSet<string>? Sources { get; set; } = sources;
    }
}
