using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Core.Schema;
using FactGen.LanguageServer.Analysis;
using FactGen.LanguageServer.Passages;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Workspace;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.LanguageServer.Features;

/// <summary>
/// Completion from the schema and the corpus: at a reference, the ids of the kind (or union) the
/// field allows, with name and first quote; enum values; field names; kinds; in a citation, the
/// source ids, the paragraph numbers with their first words, and inside a quote the sentences of
/// the cited paragraph.
/// </summary>
internal static class CompletionProvider
{
    private static readonly Regex Sentence = new(@"[^.!?]+[.!?]*", RegexOptions.CultureInvariant);

    public static CompletionList Complete(OpenFile file, Position position)
    {
        if (file.Index is null) return new CompletionList(false, []);
        var context = CursorContext.Read(file.Text, position);
        var snapshot = file.Snapshot;
        var kind = context.Kind is null ? null : snapshot.Schema.FindKind(context.Kind);
        var items = Items(snapshot, kind, context).ToArray();
        return new CompletionList(false, items);
    }

    private static IEnumerable<CompletionItem> Items(Snapshot snapshot, KindSchema? kind, CursorContext context)
    {
        if (context.InKey)
        {
            if (kind is null) return Keys(context, ["kind", "facts"]);
            return Keys(context, kind.Fields.Select(f => f.Name).Concat(BuiltInFields.Names));
        }
        var key = context.Key ?? context.ParentKey;
        if (key == "kind" && context.ParentKey is null) return snapshot.Schema.Kinds.Select(k => Item(context, k.Name, 7, k.Description));
        if (kind is null || key is null) return [];
        var field = kind.FindField(key) ?? (context.ParentKey is { } parent ? kind.FindField(parent) : null);
        if (field is null || (field.Type == FieldType.Citation && key is "source" or "paragraph" or "quote")) return Builtin(snapshot, kind, key, context);
        return field.Type switch
        {
            FieldType.Reference => Ids(snapshot, snapshot.Schema.KindsOf(field.TargetKind!), context),
            FieldType.Enum => field.EnumValues.Select(v => Item(context, v, 20, null)),
            FieldType.Bool => new[] { "true", "false" }.Select(v => Item(context, v, 12, null)),
            _ => [],
        };
    }

    /// <summary>The built-in entries and a citation's parts.</summary>
    private static IEnumerable<CompletionItem> Builtin(Snapshot snapshot, KindSchema kind, string key, CursorContext context)
    {
        switch (key)
        {
            case BuiltInFields.Basis:
                return new[] { "stated", "inferred" }.Select(v => Item(context, v, 20, null));
            case BuiltInFields.Inferred:
                return kind.Fields.Select(f => Item(context, f.Name, 10, f.Description));
            case "source":
                return Ids(snapshot, snapshot.Schema.SourceKind is { } sources ? [sources.Name] : [], context);
            case "paragraph" when context.CitationSource is { } source && snapshot.ArticlesBySource.TryGetValue(source, out var article):
                return Enumerable.Range(0, article.Document.Paragraphs.Count).Select(p =>
                    Item(context, p.ToString(CultureInfo.InvariantCulture), 12, article.FirstWords(p)) with { SortText = p.ToString("D4", CultureInfo.InvariantCulture) });
            case "quote" when context.CitationSource is { } source && context.CitationParagraph is { } paragraph
                && snapshot.ArticlesBySource.TryGetValue(source, out var article) && paragraph < article.Document.Paragraphs.Count:
                return Quotes(article, paragraph, context);
            default:
                return [];
        }
    }

    /// <summary>The paragraph's sentences and the whole paragraph, as text for the quote (quoted when the cursor is not in quotes yet).</summary>
    private static IEnumerable<CompletionItem> Quotes(Article article, int paragraph, CursorContext context)
    {
        var text = article.Document.Paragraphs[paragraph];
        var sentences = Sentence.Matches(text).Cast<Match>().Select(m => m.Value.Trim()).Where(s => s.Length > 0).Append(text).Distinct(StringComparer.Ordinal);
        var order = 0;
        foreach (var sentence in sentences)
        {
            var insert = context.InQuote ? sentence.Replace("\\", "\\\\").Replace("\"", "\\\"") : PassageFinder.YamlQuoted(sentence);
            yield return new CompletionItem(sentence, 1, $"¶{paragraph.ToString(CultureInfo.InvariantCulture)}", null, null, sentence,
                (order++).ToString("D4", CultureInfo.InvariantCulture), new TextEdit(context.Replace, insert));
        }
    }

    private static IEnumerable<CompletionItem> Ids(Snapshot snapshot, IReadOnlyList<string> kinds, CursorContext context)
    {
        foreach (var fact in snapshot.Facts)
        {
            if (!kinds.Contains(fact.Kind.Name)) continue;
            var name = Snapshot.NameOf(fact);
            var quote = Snapshot.FirstCitation(fact) is { } citation ? $"{citation.SourceId} ¶{citation.Paragraph.ToString(CultureInfo.InvariantCulture)}: \"{citation.Quote}\"" : null;
            var detail = name is null ? fact.Kind.Name : $"{fact.Kind.Name}: {name}";
            yield return Item(context, fact.Id, 18, quote) with { Detail = detail, FilterText = name is null ? fact.Id : fact.Id + " " + name };
        }
    }

    private static IEnumerable<CompletionItem> Keys(CursorContext context, IEnumerable<string> names) =>
        names.Distinct(StringComparer.Ordinal).Select(n => new CompletionItem(n, 10, null, null, null, n, null, new TextEdit(context.Replace, n + ": ")));

    private static CompletionItem Item(CursorContext context, string label, int kind, string? documentation) =>
        new(label, kind, null, documentation is null ? null : MarkupContent.Markdown(documentation), null, label, null, new TextEdit(context.Replace, label));
}
