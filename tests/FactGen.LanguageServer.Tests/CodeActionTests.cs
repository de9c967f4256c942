using System;
using System.IO;
using System.Linq;
using FactGen.LanguageServer.Features;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Tests.Infrastructure;
using FactGen.LanguageServer.Workspace;
using FactGen.Tests;

using Range = FactGen.LanguageServer.Protocol.Range;

namespace FactGen.LanguageServer.Tests;

/// <summary>The quick fixes: each applied, the diagnostic it fixes gone, and no new one in its place.</summary>
public sealed class CodeActionTests
{
    private const string Quote = "Secretary of State Antony Blinken will visit China next week";

    /// <summary>A person who lives in Taiwan by the curator's say-so: paragraph 1 does not name Taiwan (FG0040).</summary>
    private const string Ungrounded = """

          - id: test-envoy
            name: Test Envoy
            title: Envoy
            country: taiwan
            citations:
              - source: blinken-latest-official
                paragraph: 1
                quote: "Secretary of State Antony Blinken will visit China next week"
        """;

    /// <summary>The corpus with <see cref="Ungrounded"/> added, people.yaml open, and its FG0040.</summary>
    private static (InProcessWorkspace Workspace, string People, Diagnostic Ungrounded) OpenUngrounded(CorpusCopy corpus)
    {
        File.AppendAllText(corpus.PathOf("people.yaml"), Ungrounded);
        var workspace = new InProcessWorkspace(corpus.Root, CorpusCopy.Sources);
        var people = corpus.PathOf("people.yaml");
        workspace.Open(people);
        return (workspace, people, workspace.DiagnosticsOf(people).Single(d => d.Code == "FG0040"));
    }

    private static CodeAction[] ActionsAt(InProcessWorkspace workspace, string path, Diagnostic diagnostic) =>
        CodeActionProvider.Actions(workspace.File(path), diagnostic.Range, UriPaths.ToUri);

    [SharedFact("sources")]
    public void A_misquote_is_replaced_by_the_closest_passage_of_its_paragraph()
    {
        using var corpus = new CorpusCopy();
        var workspace = new InProcessWorkspace(corpus.Root, CorpusCopy.Sources);
        var people = corpus.PathOf("people.yaml");
        workspace.Open(people);
        var typo = workspace.Find(people, Quote, after: Quote.Length - 2);
        workspace.Change(people, new Range(typo, typo with { Character = typo.Character + 1 }), "a");
        var misquote = workspace.DiagnosticsOf(people).Single(d => d.Code == "FG0018");

        var fix = ActionsAt(workspace, people, misquote).Single(a => a.Title.StartsWith("Quote the closest passage", System.StringComparison.Ordinal));
        workspace.Apply(fix.Edit);
        Assert.Contains($"quote: \"{Quote}\"", workspace.TextOf(people));
        Assert.DoesNotContain(workspace.DiagnosticsOf(people), d => d.Code is "FG0018" or "FG0001");
    }

    [SharedFact("sources")]
    public void A_quote_cited_with_the_wrong_paragraph_is_moved_to_the_paragraph_that_holds_it()
    {
        using var corpus = new CorpusCopy();
        var workspace = new InProcessWorkspace(corpus.Root, CorpusCopy.Sources);
        var people = corpus.PathOf("people.yaml");
        workspace.Open(people);
        var paragraph = workspace.Find(people, "paragraph: 1", after: "paragraph: ".Length);
        workspace.Change(people, new Range(paragraph, paragraph with { Character = paragraph.Character + 1 }), "4");
        var misplaced = workspace.DiagnosticsOf(people).Single(d => d.Code == "FG0018");

        var fix = ActionsAt(workspace, people, misplaced).Single(a => a.Title == "Cite paragraph 1, which holds the quote");
        workspace.Apply(fix.Edit);
        Assert.DoesNotContain(workspace.DiagnosticsOf(people), d => d.Code == "FG0018");
    }

