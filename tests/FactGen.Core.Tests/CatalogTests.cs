using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using FactGen.Core.Diagnostics;
using FactGen.Tests;

namespace FactGen.Core.Tests;

/// <summary>
/// The diagnostic catalog stays whole: IDs in order and never reused, and every ID documented,
/// tracked as shipped, and tested.
/// </summary>
public sealed class CatalogTests
{


    private static readonly Regex IdFormat = new("^FG[0-9]{4}$", RegexOptions.CultureInvariant);

    private static string RepositoryFile(params string[] parts) => Path.Combine([SharedFolder.RepositoryRoot, .. parts]);

    private static string SeverityText(FactDiagnosticSeverity severity) => severity.ToString();

    /// <summary>
    /// IDs being added on another branch at the same time, the only numbers that may be missing
    /// (issue 18 took FG0050 up while issue 14 took FG0040 to FG0045). Both are merged: FG0046 to
    /// FG0049 were never given out and stay free; none is missing otherwise (the third round's
    /// branches were given ranges and renumbered FG0053 to FG0076, consecutively, when merged).
    /// </summary>
    private static readonly HashSet<string> ReservedElsewhere = new(Enumerable.Range(46, 4).Select(n => $"FG{n:0000}"), StringComparer.Ordinal);

    [Fact]
    public void Ids_are_FG_and_four_digits_unique_and_consecutive_from_FG0001_in_catalog_order()
    {
        var ids = DiagnosticCatalog.All.Select(d => d.Id).ToList();

        Assert.All(ids, id => Assert.Matches(IdFormat, id));
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var last = int.Parse(ids[^1].AsSpan(2), System.Globalization.CultureInfo.InvariantCulture);
        var expected = Enumerable.Range(1, last).Select(n => $"FG{n:0000}").Where(id => ids.Contains(id) || !ReservedElsewhere.Contains(id));
        Assert.Equal(expected, ids);
    }

    [Fact]
    public void All_holds_every_descriptor_the_catalog_declares_in_declaration_order()
    {
        var declared = typeof(DiagnosticCatalog)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(DiagnosticDescriptor))
            .OrderBy(f => f.MetadataToken)
            .Select(f => (DiagnosticDescriptor)f.GetValue(null)!)
            .ToList();

