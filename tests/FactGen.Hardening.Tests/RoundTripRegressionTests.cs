using System;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Hardening.Tests.Infrastructure;
using FactGen.Hardening.Tests.Properties;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Hardening.Tests;

/// <summary>
/// Fixed cases of the round-trip property, run on every test run: each hostile piece on its own,
/// the extremes, and any corpus the property once failed on (add it here with its seed).
/// </summary>
public class RoundTripRegressionTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_hostile_piece_alone_round_trips(int style)
    {
        // Each piece is its own fact, and each description one piece; styles vary the YAML escapes.
        var pieces = HostileText.Pieces;
        RoundTrip.Check(new HostileText.Corpus(pieces.ToArray(), pieces.Skip(style * 8).Take(8).ToArray(), style));
    }

    [Fact]
    public void All_pieces_in_one_string_and_in_every_description_round_trip()
    {
        var all = string.Concat(HostileText.Pieces);
        RoundTrip.Check(new HostileText.Corpus([all, string.Concat(HostileText.Pieces.Reverse()), all + all], Enumerable.Repeat(all, 8).ToArray(), 42));
    }

    [Fact]
    public void Empty_and_white_space_values_round_trip()
    {
        RoundTrip.Check(new HostileText.Corpus(["", " ", "\t", "\n", "\r\n", " \u3000 ", "\u00a0"], ["", " ", "\n", "", "", "", "", ""], 7));
    }

    [Fact]
    public void A_very_long_value_round_trips()
    {
        var builder = new StringBuilder();
        var random = new Random(11);
        while (builder.Length < 250_000) builder.Append(HostileText.Pieces[random.Next(HostileText.Pieces.Length)]);
        RoundTrip.Check(new HostileText.Corpus([builder.ToString(), "short"], Enumerable.Repeat(builder.ToString(0, 20_000), 8).ToArray(), 3));
    }

    [Fact]
    public void Characters_outside_the_bmp_round_trip_escaped_and_raw()
    {
        RoundTrip.Check(new HostileText.Corpus(["\U0001F600", "a\U0010FFFFb", "\U0001D11E\U0001D11E", "\U000E0001tag"], ["\U0001F600", "", "", "", "", "", "", ""], 5));
        RoundTrip.Check(new HostileText.Corpus(["\U0001F600", "a\U0010FFFFb", "\U0001D11E\U0001D11E", "\U000E0001tag"], ["\U0001F600", "", "", "", "", "", "", ""], 6));
    }

    /// <summary>The check has teeth: under these parse options a broken doc comment is a warning the property would see.</summary>
    [Theory]
    [InlineData("/// <summary>a < b</summary>", "CS1570")]
    [InlineData("/// <summary>x</summary></summary>", "CS1570")]
    [InlineData("/// <summary>x\u2028#error injected</summary>", "CS1029")]
    public void Broken_doc_comments_are_diagnostics_under_the_harness_options(string doc, string id)
    {
        var tree = CSharpSyntaxTree.ParseText(doc + "\npublic class Documented { }\n", HardeningHarness.ParseOptions);
        var compilation = FactGen.Generator.Tests.Infrastructure.GeneratorHarness.Compilation().AddSyntaxTrees(tree);
        var emitted = compilation.Emit(new MemoryStream(), xmlDocumentationStream: new MemoryStream());

        Assert.Contains(emitted.Diagnostics, d => d.Id == id && d.Severity >= DiagnosticSeverity.Warning);
    }
}
