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
/// place the server asks about positions, and it asks Core: each bound fact's located model
/// (<see cref="FileFact.Span"/>, <see cref="FileFact.Values"/>, its references and per-source keys
/// with their spans), plus the <c>kind:</c> value from the parsed tree. A fact whose id could not be
/// bound has no place here, as it has none in the build's model.
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
        if (parsed.Root is YamlMapping root && root.Find("kind")?.Value is YamlScalar { IsNull: false } kindNode) index.Kind = new KindSite(kindNode.Value, kindNode.Span);
        foreach (var fact in binding?.Facts ?? default)
        {
            if (schema.FindKind(fact.Kind) is { } kind) index.AddFact(new FactSite(fact.Id, kind, fact.IdSpan, fact.Span ?? fact.IdSpan, fact));
        }
        return index;
    }

    private void AddFact(FactSite fact)
    {
        Facts.Add(fact);
        foreach (var value in fact.Bound.Values)
        {
            if (value.IsWholeEntry) FieldKeys.Add(new FieldKeySite(fact, value.Field, value.KeySpan));
            var isCitation = value.Field == BuiltInFields.Citations || fact.Kind.FindField(value.Field)?.Type == FieldType.Citation;
            if (isCitation && value.SourceId is null && value.Value is YamlMapping citation && (value.Item >= 0 || value.Field != BuiltInFields.Citations)) AddCitation(fact, citation);
        }
        foreach (var reference in fact.Bound.References)
        {
            References.Add(new ReferenceSite(reference.Id, reference.Span, fact, reference.Field, reference.IsCitation ? ReferenceRole.CitationSource : ReferenceRole.Field));
        }
        foreach (var key in fact.Bound.SourceKeys) References.Add(new ReferenceSite(key.SourceId, key.Span, fact, fact.Kind.FindField(key.Field), ReferenceRole.SourceKey));
    }

    private void AddCitation(FactSite fact, YamlMapping citation)
    {
        var source = citation.Find("source")?.Value as YamlScalar;
        var paragraph = citation.Find("paragraph")?.Value as YamlScalar;
        var quote = citation.Find("quote")?.Value as YamlScalar;
        int? number = paragraph is not null && int.TryParse(paragraph.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
        Citations.Add(new CitationSite(fact, citation.Span, Text(source), number, Text(quote), source?.Span, paragraph?.Span, quote?.Span));
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

    /// <summary>The value of a fact's entry, if the fact has the entry.</summary>
    public static YamlNode? ValueOf(FactSite fact, string key) =>
        fact.Bound.Values.FirstOrDefault(v => v.IsWholeEntry && v.Field == key)?.Value;

    /// <summary>The line (1-based) after the fact's <c>id:</c> line and the column its keys start at, for inserting an entry.</summary>
    public static (int Line, int Column) EntryInsertPoint(FactSite fact)
    {
        var idKey = fact.Bound.Values.First(v => v.IsWholeEntry && v.Field == BuiltInFields.Id).KeySpan;
        return (fact.IdSpan.EndLine + 1, idKey.Column);
    }

    public static string Indent(int column) => new(' ', Math.Max(0, column - 1));
}
