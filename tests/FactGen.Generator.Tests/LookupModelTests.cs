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
/// Every kind of lookup answers at run time from the tables the generator wrote: string and int
/// keys found by binary search, enum and bool keys by number, reference keys by the target's slot,
/// list items each counted once, a value no fact has giving an empty list; and the same list twice.
/// </summary>
public sealed class LookupModelTests
{
    [Fact]
    public void Each_indexed_field_finds_exactly_its_facts()
    {
        var result = GeneratorHarness.Run(FeatureSnapshots.IndexedLookupsCorpus());
        Assert.Empty(result.Run.Diagnostics);
        Assert.Empty(result.CompileDiagnostics);
        using var image = new MemoryStream();
        Assert.True(result.Output.Emit(image).Success);
        image.Position = 0;
        var context = new AssemblyLoadContext(nameof(LookupModelTests), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var items = assembly.GetType("Consumer.Items", throwOnError: true)!;
            string[] By(string lookup, object key) => Ids(items.GetMethod(lookup, BindingFlags.Public | BindingFlags.Static)!.Invoke(null, [key])!);
            var category = assembly.GetType("Consumer.ItemCategory", throwOnError: true)!;
            var alice = assembly.GetType("Consumer.Owners", throwOnError: true)!.GetMethod("Get")!.Invoke(null, ["alice"])!;

            Assert.Equal(["hammer", "second-hammer"], By("ByName", "Hammer"));
            Assert.Empty(By("ByName", "hammer"));
            Assert.Empty(By("ByName", "Hammers"));
            Assert.Equal(["hammer", "second-hammer"], By("ByCategory", Enum.Parse(category, "Tool")));
            Assert.Equal(["ball"], By("ByCategory", Enum.Parse(category, "Toy")));
            Assert.Empty(By("ByCategory", Enum.ToObject(category, 7)));
            Assert.Equal(["hammer", "second-hammer"], By("ByOwner", alice));
            Assert.Equal(["hammer", "second-hammer"], By("ByActive", true));
            Assert.Equal(["ball"], By("ByActive", false));
            Assert.Equal(["hammer"], By("BySize", 3));
            Assert.Equal(["ball"], By("BySize", -1));
            Assert.Empty(By("BySize", 0));
            Assert.Equal(["hammer", "ball"], By("ByTags", "heavy"));
            Assert.Equal(["ball"], By("ByTags", "round"));
            Assert.Equal(["hammer"], By("ByTags", "metal"));
            Assert.Empty(By("ByTags", "heav"));

            // A group's list is made once: the same instance every time.
            var byName = items.GetMethod("ByName")!;
            Assert.Same(byName.Invoke(null, ["Hammer"]), byName.Invoke(null, ["Hammer"]));
            Assert.Throws<TargetInvocationException>(() => byName.Invoke(null, [null]));
        }
        finally
        {
            context.Unload();
        }
    }

    private static string[] Ids(object list) =>
        ((IEnumerable)list).Cast<object>().Select(f => (string)f.GetType().GetProperty("Id")!.GetValue(f)!).ToArray();
}
