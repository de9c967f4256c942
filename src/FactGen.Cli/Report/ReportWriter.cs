using System;
using System.Collections.Generic;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Report;

/// <summary>
/// The report page: a summary of counts, the articles with their cited spans, the fact index and
/// the diagram of kinds, in one self-contained file. Nothing in it depends on the clock, the
/// culture or the machine, so the same facts and articles give the same bytes.
/// </summary>
internal static class ReportWriter
{
    public static string Write(FactModel model, CoverageModel coverage, DiagnosticPlacement diagnostics)
    {
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src '").Append(Hash(ReportAssets.Script))
            .Append("'; style-src '").Append(Hash(ReportAssets.Style)).Append("'; base-uri 'none'; form-action 'none'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"generator\" content=\"factgen report\">\n<title>Fact report</title>\n")
            .Append("<style>").Append(ReportAssets.Style).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#articles\">Skip to the articles</a>\n");
        html.Append("<header><h1>Fact report</h1>\n<nav aria-label=\"Sections\"><a href=\"#summary\">Summary</a> · <a href=\"#articles\">Articles</a> · <a href=\"#facts\">Fact index</a> · <a href=\"#kinds\">Kinds and references</a></nav></header>\n<main>\n");

        WriteSummary(html, model, coverage, diagnostics);
        html.Append("<section id=\"articles\" aria-labelledby=\"articles-h\"><h2 id=\"articles-h\">Articles</h2>\n")
            .Append("<p class=\"legend\"><mark>highlighted</mark> words are quoted by a fact (hover or focus them to see which; Enter moves into the list); ")
            .Append("<span class=\"un\">underlined</span> sentences are cited by no fact. Each paragraph shows its cited sentences out of all.</p>\n");
        if (coverage.Articles.Count == 0) html.Append("<p>No articles: run with <code>--sources DIR</code> naming the folder of the articles the Source facts name.</p>\n");
        foreach (var article in coverage.Articles) ArticleSectionWriter.Write(html, article);
        html.Append("</section>\n");

        html.Append("<section id=\"facts\" aria-labelledby=\"facts-h\"><h2 id=\"facts-h\">Fact index</h2>\n")
            .Append("<div class=\"filter\"><label for=\"filter\">Filter facts by any word </label><input id=\"filter\" type=\"search\" autocomplete=\"off\"> <span id=\"filter-count\" role=\"status\"></span></div>\n");
        WriteFileProblems(html, diagnostics);
        FactIndexWriter.Write(html, coverage, diagnostics);
        html.Append("</section>\n");

        html.Append("<section id=\"kinds\" aria-labelledby=\"kinds-h\"><h2 id=\"kinds-h\">Kinds and references</h2>\n");
        KindDiagram.Write(html, coverage, model);
        html.Append("</section>\n</main>\n<div id=\"tip\" role=\"tooltip\" hidden></div>\n<script>").Append(ReportAssets.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void WriteSummary(StringBuilder html, FactModel model, CoverageModel coverage, DiagnosticPlacement diagnostics)
    {
        var facts = model.Kinds.Sum(k => k.Facts.Count);
        var sentences = coverage.Articles.Sum(a => a.Sentences);
        var cited = coverage.Articles.Sum(a => a.CitedSentences);
        var errors = diagnostics.Count(FactDiagnosticSeverity.Error);
        var warnings = diagnostics.Count(FactDiagnosticSeverity.Warning);
        html.Append("<section id=\"summary\" aria-labelledby=\"summary-h\"><h2 id=\"summary-h\">Summary</h2>\n<dl class=\"summary\">\n");
        Row(html, "facts", "Facts", N(facts) + " in " + N(model.Kinds.Count) + " kinds");
        Row(html, "articles", "Articles", N(coverage.Articles.Count));
        Row(html, "citations", "Citations", N(coverage.CitationCount));
        Row(html, "highlighted", "Citations highlighted in an article", N(coverage.HighlightedCitationCount));
        Row(html, "unmatched", "Citations not found (FG0018 or no article)", N(coverage.CitationCount - coverage.HighlightedCitationCount));
        Row(html, "sentences", "Sentences cited", ArticleSectionWriter.Coverage(cited, sentences));
        Row(html, "uncited-paragraphs", "Body paragraphs no fact cites (FG0028)", N(coverage.Articles.Sum(a => a.UncitedParagraphs)));
        Row(html, "errors", "Errors", N(errors));
        Row(html, "warnings", "Warnings", N(warnings));
        html.Append("</dl>\n");
        if (errors > 0)
        {
            // Every error, linked to where it is listed (under its fact or its file).
            html.Append("<h3 id=\"errors-h\">Errors</h3><ol class=\"error-list\" aria-labelledby=\"errors-h\">");
            foreach (var error in diagnostics.All.Where(d => d.Severity == FactDiagnosticSeverity.Error))
            {
                html.Append("<li><a href=\"#").Append(diagnostics.AnchorOf(error)).Append("\">").AppendEscaped(error.Span.ToString()).Append("</a> ")
                    .AppendEscaped(error.Id).Append(": ").AppendEscaped(error.Message).Append("</li>");
            }
            html.Append("</ol>\n");
        }
        html.Append("</section>\n");
    }

    /// <summary>The diagnostics about no fact of the index, under their file: syntax errors, a file's shape, the schema, a fact left out.</summary>
    private static void WriteFileProblems(StringBuilder html, DiagnosticPlacement diagnostics)
    {
        if (diagnostics.ByFile.Count == 0) return;
        html.Append("<section class=\"file-problems\" aria-labelledby=\"files-h\"><h3 id=\"files-h\">Problems about no single fact</h3>\n");
        foreach (var (path, list) in diagnostics.ByFile)
        {
            html.Append("<h4 class=\"file\">").Append(path.Length == 0 ? "The project" : "<code>" + new StringBuilder().AppendEscaped(path) + "</code>").Append("</h4><ul class=\"diags\">");
            foreach (var diagnostic in list) FactIndexWriter.WriteDiagnostic(html, diagnostic, diagnostics);
            html.Append("</ul>\n");
        }
        html.Append("</section>\n");
    }

    private static void Row(StringBuilder html, string id, string label, string value) =>
        html.Append("<dt>").Append(label).Append("</dt><dd id=\"n-").Append(id).Append("\">").AppendEscaped(value).Append("</dd>\n");

    private static string N(int value) => ArticleSectionWriter.Number(value);

    /// <summary>The CSP source for an inline block: its SHA-256, base64, of the exact UTF-8 text.</summary>
    private static string Hash(string text) => "sha256-" + Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