    [SharedFact("sources")]
    public void An_unknown_enum_value_is_replaced_by_the_one_it_suggests()
    {
        using var corpus = new CorpusCopy();
        var workspace = new InProcessWorkspace(corpus.Root, CorpusCopy.Sources);
        var countries = corpus.PathOf("countries.yaml");
        workspace.Open(countries);
        var value = workspace.Find(countries, "category: state", after: "category: stat".Length);
        workspace.Change(countries, new Range(value, value with { Character = value.Character + 1 }), string.Empty);
        var invalid = workspace.DiagnosticsOf(countries).Single(d => d.Code == "FG0008");

        workspace.Apply(ActionsAt(workspace, countries, invalid).Single(a => a.Title == "Replace with 'state'").Edit);
        Assert.DoesNotContain(workspace.DiagnosticsOf(countries), d => d.Code == "FG0008");
    }

    [SharedFact("sources")]
    public void An_ungrounded_reference_is_fixed_by_citing_a_paragraph_that_names_its_target()
    {
        using var corpus = new CorpusCopy();
        var (workspace, people, ungrounded) = OpenUngrounded(corpus);

        var cite = ActionsAt(workspace, people, ungrounded).First(a => a.Title.StartsWith("Cite ", System.StringComparison.Ordinal) && a.Title.EndsWith("which names 'taiwan'", System.StringComparison.Ordinal));
        workspace.Apply(cite.Edit);
        var after = workspace.DiagnosticsOf(people);
        Assert.DoesNotContain(after, d => d.Code is "FG0040" or "FG0018" or "FG0001");
    }

    [SharedFact("sources")]
    public void An_ungrounded_reference_is_fixed_by_marking_the_field_inferred_with_a_note_to_write()
    {
        using var corpus = new CorpusCopy();
        var (workspace, people, ungrounded) = OpenUngrounded(corpus);

        var mark = ActionsAt(workspace, people, ungrounded).Single(a => a.Title == "Mark 'country' inferred, with a note to write");
        workspace.Apply(mark.Edit);
        var text = workspace.TextOf(people);
        Assert.Contains("    inferred: [country]\n", text);
        Assert.Contains("    note: \"TODO: say how the country is known\"\n", text);
        Assert.DoesNotContain(workspace.DiagnosticsOf(people), d => d.Code is "FG0040" or "FG0020" or "FG0001");
    }

    [SharedFact("sources")]
    public void Words_selected_in_an_article_are_cited_in_a_fact_the_curator_picks()
    {
        using var corpus = new CorpusCopy();
        var workspace = new InProcessWorkspace(corpus.Root, CorpusCopy.Sources);
        var people = corpus.PathOf("people.yaml");
        workspace.Open(people);
        var article = Path.Combine(CorpusCopy.Sources, "000_45ee87bd5384cc5a.txt");
        var lines = File.ReadAllLines(article);
        var line = Array.FindIndex(lines, l => l.Contains("Chinese President Xi Jinping", System.StringComparison.Ordinal));
        var column = lines[line].IndexOf("Chinese President Xi Jinping", System.StringComparison.Ordinal);
        var selection = new Range(new Position(line, column), new Position(line, column + "Chinese President Xi Jinping".Length));

        var actions = CiteThisProvider.Actions(workspace.Workspace, UriPaths.ToUri(article), selection);
        Assert.Contains(actions, a => a.Title == "Cite blinken-latest-official ¶3 in 'wang-yi' (people.yaml)");
        var before = workspace.DiagnosticsOf(people).Length;
        workspace.Apply(actions.Single(a => a.Title == "Cite blinken-latest-official ¶3 in 'xi-jinping' (people.yaml)").Edit);
        Assert.Equal(2, workspace.TextOf(people).Split("quote: \"Chinese President Xi Jinping\"").Length - 1);
        Assert.Equal(before, workspace.DiagnosticsOf(people).Length);
    }
}
