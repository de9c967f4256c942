using System;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using FactGen.Hardening.Tests.Properties;
using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using Xunit.Abstractions;

namespace FactGen.Hardening.Tests;

/// <summary>
/// Property: whatever a string holds, as a fact value or a description it never changes the
/// generated code's shape, the code compiles with no warning, and the compiled value is the
/// string exactly. FACTGEN_PROPERTY_RUNS sets how many corpora (100 by default; 10000 for the
/// full run); FACTGEN_PROPERTY_SEED="seed,gamma" replays a run. See docs/hardening.md.
/// </summary>
[Trait("Category", "Slow")] // README: the fast subset while editing leaves these out
public class RoundTripPropertyTests
{
    private readonly ITestOutputHelper _output;

    public RoundTripPropertyTests(ITestOutputHelper output) => _output = output;

    public static int Runs =>
        int.TryParse(Environment.GetEnvironmentVariable("FACTGEN_PROPERTY_RUNS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var runs) && runs > 0 ? runs : 100;

    [Fact]
    public void Hostile_strings_compile_and_round_trip_exactly()
    {
        var (seed, gamma) = Seed();
        var runs = Runs;
        var replay = $"FACTGEN_PROPERTY_SEED={seed},{gamma}";
        _output.WriteLine($"{runs} corpora, seed {seed},{gamma} (replay with {replay})");
        var config = Config.QuickThrowOnFailure
            .WithMaxTest(runs)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, gamma), FSharpOption<int>.None)));
        var clock = Stopwatch.StartNew();
        var checkedCorpora = 0;
        try
        {
            Check.One(config, Prop.ForAll(HostileText.Arbitrary, corpus =>
            {
                checkedCorpora++;
                RoundTrip.Check(corpus);
            }));
        }
        catch (Exception exception)
        {
            // Keep the failing case: add it to RoundTripRegressionTests as a [Fact].
            throw new Xunit.Sdk.XunitException($"The property failed; replay with {replay} FACTGEN_PROPERTY_RUNS={runs}.\n{exception.Message}");
        }
        Assert.True(checkedCorpora >= runs, $"only {checkedCorpora} of {runs} corpora ran");
        _output.WriteLine($"{runs} corpora passed in {clock.Elapsed.TotalSeconds:F1} s ({clock.Elapsed.TotalMilliseconds / runs:F0} ms each)");
    }

    [Fact]
    public void Strings_with_an_unpaired_surrogate_are_refused_never_compiled()
    {
        // Lone surrogates are not Unicode text: raw in the file they are FG0033, escaped ("\uD800")
        // the parser refuses them (FG0001). Either way no fact is made from them.
        var (seed, gamma) = Seed();
        var runs = Runs;
        var replay = $"FACTGEN_PROPERTY_SEED={seed},{gamma}";
        _output.WriteLine($"{runs} strings, seed {seed},{gamma}");
        var cases =
            from prefix in HostileText.String
            from suffix in HostileText.String
            from surrogate in Gen.OneOf(Gen.Choose(0xD800, 0xDBFF), Gen.Choose(0xDC00, 0xDFFF))
            from raw in Gen.Elements(true, false)
            from style in Gen.Choose(0, int.MaxValue)
            select (Prefix: prefix, Surrogate: (char)surrogate, Suffix: suffix, Raw: raw, Style: style);
        var checkedCases = 0;
        var config = Config.QuickThrowOnFailure.WithMaxTest(runs).WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, gamma), FSharpOption<int>.None)));
        try
        {
            Check.One(config, Prop.ForAll(Arb.From(cases), c =>
            {
                checkedCases++;
                var style = new Random(c.Style);
                // A high surrogate followed by a low one at the start of the suffix would be a pair.
                var suffix = char.IsLowSurrogate(c.Suffix.FirstOrDefault()) ? "x" + c.Suffix : c.Suffix;
                var prefix = char.IsHighSurrogate(c.Prefix.LastOrDefault()) ? c.Prefix + "x" : c.Prefix;
                var inner = (string s) => HostileText.Yaml(s, style, allowSingleQuotes: false)[1..^1];
                var lone = c.Raw ? c.Surrogate.ToString() : "\\u" + ((int)c.Surrogate).ToString("X4", CultureInfo.InvariantCulture);
                var items = "kind: Item\nfacts:\n  - id: f0\n    text: \"" + inner(prefix) + lone + inner(suffix) + "\"\n    citations: [{ source: src, paragraph: 1, quote: q }]\n";
                var (schema, _, sources) = RoundTrip.Files(new HostileText.Corpus(["x"], Enumerable.Repeat("d", 8).ToArray(), 0));
                var outcome = Infrastructure.HardeningHarness.Run(Infrastructure.HardeningHarness.Driver(
                [
                    Infrastructure.HardeningHarness.File("schema.yaml", schema), Infrastructure.HardeningHarness.File("items.yaml", items),
                    Infrastructure.HardeningHarness.File("sources.yaml", sources),
                ]), compile: false);
                var refused = outcome.GeneratorDiagnostics.Where(d => d.Id == (c.Raw ? "FG0033" : "FG0001") && d.Location.GetLineSpan().Path.EndsWith("items.yaml", StringComparison.Ordinal));
                if (outcome.Result.Exception is not null || !refused.Any()) throw new InvalidOperationException("Not refused: " + Infrastructure.HardeningHarness.Show(items) + "\n" + Infrastructure.HardeningHarness.Describe(outcome.GeneratorDiagnostics));
                if (outcome.GeneratedText.Contains("Items[0] = new Item(", StringComparison.Ordinal)) throw new InvalidOperationException("A fact was made from it");
            }));
        }
        catch (Exception exception)
        {
            throw new Xunit.Sdk.XunitException($"The property failed; replay with {replay} FACTGEN_PROPERTY_RUNS={runs}.\n{exception.Message}");
        }
        Assert.True(checkedCases >= runs, $"only {checkedCases} of {runs} cases ran");
        _output.WriteLine($"{checkedCases} strings refused");
    }

    /// <summary>The seed from FACTGEN_PROPERTY_SEED, or a fresh one (printed, so a failure can be replayed).</summary>
    private static (ulong Seed, ulong Gamma) Seed()
    {
        var configured = Environment.GetEnvironmentVariable("FACTGEN_PROPERTY_SEED");
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var parts = configured.Split(',').Select(p => ulong.Parse(p.Trim(), CultureInfo.InvariantCulture)).ToArray();
            return (parts[0], parts.Length > 1 ? parts[1] : 0x9E3779B97F4A7C15UL);
        }
        return ((ulong)Random.Shared.NextInt64(), (ulong)Random.Shared.NextInt64() | 1UL);
    }
}
