using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.LanguageServer.Analysis;

/// <summary>
/// Where things are in one fact file: facts, references, citations, field keys, the kind. The one
/// place the server asks about positions: it reads them from Core's YAML tree (every node keeps its
/// line, column and offset) and the file's binding (references and source keys, with their spans),
/// so when Core's located model lands, only this class changes.
/// </summary>
internal sealed class FileIndex
{
    private FileIndex(string path) => Path = path;

    public string Path { get; }
    public KindSite? Kind { get; private set; }
    public List<FactSite> Facts { get; } = new();
    public List<ReferenceSite> References { get; } = new();
    public List<CitationSite> Citations { get; } = new();
    public List<FieldKeySite> FieldKeys { get; } = new();

    public static FileIndex Build(ParsedFile parsed, FileBinding? binding, SchemaModel schema)
    {
        var index = new FileIndex(parsed.Path);
        if (parsed.Root is not YamlMapping root) return index;
        if (root.Find("kind")?.Value is YamlScalar { IsNull: false } kindNode) index.Kind = new KindSite(kindNode.Value, kindNode.Span);
        var kind = index.Kind is null ? null : schema.FindKind(index.Kind.Name);
        if (kind is null || root.Find("facts")?.Value is not YamlSequence facts) return index;
        var bound = new Dictionary<int, FileFact>();
        foreach (var fact in binding?.Facts ?? default) bound[fact.IdSpan.Offset] = fact;
        foreach (var item in facts.Items)
        {
            if (item is not YamlMapping body || body.Find(BuiltInFields.Id)?.Value is not YamlScalar { IsNull: false } id) continue;
            bound.TryGetValue(id.Span.Offset, out var fileFact);
            index.AddFact(new FactSite(id.Value, kind, id.Span, body.Span, body, fileFact));
        }
        return index;
    }

    private void AddFact(FactSite fact)
    {
        Facts.Add(fact);
        foreach (var entry in fact.Node.Entries)
        {
            FieldKeys.Add(new FieldKeySite(fact, entry.Key.Value, entry.Key.Span));
            var field = fact.Kind.FindField(entry.Key.Value);
            if (entry.Key.Value == BuiltInFields.Citations || field?.Type == FieldType.Citation) AddCitations(fact, entry.Value);
        }
        if (fact.Bound is null) return;
        foreach (var reference in fact.Bound.References)
        {
            References.Add(new ReferenceSite(reference.Id, reference.Span, fact, reference.Field, reference.IsCitation ? ReferenceRole.CitationSource : ReferenceRole.Field));
        }
        foreach (var key in fact.Bound.SourceKeys) References.Add(new ReferenceSite(key.SourceId, key.Span, fact, fact.Kind.FindField(key.Field), ReferenceRole.SourceKey));
    }

    private void AddCitations(FactSite fact, YamlNode node)
    {
        var items = node is YamlSequence list ? list.Items : (IEnumerable<YamlNode>)[node];
        foreach (var item in items)
        {
            if (item is not YamlMapping citation) continue;
            var source = citation.Find("source")?.Value as YamlScalar;
            var paragraph = citation.Find("paragraph")?.Value as YamlScalar;
            var quote = citation.Find("quote")?.Value as YamlScalar;
            int? number = paragraph is not null && int.TryParse(paragraph.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
            Citations.Add(new CitationSite(fact, citation.Span, Text(source), number, Text(quote), source?.Span, paragraph?.Span, quote?.Span));
        }
    }

    private static string? Text(YamlScalar? scalar) => scalar is null || scalar.IsNull ? null : scalar.Value;

    /// <summary>Whether an offset is in a span or just after it (a cursor at the end of a word is on it).</summary>
    public static bool Contains(SourceSpan? span, int offset) => span is not null && offset >= span.Offset && offset <= span.Offset + span.Length;

    /// <summary>What is at an offset, most specific first: a reference, a citation, a fact's id, a field's key, the kind.</summary>
    public object? At(int offset)
    {
        foreach (var reference in References)
        {
            if (Contains(reference.Span, offset)) return reference;
        }
        foreach (var fact in Facts)
        {
            if (Contains(fact.IdSpan, offset)) return fact;
        }
        foreach (var citation in Citations)
        {
            if (Contains(citation.Item, offset)) return citation;
        }
        foreach (var key in FieldKeys)
        {
            if (Contains(key.Key, offset)) return key;
        }
        return Kind is not null && Contains(Kind.Span, offset) ? Kind : null;
    }

    /// <summary>The fact whose mapping holds the offset, if any.</summary>
    public FactSite? FactAt(int offset) => Facts.LastOrDefault(f => f.Body.Offset <= offset && offset <= f.Body.Offset + f.Body.Length);

    /// <summary>The citation whose quote is exactly at a span (a diagnostic's), if any.</summary>
    public CitationSite? CitationWithQuoteAt(SourceSpan span) =>
        Citations.FirstOrDefault(c => c.QuoteSpan is { } quote && quote.Offset == span.Offset);

    public ReferenceSite? ReferenceAt(SourceSpan span) =>
        References.FirstOrDefault(r => r.Span.Offset == span.Offset && r.Span.Length == span.Length);

    /// <summary>The span of a fact's entry's value, if the fact has the entry.</summary>
    public static YamlNode? ValueOf(FactSite fact, string key) => fact.Node.Find(key)?.Value;

    /// <summary>The line (1-based) after the fact's <c>id:</c> line and the column its keys start at, for inserting an entry.</summary>
    public static (int Line, int Column) EntryInsertPoint(FactSite fact)
    {
        var idKey = fact.Node.Entries.First(e => e.Key.Value == BuiltInFields.Id).Key.Span;
        return (fact.IdSpan.EndLine + 1, idKey.Column);
    }

    public static string Indent(int column) => new(' ', Math.Max(0, column - 1));
}
