using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// FG0071: an article in the sources folder that no Source names (issue 27: it drew no warning, and
/// nothing of it was checked, so a curator who dropped an article in and forgot its Source saw a
/// clean build). Reported at the start of the first file of Source facts, where the Source is added.
/// Held back while a file that could not be bound may hold the Source that names it.
/// </summary>
internal static class UnnamedArticleChecker
{
    public static Findings Check(CorpusJoin corpus, IReadOnlyList<SourceDocument> articles)
    {
        var findings = new Findings();
        if (corpus.Incomplete.Paths.Any()) return findings;
        var sources = corpus.Facts.Where(f => f.Kind.IsSource).ToList();
        if (sources.Count == 0) return findings;
        var named = new HashSet<string>(sources.Select(SourceFiles.FileOf).OfType<string>(), StringComparer.Ordinal);
        var at = SourceSpan.StartOf(sources.Select(s => s.IdSpan.Path).OrderBy(p => p, StringComparer.Ordinal).First());
        foreach (var article in articles.OrderBy(a => a.FileName, StringComparer.Ordinal))
        {
            if (!named.Contains(article.FileName)) findings.Report(DiagnosticCatalog.UnnamedArticle, at, article.FileName, sources[0].Kind.Name);
        }
        return findings;
    }
}