        Assert.Equal(declared, DiagnosticCatalog.All);
    }

    [Fact]
    public void Every_descriptor_has_a_title_a_known_category_a_message_and_a_help_link_to_its_page()
    {
        string[] categories = ["Syntax", "Binding", "Citations", "Provenance", "Schema", "Limits", "Internal", "Options"];
        Assert.All(DiagnosticCatalog.All, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Title), d.Id);
            Assert.False(d.Title.EndsWith('.'), d.Id);
            Assert.Contains(d.Category, categories);
            Assert.False(string.IsNullOrWhiteSpace(d.MessageFormat), d.Id);
            Assert.EndsWith("/docs/diagnostics/" + d.Id + ".md", d.HelpLink, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Help_links_come_from_the_one_RepositoryUrl_in_Directory_Build_props()
    {
        var props = File.ReadAllText(RepositoryFile("Directory.Build.props"));
        var url = Regex.Match(props, "<RepositoryUrl>([^<]+)</RepositoryUrl>").Groups[1].Value;

        Assert.StartsWith("https://", url, StringComparison.Ordinal);
        Assert.Equal(url.TrimEnd('/'), DiagnosticDescriptor.RepositoryUrl);
        Assert.All(DiagnosticCatalog.All, d => Assert.Equal($"{url.TrimEnd('/')}/blob/main/docs/diagnostics/{d.Id}.md", d.HelpLink));
    }

    [Fact]
    public void Every_id_has_a_docs_page_with_its_title_severity_and_category()
    {
        var problems = new List<string>();
        foreach (var d in DiagnosticCatalog.All)
        {
            var path = RepositoryFile("docs", "diagnostics", d.Id + ".md");
            if (!File.Exists(path))
            {
                problems.Add($"{d.Id}: no docs/diagnostics/{d.Id}.md");
                continue;
            }
            var text = File.ReadAllText(path).Replace("\r\n", "\n");
            var lines = text.Split('\n');
            if (lines[0] != $"# {d.Id}: {d.Title}") problems.Add($"{d.Id}: the page's first line is '{lines[0]}', not '# {d.Id}: {d.Title}'");
            if (!text.Contains($"\n| {SeverityText(d.Severity)} | {d.Category} |", StringComparison.Ordinal)) problems.Add($"{d.Id}: the page does not give severity {d.Severity} and category {d.Category}");
            foreach (var section in new[] { "## When it is reported", "## Example", "## Message", "## How to fix" })
            {
                if (!lines.Contains(section)) problems.Add($"{d.Id}: the page has no '{section}'");
            }
            var messages = MessageLines(lines);
            if (messages.Count == 0) problems.Add($"{d.Id}: the page shows no message");
            foreach (var message in messages.Where(m => !m.Contains($": {FactDiagnostic.SeverityText(d.Severity)} {d.Id}: ", StringComparison.Ordinal)))
            {
                problems.Add($"{d.Id}: the message '{message}' is not of the form 'path(line,col): {FactDiagnostic.SeverityText(d.Severity)} {d.Id}: ...'");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void Docs_have_no_page_for_an_id_the_catalog_does_not_have()
    {
        var pages = Directory.EnumerateFiles(RepositoryFile("docs", "diagnostics"), "FG*.md").Select(Path.GetFileNameWithoutExtension);

        Assert.Equal(DiagnosticCatalog.All.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal), pages.OrderBy(id => id, StringComparer.Ordinal));
    }

    [Fact]
    public void Docs_readme_lists_every_id_with_its_severity_category_title_and_link()
    {
        var readme = File.ReadAllText(RepositoryFile("docs", "diagnostics", "README.md")).Replace("\r\n", "\n");
        var rows = readme.Split('\n').Where(l => l.StartsWith("| [FG", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            DiagnosticCatalog.All.Select(d => $"| [{d.Id}]({d.Id}.md) | {SeverityText(d.Severity)} | {d.Category} | {d.Title} |"),
            rows);
    }

    // The release files are the ID ledger: this test, not Roslyn's release-tracking analyzer, checks
    // them against the one catalog (see the note in FactGen.Generator.csproj).
    [Fact]
    public void Every_id_is_in_AnalyzerReleases_Shipped_or_Unshipped_once_with_its_category_and_severity()
    {
        var shipped = File.ReadAllLines(RepositoryFile("src", "FactGen.Generator", "AnalyzerReleases.Shipped.md"));
        Assert.Contains("## Release 0.1.0", shipped);
        Assert.Contains("### New Rules", shipped);
        Assert.Contains("Rule ID | Category | Severity | Notes", shipped);
        // IDs added since the last release wait in Unshipped; one listed in both would be reused.
        var unshipped = File.ReadAllLines(RepositoryFile("src", "FactGen.Generator", "AnalyzerReleases.Unshipped.md"));

        var entries = shipped.Concat(unshipped)
            .Where(l => l.StartsWith("FG", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => $"{cells[0]} | {cells[1]} | {cells[2]}")
            .ToList();
        Assert.Equal(DiagnosticCatalog.All.Select(d => $"{d.Id} | {d.Category} | {SeverityText(d.Severity)}"), entries);
    }

    [Fact]
    public void Every_id_has_a_test_in_DiagnosticTests_whose_name_starts_with_it()
    {
        var tests = typeof(DiagnosticTests)
            .GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => (m.Name, Fact: m.GetCustomAttribute<FactAttribute>()))
            .Where(t => t.Fact is not null)
            .ToList();

        // One running [Fact] per ID, not a [Theory] over IDs and not only a skipped test.
        var missing = DiagnosticCatalog.All
            .Where(d => !tests.Any(t => t.Name.StartsWith(d.Id + "_", StringComparison.Ordinal) && t.Fact!.GetType() == typeof(FactAttribute) && t.Fact.Skip is null))
            .Select(d => d.Id)
            .ToList();
        Assert.True(missing.Count == 0, "No running [Fact] in DiagnosticTests named for: " + string.Join(", ", missing));

        var known = DiagnosticCatalog.All.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        var stray = tests.Select(t => t.Name).Where(n => n.StartsWith("FG", StringComparison.Ordinal) && !known.Contains(n.Split('_')[0])).ToList();
        Assert.True(stray.Count == 0, "Tests named for an ID the catalog does not have: " + string.Join(", ", stray));
    }

    /// <summary>The lines of the first code block after "## Message".</summary>
    private static List<string> MessageLines(string[] lines)
    {
        var start = Array.IndexOf(lines, "## Message");
        var result = new List<string>();
        if (start < 0) return result;
        var open = Array.FindIndex(lines, start, l => l.StartsWith("```", StringComparison.Ordinal));
        if (open < 0) return result;
        for (var i = open + 1; i < lines.Length && !lines[i].StartsWith("```", StringComparison.Ordinal); i++) result.Add(lines[i]);
        return result;
    }

    [Theory]
    [InlineData(FactDiagnosticSeverity.Error, "error")]
    [InlineData(FactDiagnosticSeverity.Warning, "warning")]
    [InlineData(FactDiagnosticSeverity.Info, "info")]
    public void A_diagnostic_prints_in_the_MSBuild_form_with_its_severity(FactDiagnosticSeverity severity, string text)
    {
        var descriptor = new DiagnosticDescriptor("FG9999", severity, "Test", "A test", "Something about '{0}'");
        var span = new SourceSpan("facts/people.yaml", 12, 5, 12, 9, 200, 4);

        Assert.Equal(text, FactDiagnostic.SeverityText(severity));
        Assert.Equal("facts/people.yaml(12,5)", span.ToString());
        Assert.Equal($"facts/people.yaml(12,5): {text} FG9999: Something about 'ann'", FactDiagnostic.Create(descriptor, span, "ann").ToString());
    }
}
