using System;
using System.Linq;
using System.Reflection;
using FactGen.Core;
using FactGen.Generator.Emit.Tables;
using FactGen.Generator.Emit.Templates;
using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Generator.Tests.Tables;

/// <summary>
/// The id hash has one source (issue 25): <see cref="IdHash"/>, compiled into the generator and
/// copied as text into every model. The compiled copy must compute what the generator computes, or
/// a lookup would miss facts the table placed.
/// </summary>
public class IdHashTests
{
    [Fact]
    public void The_generated_model_hashes_buckets_and_places_ids_as_the_generator_does()
    {
        var result = GeneratorHarness.Run(Fixtures.Files());
        Assert.Empty(result.CompileDiagnostics);
        using var model = new LoadedModel(result, nameof(IdHashTests));
        var data = model.Assembly.GetType("Consumer." + GeneratedNames.FactData, throwOnError: true)!;
        MethodInfo Method(string name) => data.GetMethod(name, BindingFlags.NonPublic | BindingFlags.Static) ?? throw new InvalidOperationException(name + " is not generated");
        var hash = Method(GeneratedNames.FactDataMembers.IdHash);
        var bucket = Method(GeneratedNames.FactDataMembers.IdBucket);
        var position = Method(GeneratedNames.FactDataMembers.IdPosition);
        var random = new Random(25);
        // Every length up to 40 (the four-at-a-time loop and the rest), and characters beyond ASCII.
        for (var n = 0; n < 400; n++)
        {
            var text = new string(Enumerable.Range(0, n % 41).Select(_ => (char)random.Next(1, n % 3 == 0 ? 0xFFFF : 0x80)).ToArray());
            var seed = (ulong)random.NextInt64();
            var expected = IdHash.Id_Hash(text, seed);
            Assert.Equal(expected, (ulong)hash.Invoke(null, [text, seed])!);
            var bits = n % 31;
            Assert.Equal(IdHash.Id_Bucket(expected, bits), (int)bucket.Invoke(null, [expected, bits])!);
            var displacement = (uint)random.Next();
            Assert.Equal(IdHash.Id_Position(expected, displacement, bits), (int)position.Invoke(null, [expected, displacement, bits])!);
        }
    }

    [Fact]
    public void The_template_holds_the_generators_source_of_the_hash()
    {
        // The methods carry the names the model gives them, so the copy needs no renaming.
        Assert.Equal(GeneratedNames.FactDataMembers.IdHash, nameof(IdHash.Id_Hash));
        Assert.Equal(GeneratedNames.FactDataMembers.IdBucket, nameof(IdHash.Id_Bucket));
        Assert.Equal(GeneratedNames.FactDataMembers.IdPosition, nameof(IdHash.Id_Position));
        Assert.StartsWith("/// <summary>", SharedSource.IdHash, StringComparison.Ordinal);
        Assert.Contains(SharedSource.IdHash, DataReaderTemplate.Text, StringComparison.Ordinal);
        Assert.Contains("0xC4CEB9FE1A85EC53UL", SharedSource.IdHash, StringComparison.Ordinal);
        Assert.Equal(3, SharedSource.IdHash.Split("internal static").Length - 1);
    }
}
