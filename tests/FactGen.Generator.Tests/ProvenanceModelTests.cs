using System;
using System.Collections;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Generator.Tests.Snapshots;

namespace FactGen.Generator.Tests;

/// <summary>
/// The generated model of values by source, unions and aliases, compiled, loaded and asked what a
/// reader would ask (issue 14). The snapshot pins the code; this proves what it does at run time.
/// </summary>
public sealed class ProvenanceModelTests
{
    [Fact]
    public void Each_source_s_value_a_union_s_members_and_their_inverses_are_there_at_run_time()
    {
        var result = GeneratorHarness.Run(FeatureSnapshots.ProvenanceCorpus());
        Assert.Empty(result.Run.Diagnostics);
        Assert.Empty(result.CompileDiagnostics);
        using var image = new MemoryStream();
        Assert.True(result.Output.Emit(image).Success);
        image.Position = 0;
        var context = new AssemblyLoadContext(nameof(ProvenanceModelTests), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            object Get(string facts, string id) =>
                assembly.GetType("Consumer." + facts, throwOnError: true)!.GetMethod("Get", BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [id])!;
            var differs = Get("Claims", "by-source");
            var alike = Get("Claims", "alike");
            var utopia = Get("Countries", "utopia");
            var ada = Get("People", "ada");

            // What each article says, in the order the fact file gives; the simple property shows the first.
            Assert.Equal(["article: Friday", "report: last week"], Sourced(P(differs, "WhenBySource")));
            Assert.Equal("Friday", P(differs, "When"));
            Assert.Equal(["article: utopia", "report: ada"], Sourced(P(differs, "ClaimantBySource")));
            Assert.Same(utopia, P(differs, "Claimant"));
            Assert.Equal(["rain", "soon"], Items(P(Items(P(differs, "WordsBySource"))[1], "Value")).Cast<string>());

            // One value stands for every cited source, in citation order.
            Assert.Equal(["report: Monday", "article: Monday"], Sourced(P(alike, "WhenBySource")));
            Assert.Equal(["report: ada", "article: ada"], Sourced(P(alike, "ClaimantBySource")));
            Assert.Empty(Items(P(alike, "WordsBySource")));

            // The untyped view every fact offers, field by field.
            Assert.Equal(["Claimant", "Claimant", "When", "When", "Words", "Words"], Items(P(differs, "BySource")).Select(v => (string)P(v, "Field")));

            // Inverses land on each member kind: a claim shows under every party any source names.
            Assert.Equal(["by-source"], Ids(P(utopia, "Claims")));
            Assert.Equal(["by-source", "alike"], Ids(P(ada, "Claims")));
            var byClaimant = assembly.GetType("Consumer.Claims")!.GetMethod("ByClaimant")!;
            Assert.Equal(["by-source", "alike"], Ids(byClaimant.Invoke(null, [ada])!));

            // The union is an interface both records implement, with the members' shared name.
            var party = assembly.GetType("Consumer.IParty", throwOnError: true)!;
            Assert.True(party.IsInterface);
            Assert.True(party.IsInstanceOfType(utopia) && party.IsInstanceOfType(ada));
            Assert.Equal(typeof(string), party.GetProperty("Name")!.PropertyType);
            Assert.Equal(["the Republic", "Utopians"], Items(P(utopia, "Aliases")).Cast<string>());
            Assert.Empty(Items(P(ada, "Aliases")));
        }
        finally
        {
            context.Unload();
        }
    }

    private static object P(object target, string property) => target.GetType().GetProperty(property)!.GetValue(target)!;

    private static object[] Items(object list) => ((IEnumerable)list).Cast<object>().ToArray();

    /// <summary>"source: value", a referenced fact's value by its id.</summary>
    private static string[] Sourced(object list) =>
        Items(list).Select(s => $"{P(P(s, "Source"), "Id")}: {(P(s, "Value") is string text ? text : P(P(s, "Value"), "Id"))}").ToArray();

    private static string[] Ids(object list) => Items(list).Select(f => (string)P(f, "Id")).ToArray();
}
