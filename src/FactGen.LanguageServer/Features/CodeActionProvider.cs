using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Core.Diagnostics;
using FactGen.LanguageServer.Passages;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Workspace;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.LanguageServer.Features;

/// <summary>
/// Quick fixes for the diagnostics in a range: a "did you mean" replaced (FG0013, FG0008 and every
/// other message that suggests one), a misquote replaced by the closest passage or its citation
/// moved to the paragraph that holds it (FG0018), and the three ways out of FG0040
/// (<see cref="GroundingFixes"/>). The fixes read what the diagnostic says, so they offer exactly
/// what <c>validate</c> suggests.
/// </summary>
internal static class CodeActionProvider
{
    private static readonly Regex DidYouMean = new(@"did you mean '([^']+)'\?", RegexOptions.CultureInvariant);
    private static readonly Regex InParagraph = new(@"it is in paragraph (\d+)", RegexOptions.CultureInvariant);
    private static readonly Regex ClosestPassage = new("the closest passage is \"(.*)\"$", RegexOptions.CultureInvariant | RegexOptions.Singleline);

    public static CodeAction[] Actions(OpenFile file, Range range, Func<string, string> uriOf)
    {
        if (!file.Snapshot.DiagnosticsByPath.TryGetValue(file.Path, out var diagnostics)) return [];
        var start = file.Text.OffsetOf(range.Start);
        var end = file.Text.OffsetOf(range.End);
        var actions = new List<CodeAction>();
        foreach (var diagnostic in diagnostics.Where(d => d.Span.Offset <= end && start <= d.Span.Offset + d.Span.Length))
        {
            var lsp = DiagnosticConverter.Convert([diagnostic]);
            foreach (var (title, edit) in Fixes(file, diagnostic, uriOf))
            {
                actions.Add(new CodeAction(title, "quickfix", lsp, edit, actions.Count == 0));
            }
        }
        return actions.ToArray();
    }

    private static IEnumerable<(string Title, WorkspaceEdit Edit)> Fixes(OpenFile file, FactDiagnostic diagnostic, Func<string, string> uriOf)
    {
        var here = uriOf(file.Path);
        if (DidYouMean.Match(diagnostic.Message) is { Success: true } suggestion)
        {
            var replacement = suggestion.Groups[1].Value;
            yield return ($"Replace with '{replacement}'", Edit(here, new TextEdit(DocumentText.RangeOf(diagnostic.Span), replacement)));
        }
        if (diagnostic.Id == DiagnosticCatalog.QuoteNotFound.Id && file.Index?.CitationWithQuoteAt(diagnostic.Span) is { } citation)
        {
            if (InParagraph.Match(diagnostic.Message) is { Success: true } moved && citation.ParagraphSpan is { } paragraph)
            {
                var number = moved.Groups[1].Value;
                yield return ($"Cite paragraph {number}, which holds the quote", Edit(here, new TextEdit(DocumentText.RangeOf(paragraph), number)));
            }
            if (ClosestPassage.Match(diagnostic.Message) is { Success: true } closest && closest.Groups[1].Value.Length > 0)
            {
                var passage = closest.Groups[1].Value;
                yield return ($"Quote the closest passage: \"{passage}\"", Edit(here, new TextEdit(DocumentText.RangeOf(diagnostic.Span), PassageFinder.YamlQuoted(passage))));
            }
        }
        if (diagnostic.Id == DiagnosticCatalog.UngroundedReference.Id)
        {
            foreach (var fix in GroundingFixes.For(file, diagnostic, uriOf)) yield return fix;
        }
    }

    public static WorkspaceEdit Edit(string uri, params TextEdit[] edits) =>
        new(new Dictionary<string, TextEdit[]>(StringComparer.Ordinal) { [uri] = edits });

    /// <summary>An insertion at the start of a 1-based line.</summary>
    public static TextEdit InsertAt(int line, string text)
    {
        var at = new Position(Math.Max(0, line - 1), 0);
        return new TextEdit(new Range(at, at), text);
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
