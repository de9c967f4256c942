using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Schema;
using FactGen.LanguageServer.Passages;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Workspace;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.LanguageServer.Features;

/// <summary>
/// "Cite this": words selected in an article become a citation (source, paragraph, quote) added to
/// a fact the curator picks, one action per fact of the fact files open in the editor (a code
/// action cannot ask a question, so the list of actions is the question).
/// </summary>
internal static class CiteThisProvider
{
    private const int MostFacts = 40;

    public static CodeAction[] Actions(FactWorkspace workspace, string uri, Range range)
    {
        if (UriPaths.ToPath(uri) is not { } path) return [];
        foreach (var folder in workspace.Folders.Where(f => f.HoldsArticle(path)))
        {
            var snapshot = folder.Analyze();
            var (sourceId, article) = snapshot.ArticlesBySource.FirstOrDefault(a => a.Value.Path == path);
            if (article is null || DiskText.Read(path) is not { } content) continue;
            var text = new DocumentText(content);
            var start = text.OffsetOf(range.Start);
            var words = TextNormalizer.Normalize(content.Substring(start, Math.Max(0, text.OffsetOf(range.End) - start)));
            var paragraph = ParagraphAt(article, range.Start.Line, words);
            if (words.Length == 0 || paragraph < 0) continue;
            return Cite(workspace, folder, new Passage(sourceId, article, paragraph, words)).Take(MostFacts).ToArray();
        }
        return [];
    }

    /// <summary>The paragraph the selection starts in, if it holds the words (a selection across two paragraphs is no quote).</summary>
    private static int ParagraphAt(Article article, int line, string words)
    {
        var paragraph = -1;
        for (var p = 0; p < article.StartLines.Count && article.StartLines[p] <= line; p++) paragraph = p;
        return paragraph >= 0 && article.Document.Contains(paragraph, words) ? paragraph : -1;
    }

    private static IEnumerable<CodeAction> Cite(FactWorkspace workspace, FactFolder folder, Passage passage)
    {
        var item = $"- source: {passage.SourceId}\n  paragraph: {CodeActionProvider.Number(passage.Paragraph)}\n  quote: {PassageFinder.YamlQuoted(passage.Quote)}";
        var snapshot = folder.Analyze();
        foreach (var path in folder.OpenPaths)
        {
            foreach (var fact in snapshot.File(path)?.Facts ?? [])
            {
                if (fact.Kind.IsSource || GroundingFixes.ListInsert(folder, fact, BuiltInFields.Citations, item, block: true) is not { } edit) continue;
                yield return new CodeAction($"Cite {passage.SourceId} ¶{CodeActionProvider.Number(passage.Paragraph)} in '{fact.Id}' ({Path.GetFileName(path)})", "refactor", null,
                    CodeActionProvider.Edit(workspace.UriOf(path), edit));
            }
        }
    }
}
