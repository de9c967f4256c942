using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// The join: collects the files (<see cref="CorpusJoin.Collect"/>), runs each check across files
/// and composes what they return. Names (<see cref="MemberNameChecker"/>), references
/// (<see cref="ReferenceChecker"/>) and per-source keys (<see cref="SourceKeyChecker"/>) read the
/// corpus as bound; what they exclude is taken out once (<see cref="CorpusJoin.Without"/>); the
/// citations (<see cref="CitationChecker"/>), the articles' files and coverage
/// (<see cref="CoverageChecker"/>) and grounding (<see cref="GroundingChecker"/>) read the corpus as
/// the model will hold it. No check is skipped because another found something: only what a file
/// that could not be bound may answer is held back, and FG0039 says what.
/// </summary>
internal static class CorpusChecks
{
    /// <param name="sources">The articles, to check quotes and coverage; null when none are given.</param>
    public static BindResult Join(SchemaModel schema, IEnumerable<FileBinding> files, IReadOnlyList<SourceDocument>? sources, ReadLimits limits, CancellationToken cancellation)
    {
        // '/' and '\' sort differently against digits: normalize, so Windows and Linux number facts alike.
        var ordered = files.OrderBy(f => f.Path.Replace('\\', '/'), System.StringComparer.Ordinal).ToList();
        var diagnostics = ordered.SelectMany(f => f.Diagnostics).ToList();
        var located = new LocatedCorpus(ordered.ToEquatableArray(), EquatableArray<CitationMatch>.Empty);
        if (!schema.IsValid) return new BindResult(FactModel.Empty, diagnostics.ToEquatableArray()) { Located = located };

        var (bound, findings) = CorpusJoin.Collect(schema, ordered, limits, cancellation);
        var names = MemberNameChecker.Check(bound);
        findings.Add(names);
        findings.Add(ReferenceChecker.Check(bound, names.Exclusions));
        findings.Add(SourceKeyChecker.Check(bound));
        // A fact left without a required value leaves the model, lest a lowered error read null (issue 26).
        var corpus = RequiredValueChecker.Apply(bound.Without(findings.Exclusions));
        var articles = sources is null ? null : new SourceFiles(corpus, sources);
        findings.Add(CitationChecker.Check(corpus, articles));
        GroundingSummary? grounding = null;
        if (articles is not null)
        {
            findings.Add(CoverageChecker.Check(corpus, articles));
            var groundingFindings = new GroundingChecker(corpus, articles).Check(out var summary);
            findings.Add(groundingFindings);
            grounding = summary;
        }
        findings.Diagnostics.AddRange(HeldBackReport(corpus.Incomplete, findings.HeldBack));
        diagnostics.AddRange(findings.Diagnostics);
        located = located with { Matches = findings.Matches.ToEquatableArray() };
        return new BindResult(corpus.BuildModel(), FactDiagnostics.AboutFacts(diagnostics, located), grounding) { Located = located };
    }

    /// <summary>
    /// One FG0039 per file that held a check back, right after its cause (the file's first error, or
    /// FG0027): the error to fix is that one, and a dozen "No Person has the id" errors for the
    /// facts it holds would bury it. It lists what was not checked.
    /// </summary>
    private static IEnumerable<FactDiagnostic> HeldBackReport(IncompleteFiles incomplete, HeldBack heldBack)
    {
        foreach (var path in incomplete.Paths)
        {
            var what = new List<string>();
            var references = heldBack.ReferencesFor(path);
            if (references.Count > 0) what.Add(References(references));
            var coverage = heldBack.CoverageFor(path).Distinct().ToList();
            if (coverage.Count > 0) what.Add($"which paragraphs of {Quoted(coverage)} no fact cites");
            if (what.Count == 0) continue;
            yield return FactDiagnostic.Create(DiagnosticCatalog.ChecksSkipped, incomplete.CauseOf(path), "This file", string.Join(" and ", what));
        }
    }

    /// <summary>"1 reference to 'spain'", "3 references to 'spain' and 'peru'": what the file may define.</summary>
    private static string References(IReadOnlyList<string> ids)
    {
        var distinct = ids.Distinct().ToList();
        var count = ids.Count == 1 ? "1 reference" : ids.Count.ToString(CultureInfo.InvariantCulture) + " references";
        return $"{count} to {Quoted(distinct)}, {(distinct.Count == 1 ? "an id" : "ids")} no other file defines";
    }

    /// <summary>'a', 'b' and 'c'; past five, the first five and how many more.</summary>
    private static string Quoted(IReadOnlyList<string> ids)
    {
        var shown = ids.Take(5).Select(id => "'" + id + "'").ToList();
        if (ids.Count > 5) return string.Join(", ", shown) + " and " + (ids.Count - 5).ToString(CultureInfo.InvariantCulture) + " more";
        return shown.Count == 1 ? shown[0] : string.Join(", ", shown.Take(shown.Count - 1)) + " and " + shown[shown.Count - 1];
    }
}
