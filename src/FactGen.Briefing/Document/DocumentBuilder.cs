using System.Collections.Generic;
using System.Linq;
using FactGen.Facts;

namespace FactGen.Briefing.Document;

/// <summary>
/// Builds a <see cref="BriefingDocument"/>: headings and paragraphs in order, each cited fact's
/// quotes turned into footnote numbers (the first citation of a passage gives it its number),
/// and each inferred fact marked with its note right after its footnotes.
/// </summary>
internal sealed class DocumentBuilder
{
    private readonly List<Block> _blocks = new();
    private readonly List<Footnote> _footnotes = new();
    private readonly Dictionary<(Source, int, string), int> _numbers = new();
    private readonly List<ArticleEntry> _articles;
    private readonly Dictionary<Source, int> _articleNumbers = new();

    public DocumentBuilder()
    {
        _articles = new List<ArticleEntry>();
        foreach (var source in Sources.All)
        {
            _articleNumbers[source] = _articles.Count + 1;
            _articles.Add(new ArticleEntry(_articles.Count + 1, source.Headline, source.Dateline, source.File));
        }
    }

    public IReadOnlyList<ArticleEntry> Articles => _articles;

    /// <summary>The number of the article <paramref name="source"/> is, 1-based, in the order of Sources.All.</summary>
    public int ArticleNumber(Source source) => _articleNumbers[source];

    public void Title(string text) => _blocks.Add(new Title(text));

    public void Heading(string text) => _blocks.Add(new Heading(text));

    public void Subheading(string text) => _blocks.Add(new Subheading(text));

    public ParagraphBuilder Paragraph(string? label = null) => new(this, label, isItem: false);

    public ParagraphBuilder Item(string? label = null) => new(this, label, isItem: true);

    public BriefingDocument Build() => new(_articles, _blocks.ToList(), _footnotes.ToList());

    internal void Add(Block block) => _blocks.Add(block);

    internal int Footnote(Citation citation)
    {
        var key = (citation.Source, citation.Paragraph, citation.Quote);
        if (_numbers.TryGetValue(key, out var number)) return number;
        number = _footnotes.Count + 1;
        _numbers[key] = number;
        _footnotes.Add(new Footnote(number, ArticleNumber(citation.Source), citation.Paragraph, citation.Quote));
        return number;
    }
}

/// <summary>One paragraph under construction: <c>builder.Paragraph().Text("...").Cite(fact).End()</c>.</summary>
internal sealed class ParagraphBuilder
{
    private readonly DocumentBuilder _owner;
    private readonly string? _label;
    private readonly bool _isItem;
    private readonly List<Inline> _content = new();

    internal ParagraphBuilder(DocumentBuilder owner, string? label, bool isItem)
    {
        _owner = owner;
        _label = label;
        _isItem = isItem;
    }

    public ParagraphBuilder Text(string text)
    {
        _content.Add(new Words(text));
        return this;
    }

    /// <summary>The fact's quotes as footnotes, then, if a curator inferred it, the mark and the note.</summary>
    public ParagraphBuilder Cite(IFact fact)
    {
        foreach (var number in fact.Citations.Select(_owner.Footnote).Distinct()) _content.Add(new NoteRef(number));
        if (fact.Basis == FactBasis.Inferred) _content.Add(new InferredMark(fact.Note ?? string.Empty));
        return this;
    }

    public void End() => _owner.Add(new Paragraph(_content.ToList(), _label, _isItem));
}
