using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;
using FactGen.LanguageServer.Passages;

namespace FactGen.LanguageServer.Analysis;

/// <summary>
/// One analysis of a fact folder: the schema, the joined binding (the build's diagnostics), each
/// file's <see cref="FileIndex"/>, and the articles by the source fact that names them. Immutable:
/// a request works on the snapshot it was given while the next edit makes another.
/// </summary>
internal sealed class Snapshot
{
    private readonly Dictionary<string, FactSite> _factsById = new(StringComparer.Ordinal);

    public Snapshot(SchemaModel schema, ParsedFile? schemaFile, BindResult bound, IReadOnlyDictionary<string, FileIndex> files, IReadOnlyList<Article> articles)
    {
        Schema = schema;
        SchemaFile = schemaFile;
        Bound = bound;
        Files = files;
        foreach (var file in files.Values.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            foreach (var fact in file.Facts)
            {
                if (!_factsById.ContainsKey(fact.Id)) _factsById[fact.Id] = fact;
            }
        }
        var byFile = articles.GroupBy(a => a.FileName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var source in _factsById.Values.Where(f => f.Kind.IsSource))
        {
            if (FileIndex.ValueOf(source, "file") is YamlScalar { Value: var name } && byFile.TryGetValue(name, out var article)) ArticlesBySource[source.Id] = article;
        }
        DiagnosticsByPath = bound.Diagnostics.GroupBy(d => d.Span.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => (IReadOnlyList<FactDiagnostic>)g.ToList(), StringComparer.Ordinal);
    }

    public SchemaModel Schema { get; }
    public ParsedFile? SchemaFile { get; }
    public BindResult Bound { get; }
    public IReadOnlyDictionary<string, FileIndex> Files { get; }
    public Dictionary<string, Article> ArticlesBySource { get; } = new(StringComparer.Ordinal);
    public IReadOnlyDictionary<string, IReadOnlyList<FactDiagnostic>> DiagnosticsByPath { get; }

    public IEnumerable<FactSite> Facts => _factsById.Values;

    public FactSite? Fact(string id) => _factsById.TryGetValue(id, out var fact) ? fact : null;

    public FileIndex? File(string path) => Files.TryGetValue(path, out var file) ? file : null;

    public IEnumerable<(string SourceId, Article Article)> Articles => ArticlesBySource.Select(p => (p.Key, p.Value));

    /// <summary>Every place that names the fact, in every file of the folder.</summary>
    public IEnumerable<(FileIndex File, ReferenceSite Reference)> ReferencesTo(string id) =>
        Files.Values.OrderBy(f => f.Path, StringComparer.Ordinal).SelectMany(f => f.References.Where(r => r.Id == id).Select(r => (f, r)));

    /// <summary>The fact's <c>name</c> value, when its kind has one.</summary>
    public static string? NameOf(FactSite fact) => FileIndex.ValueOf(fact, "name") is YamlScalar { IsNull: false } name ? name.Value : null;

    /// <summary>The fact's first citation, as written.</summary>
    public static CitationValue? FirstCitation(FactSite fact) => fact.Bound?.Citations.Select(c => c.Citation).FirstOrDefault();
}
