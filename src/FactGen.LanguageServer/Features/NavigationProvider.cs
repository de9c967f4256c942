using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.LanguageServer.Analysis;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Workspace;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.LanguageServer.Features;

/// <summary>Go to definition, find references, and the symbols of a file and of the workspace.</summary>
internal static class NavigationProvider
{
    /// <summary>A reference goes to its fact; a citation to its paragraph in the article; a kind or a field's key to the schema.</summary>
    public static Location[] Definition(OpenFile file, Position position, Func<string, string> uriOf)
    {
        if (file.Index is null) return [];
        var snapshot = file.Snapshot;
        var location = file.Index.At(file.Text.OffsetOf(position)) switch
        {
            ReferenceSite reference when snapshot.Fact(reference.Id) is { } target => At(target.IdSpan),
            CitationSite { SourceId: { } source, Paragraph: { } paragraph } when snapshot.ArticlesBySource.TryGetValue(source, out var article) && paragraph < article.StartLines.Count =>
                new Location(uriOf(article.Path), new Range(new Position(article.StartLines[paragraph], 0), new Position(article.StartLines[paragraph], 0))),
            KindSite kind => SchemaKey(snapshot, kind.Name, null) is { } span ? At(span) : null,
            FieldKeySite key => SchemaKey(snapshot, key.Owner.Kind.Name, key.Name) is { } span ? At(span) : null,
            _ => null,
        };
        return location is null ? [] : [location];

        Location At(SourceSpan span) => new(uriOf(span.Path), DocumentText.RangeOf(span));
    }

    /// <summary>Every place that names the fact under the cursor (a reference to it or its id), across the folder's files.</summary>
    public static Location[] References(OpenFile file, Position position, bool includeDeclaration, Func<string, string> uriOf)
    {
        if (IdAt(file, position) is not { } id) return [];
        var places = file.Snapshot.ReferencesTo(id).Select(r => r.Reference.Span).ToList();
        if (includeDeclaration && file.Snapshot.Fact(id) is { } fact) places.Insert(0, fact.IdSpan);
        return places.Select(span => new Location(uriOf(span.Path), DocumentText.RangeOf(span))).ToArray();
    }

    /// <summary>The id of the fact under the cursor: at its <c>id:</c> or at a reference to it.</summary>
    public static string? IdAt(OpenFile file, Position position) =>
        file.Index?.At(file.Text.OffsetOf(position)) switch
        {
            ReferenceSite reference => reference.Id,
            FactSite fact => fact.Id,
            _ => null,
        };

    public static DocumentSymbol[] DocumentSymbols(OpenFile file) =>
        file.Index?.Facts.Select(f => new DocumentSymbol(f.Id, Detail(f), 19, DocumentText.RangeOf(f.Body), DocumentText.RangeOf(f.IdSpan))).ToArray() ?? [];

    /// <summary>Facts whose id or name holds the query (case ignored), from every fact folder.</summary>
    public static IEnumerable<SymbolInformation> WorkspaceSymbols(Snapshot snapshot, string query, Func<string, string> uriOf) =>
        snapshot.Facts
            .Where(f => query.Length == 0 || f.Id.IndexOf(query, StringComparison.OrdinalIgnoreCase) >= 0
                || (Snapshot.NameOf(f)?.IndexOf(query, StringComparison.OrdinalIgnoreCase) ?? -1) >= 0)
            .Select(f => new SymbolInformation(Snapshot.NameOf(f) is { } name ? $"{f.Id} ({name})" : f.Id, 19, new Location(uriOf(f.IdSpan.Path), DocumentText.RangeOf(f.IdSpan)), f.Kind.Name));

    private static string Detail(FactSite fact) => Snapshot.NameOf(fact) is { } name ? $"{fact.Kind.Name}: {name}" : fact.Kind.Name;

    /// <summary>Where the schema declares a kind, or one of its fields.</summary>
    private static SourceSpan? SchemaKey(Snapshot snapshot, string kind, string? field)
    {
        if (snapshot.SchemaFile?.Root is not YamlMapping root || root.Find("kinds")?.Value is not YamlMapping kinds) return null;
        if (kinds.Entries.FirstOrDefault(e => e.Key.Value == kind) is not { } entry) return null;
        if (field is null) return entry.Key.Span;
        return entry.Value is YamlMapping body && body.Find("fields")?.Value is YamlMapping fields && fields.Entries.FirstOrDefault(e => e.Key.Value == field) is { } declared
            ? declared.Key.Span
            : null;
    }
}
