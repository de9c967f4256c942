using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;
using FactGen.LanguageServer.Analysis;
using FactGen.LanguageServer.Passages;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Workspace;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.LanguageServer.Features;

/// <summary>
/// FG0040's three ways out, as its message gives them: cite a paragraph that names the target, add
/// to the target's aliases the name the cited text uses for it, or mark the field inferred with a
/// note to write (a placeholder that says so: the curator must still say how it is known).
/// </summary>
internal static class GroundingFixes
{
    public static IEnumerable<(string Title, WorkspaceEdit Edit)> For(OpenFile file, FactDiagnostic diagnostic, Func<string, string> uriOf)
    {
        if (file.Index?.ReferenceAt(diagnostic.Span) is not { Field: { } field } reference) yield break;
        if (file.Snapshot.Fact(reference.Id) is not { } target) yield break;
        var owner = reference.Owner;
        foreach (var passage in NamingPassages(file.Snapshot, owner, target).Take(2))
        {
            var item = $"- source: {passage.SourceId}\n  paragraph: {CodeActionProvider.Number(passage.Paragraph)}\n  quote: {PassageFinder.YamlQuoted(passage.Quote)}";
            if (ListInsert(file.Folder, owner, BuiltInFields.Citations, item, block: true) is { } cite)
            {
                yield return ($"Cite {passage.SourceId} ¶{CodeActionProvider.Number(passage.Paragraph)}, which names '{target.Id}'", Edit(uriOf, owner, cite));
            }
        }
        foreach (var alias in AliasesInCitedText(file.Snapshot, owner, target).Take(2))
        {
            if (ListInsert(file.Folder, target, BuiltInFields.Aliases, alias, block: false) is { } add)
            {
                yield return ($"Add '{alias}' to the aliases of '{target.Id}'", Edit(uriOf, target, add));
            }
        }
        if (ListInsert(file.Folder, owner, BuiltInFields.Inferred, field.Name, block: false) is { } mark)
        {
            var edits = new List<TextEdit> { mark };
            if (FileIndex.ValueOf(owner, BuiltInFields.Note) is null)
            {
                var (line, column) = FileIndex.EntryInsertPoint(owner);
                edits.Add(CodeActionProvider.InsertAt(line, $"{FileIndex.Indent(column)}note: \"TODO: say how the {field.Name} is known\"\n"));
            }
            yield return ($"Mark '{field.Name}' inferred, with a note to write", new WorkspaceEdit(new() { [uriOf(owner.IdSpan.Path)] = Merge(edits) }));
        }
    }

    private static WorkspaceEdit Edit(Func<string, string> uriOf, FactSite fact, TextEdit edit) => CodeActionProvider.Edit(uriOf(fact.IdSpan.Path), edit);

    /// <summary>Two inserts at one place become one, so every client applies them in the same order.</summary>
    private static TextEdit[] Merge(List<TextEdit> edits) =>
        edits.GroupBy(e => e.Range).Select(g => new TextEdit(g.Key, string.Concat(g.Select(e => e.NewText)))).ToArray();

    /// <summary>Paragraphs naming the target (its name or an alias, as whole words), those of sources the fact cites first.</summary>
    private static IEnumerable<Passage> NamingPassages(Snapshot snapshot, FactSite owner, FactSite target)
    {
        var names = NamesOf(target);
        var cited = owner.Bound?.Citations.Select(c => c.Citation.SourceId).ToHashSet(StringComparer.Ordinal) ?? new HashSet<string>();
        foreach (var (sourceId, article) in snapshot.Articles.OrderBy(a => cited.Contains(a.SourceId) ? 0 : 1).ThenBy(a => a.SourceId, StringComparer.Ordinal))
        {
            for (var paragraph = 1; paragraph < article.Document.Paragraphs.Count; paragraph++)
            {
                var text = article.Document.Paragraphs[paragraph];
                foreach (var name in names)
                {
                    var at = PassageFinder.WholeWordsAt(text, name);
                    if (at < 0) continue;
                    yield return new Passage(sourceId, article, paragraph, PassageFinder.Around(text, at, name.Length));
                    break;
                }
            }
        }
    }

    /// <summary>Words of the target's name (a surname, a city) that the paragraphs the fact cites use on their own.</summary>
    private static IEnumerable<string> AliasesInCitedText(Snapshot snapshot, FactSite owner, FactSite target)
    {
        var known = NamesOf(target);
        var words = known.SelectMany(n => n.Split(' ')).Where(w => w.Length >= 3 && char.IsUpper(w[0])).Distinct(StringComparer.Ordinal).ToList();
        var cited = owner.Bound?.Citations.Concat(owner.Bound.FieldCitations).Select(c => c.Citation) ?? [];
        foreach (var citation in cited.Distinct())
        {
            if (!snapshot.ArticlesBySource.TryGetValue(citation.SourceId, out var article) || citation.Paragraph >= article.Document.Paragraphs.Count) continue;
            var text = article.Document.Paragraphs[citation.Paragraph];
            foreach (var word in words.Where(w => !known.Contains(w) && PassageFinder.WholeWordsAt(text, w) >= 0)) yield return word;
        }
    }

    private static List<string> NamesOf(FactSite fact)
    {
        var names = new List<string>();
        if (Snapshot.NameOf(fact) is { } name && name.Trim().Length > 0) names.Add(TextNormalizer.Normalize(name));
        names.AddRange(fact.Bound?.Fact.Aliases.Select(TextNormalizer.Normalize) ?? []);
        return names;
    }

    /// <summary>
    /// An edit adding an item to one of a fact's lists: into a flow list (<c>[a, b]</c>) before its
    /// bracket, into a block list as its first item, or as a new entry after <c>id:</c>; null when the
    /// entry is there but is not a list.
    /// </summary>
    public static TextEdit? ListInsert(FactFolder folder, FactSite fact, string key, string item, bool block)
    {
        var node = FileIndex.ValueOf(fact, key);
        if (folder.TextOf(fact.IdSpan.Path) is not { } text) return null;
        if (node is YamlSequence list && list.Span.Length > 0 && text.Text[list.Span.Offset] == '[')
        {
            var end = list.Span.Offset + list.Span.Length - 1;
            var at = text.PositionOf(end);
            return new TextEdit(new Range(at, at), (list.Items.Count == 0 ? string.Empty : ", ") + (block ? Flow(item) : item));
        }
        if (node is YamlSequence { Items.Count: > 0 } blockList)
        {
            var line = blockList.Items[0].Span.Line;
            var dash = Math.Max(0, text.Line(line - 1).IndexOf('-'));
            return CodeActionProvider.InsertAt(line, Indented(block ? item : "- " + item, dash));
        }
        if (node is not null) return null;
        var (entryLine, column) = FileIndex.EntryInsertPoint(fact);
        var entry = block ? $"{key}:\n" + Indented(item, 2) : $"{key}: [{item}]";
        return CodeActionProvider.InsertAt(entryLine, Indented(entry, column - 1));
    }

    private static string Indented(string lines, int by) =>
        string.Concat(lines.TrimEnd('\n').Split('\n').Select(l => new string(' ', by) + l + "\n"));

    /// <summary>A block citation item as a flow mapping, for a flow list.</summary>
    private static string Flow(string blockItem) =>
        "{ " + string.Join(", ", blockItem.Substring(2).Split('\n').Select(l => l.Trim())) + " }";
}
