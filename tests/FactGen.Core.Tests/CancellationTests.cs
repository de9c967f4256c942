using System;
using System.Linq;
using System.Text;
using System.Threading;
using FactGen.Core.Binding;
using FactGen.Core.Reading;

namespace FactGen.Core.Tests;

/// <summary>
/// Every stage the generator runs takes the IDE's cancellation token and stops when it is set,
/// instead of finishing a large read or bind nobody wants (issue 13). A token set before the call
/// must end it with <see cref="OperationCanceledException"/>, never with a result or an FG0034.
/// </summary>
public sealed class CancellationTests
{
    private static readonly CancellationToken Cancelled = new(canceled: true);

    /// <summary>A data file of <paramref name="count"/> people, enough events and facts for every stage's check to run.</summary>
    private static string People(int count)
    {
        var text = new StringBuilder("kind: Person\nfacts:\n");
        for (var i = 0; i < count; i++)
        {
            text.Append("  - id: p").Append(i).Append("\n    name: P\n    citations: [{ source: s1, paragraph: 1, quote: q }]\n");
        }
        return text.ToString();
    }

    [Fact]
    public void Reading_a_file_stops()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => ParsedFile.Read("facts/people.yaml", People(200), ReadLimits.Default, Cancelled));
    }

    [Fact]
    public void Binding_a_file_stops()
    {
        var schema = CorpusBuilder.LoadSchema(CorpusBuilder.DefaultSchema);
        var file = ParsedFile.Read("facts/people.yaml", People(3), ReadLimits.Default);

        Assert.ThrowsAny<OperationCanceledException>(() => Corpus.BindFile(schema, file, Cancelled));
    }

    [Fact]
    public void Joining_the_corpus_stops()
    {
        var schema = CorpusBuilder.LoadSchema(CorpusBuilder.DefaultSchema);
        var bound = Corpus.BindFile(schema, ParsedFile.Read("facts/people.yaml", People(3), ReadLimits.Default));
        Assert.Equal(3, bound.Facts.Count);

        Assert.ThrowsAny<OperationCanceledException>(() => Corpus.Join(schema, [bound], null, ReadLimits.Default, Cancelled));
    }

    [Fact]
    public void A_token_that_is_not_set_changes_nothing()
    {
        var schema = CorpusBuilder.LoadSchema(CorpusBuilder.DefaultSchema);
        var files = new[] { ParsedFile.Read("facts/people.yaml", People(3), ReadLimits.Default) };
        using var source = new CancellationTokenSource();

        var withToken = Corpus.Bind(schema, files, null, ReadLimits.Default, source.Token);
        var without = Corpus.Bind(schema, files, null, ReadLimits.Default);

        Assert.Equal(without, withToken);
        Assert.Equal(3, withToken.Model.Kinds.Single(k => k.Schema.Name == "Person").Facts.Count);
    }
}
