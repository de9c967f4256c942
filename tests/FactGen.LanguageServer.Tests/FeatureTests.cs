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

/// <summary>Completion in each place, hover on a field, definition of a citation and a kind, symbols.</summary>
public sealed class FeatureTests : IDisposable
{
    private readonly CorpusCopy _corpus = new();
    private readonly InProcessWorkspace _workspace;
    private readonly string _people;

    public FeatureTests()
    {
        _workspace = new InProcessWorkspace(_corpus.Root, CorpusCopy.Sources);
        _people = _corpus.PathOf("people.yaml");
        _workspace.Open(_people);
    }

    public void Dispose() => _corpus.Dispose();

    private string[] Labels(string path, Position at) => CompletionProvider.Complete(_workspace.File(path), at).Items.Select(i => i.Label).ToArray();

    /// <summary>Replaces the line holding <paramref name="line"/> by <paramref name="typed"/> and returns the position at its end.</summary>
    private Position Type(string path, string line, string typed)
    {
        var start = _workspace.Find(path, line);
        start = start with { Character = 0 };
        var length = _workspace.File(path).Text.Line(start.Line).Length;
        _workspace.Change(path, new Range(start, start with { Character = length }), typed);
        return start with { Character = typed.Length };
    }

    [SharedFact("sources")]
    public void Completion_offers_an_enums_values()
    {
        var countries = _corpus.PathOf("countries.yaml");
        _workspace.Open(countries);
        Assert.Equal(["state", "territory"], Labels(countries, Type(countries, "category: state", "    category: ")));
    }

    [SharedFact("sources")]
    public void Completion_offers_the_kinds_fields_where_a_key_is_typed()
    {
        var labels = Labels(_people, Type(_people, "title: Secretary of State", "    tit"));
        Assert.Contains("title", labels);
        Assert.Contains("organization", labels);
        Assert.Contains("citations", labels);
        Assert.DoesNotContain("category", labels);
    }

    [SharedFact("sources")]
    public void Completion_in_a_citation_offers_source_ids_then_paragraphs_with_their_first_words_then_the_paragraphs_sentences()
    {
        Assert.Equal(["blinken-latest-official", "blinken-major-divides"], Labels(_people, Type(_people, "- source: blinken-latest-official", "      - source: blinken-")).Order(StringComparer.Ordinal));
        _workspace.Change(_people, null, File.ReadAllText(_people));

        var paragraphs = CompletionProvider.Complete(_workspace.File(_people), Type(_people, "paragraph: 3", "        paragraph: ")).Items;
        var third = paragraphs.Single(i => i.Label == "3");
        Assert.StartsWith("The State Department said Saturday", third.Documentation!.Value);
        _workspace.Change(_people, null, File.ReadAllText(_people));

        var quotes = Labels(_people, Type(_people, "quote: \"including Foreign Minister Wang Yi\"", "        quote: \"incl"));
        Assert.Contains(quotes, q => q.Contains("including Foreign Minister Wang Yi", StringComparison.Ordinal));
    }

    [SharedFact("sources")]
    public void Hover_on_a_field_shows_its_schema_description_and_on_a_reference_the_fact()
    {
        var key = _workspace.Find(_people, "title: Secretary of State", after: 2);
        var field = HoverProvider.Hover(_workspace.File(_people), key)!;
        Assert.Contains("Title or role as the articles give it", field.Contents.Value);

        var reference = _workspace.Find(_people, "country: china", after: "country: ch".Length);
        var fact = HoverProvider.Hover(_workspace.File(_people), reference)!;
        Assert.Contains("**Country** `china`: China", fact.Contents.Value);
        Assert.Contains("category: state", fact.Contents.Value);
    }

    [SharedFact("sources")]
    public void Definition_of_a_citation_is_its_paragraph_in_the_article_and_of_the_kind_its_schema_entry()
    {
        var quote = _workspace.Find(_people, "including Foreign Minister Wang Yi", after: 3);
        var paragraph = Assert.Single(NavigationProvider.Definition(_workspace.File(_people), quote, UriPaths.ToUri));
        var article = File.ReadAllLines(new Uri(paragraph.Uri).LocalPath);
        Assert.Contains("including Foreign Minister Wang Yi", article[paragraph.Range.Start.Line]);

        var kind = Assert.Single(NavigationProvider.Definition(_workspace.File(_people), new Position(1, 8), UriPaths.ToUri));
        Assert.EndsWith("schema.yaml", kind.Uri, StringComparison.Ordinal);
        Assert.StartsWith("  Person:", File.ReadAllLines(_corpus.PathOf("schema.yaml"))[kind.Range.Start.Line], StringComparison.Ordinal);
    }

    [SharedFact("sources")]
    public void Symbols_list_the_files_facts_and_find_any_fact_by_id_or_name()
    {
        var symbols = NavigationProvider.DocumentSymbols(_workspace.File(_people));
        Assert.Equal(File.ReadAllLines(_people).Count(l => l.StartsWith("  - id: ", StringComparison.Ordinal)), symbols.Length);
        Assert.Contains(symbols, s => s.Name == "wang-yi" && s.Detail == "Person: Wang Yi");

        var found = NavigationProvider.WorkspaceSymbols(_workspace.File(_people).Snapshot, "xi jin", UriPaths.ToUri).ToList();
        Assert.Contains(found, s => s.Name.StartsWith("xi-jinping", StringComparison.Ordinal));
        Assert.DoesNotContain(found, s => s.Name.StartsWith("wang-yi", StringComparison.Ordinal));
    }

    [SharedFact("sources")]
    public void Hover_on_a_problem_shows_its_message_and_help_page()
    {
        var reference = _workspace.Find(_people, "country: china", after: "country: ".Length);
        _workspace.Change(_people, new Range(reference, reference with { Character = reference.Character + "china".Length }), "chna");
        var hover = HoverProvider.Hover(_workspace.File(_people), reference with { Character = reference.Character + 2 })!;
        Assert.Contains("**FG0013** (error): No Country has the id 'chna'", hover.Contents.Value);
        Assert.Contains("FG0013.md)", hover.Contents.Value);
    }
}
