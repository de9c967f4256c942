using System;
using System.Linq;
using System.Reflection;
using FactGen.Generator.Tests.Infrastructure;

namespace FactGen.Generator.Tests;

/// <summary>
/// A generated record's equality is identity by id, not a record's value equality (issue 25): two
/// instances with one id are equal however their values differ, and the docs say so. Built on
/// instances made through the internal constructor, so removing the id-based Equals or GetHashCode
/// from the record emitter fails here (the compiler's value equality would compare every value).
/// </summary>
public class EqualityTests
{
    [Fact]
    public void Facts_are_equal_when_their_ids_are_whatever_else_they_hold()
    {
        var result = GeneratorHarness.Run(Fixtures.Files());
        Assert.Empty(result.CompileDiagnostics);
        using var model = new LoadedModel(result, nameof(EqualityTests));
        var assembly = model.Assembly;
        var person = assembly.GetType("Consumer.Person", throwOnError: true)!;
        // The constructor the model makes facts with, not the copy constructor every record has.
        var constructor = person.GetConstructors(BindingFlags.NonPublic | BindingFlags.Instance).Single(c => c.GetParameters().Length > 1);
        object Make(int slot, string id, string name) => constructor.Invoke(constructor.GetParameters().Select(p => p.Name switch
        {
            "fact_slot" => slot,
            "id" => id,
            "name" => name,
            "aliases" or "inferredFields" => Array.Empty<string>(),
            _ => p.ParameterType.IsValueType ? Activator.CreateInstance(p.ParameterType) : null,
        }).ToArray());

        var ada = Make(0, "ada", "Ada");
        var sameId = Make(7, "ada", "Someone else");
        var otherId = Make(0, "ada-2", "Ada");
        Assert.True(ada.Equals(sameId));
        Assert.Equal(ada.GetHashCode(), sameId.GetHashCode());
        Assert.False(ada.Equals(otherId));
        var equal = person.GetMethod("op_Equality", BindingFlags.Public | BindingFlags.Static)!;
        Assert.True((bool)equal.Invoke(null, [ada, sameId])!);
        Assert.False((bool)equal.Invoke(null, [ada, otherId])!);
        // The compiled fact is equal to any instance with its id.
        var compiled = assembly.GetType("Consumer.People", throwOnError: true)!.GetMethod("Get")!.Invoke(null, ["ada"])!;
        Assert.True(compiled.Equals(sameId));
        Assert.Equal(compiled.GetHashCode(), sameId.GetHashCode());
    }

    [Fact]
    public void The_generated_docs_say_equality_is_identity_by_id()
    {
        var record = GeneratorHarness.Run(Fixtures.Files()).Run.Results.Single().GeneratedSources.Single(s => s.HintName == "FactGen.Person.g.cs").SourceText.ToString();
        Assert.Contains("Equality is identity, not value: two Person are equal when their <see cref=\"Id\"/>s are (ordinal)", record, StringComparison.Ordinal);
        Assert.Contains("/// <summary>Identity by id: true when <paramref name=\"other\"/> is a Person with the same <see cref=\"Id\"/> (ordinal).</summary>", record, StringComparison.Ordinal);
    }
}
