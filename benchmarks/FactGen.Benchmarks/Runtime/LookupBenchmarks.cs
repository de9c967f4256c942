using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FactGen.Benchmarks.Corpora;
using FactGen.Facts;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FactGen.Benchmarks.Runtime;

/// <summary>
/// The real generated model (src/FactGen.Facts, built from the shipped facts) at run time, warm,
/// beside what an app without FactGen would do with the same facts loaded by YamlDotNet into
/// dictionaries (loaded once in setup; the load itself is the cold-start comparison). Setup touches
/// every path first, so what is measured is after the first touch: issue 17 asks that lookups by
/// id, the By{Field} lookups and inverse navigation then allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private Dictionary<string, Dictionary<string, object>> _yamlById = null!;
    private List<Dictionary<string, object>> _yamlStatements = null!;
    private string _wangYi = null!;
    private Country _china = null!;

    [GlobalSetup]
    public void Setup()
    {
        // Not a constant: the lookup must not be folded by the JIT.
        _wangYi = string.Concat("wang", "-yi");
        if (People.Get(PersonIds.WangYi).Name != "Wang Yi") throw new InvalidOperationException("the model has no Wang Yi");
        _china = People.WangYi.Country ?? throw new InvalidOperationException("Wang Yi has no country");
        if (People.ByCountry(_china).Count == 0 || _china.People.Count == 0) throw new InvalidOperationException("China has no people");

        var deserializer = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build();
        var files = Directory.EnumerateFiles(Repository.FactsDirectory, "*.yaml")
            .Where(p => Path.GetFileName(p) != "schema.yaml")
            .Select(p => deserializer.Deserialize<YamlFactFile>(File.ReadAllText(p)))
            .ToList();
        _yamlById = files.SelectMany(f => f.Facts).ToDictionary(f => (string)f["id"], StringComparer.Ordinal);
        _yamlStatements = files.Where(f => f.Kind == "Statement").SelectMany(f => f.Facts).ToList();
    }

    [Benchmark(Description = "People.Get(PersonIds.WangYi)")]
    public Person GetById() => People.Get(PersonIds.WangYi);

    [Benchmark(Description = "People.Get(id), id not a constant")]
    public Person GetByRuntimeId() => People.Get(_wangYi);

    [Benchmark(Description = "People.TryGet(PersonIds.WangYi, out var person)")]
    public Person? TryGetById() => People.TryGet(PersonIds.WangYi, out var person) ? person : null;

    [Benchmark(Description = "People.TryGet(id, out var person), id not a constant")]
    public Person? TryGetByRuntimeId() => People.TryGet(_wangYi, out var person) ? person : null;

    [Benchmark(Description = "People.ByCountry(china)")]
    public IReadOnlyList<Person> ByCountry() => People.ByCountry(_china);

    [Benchmark(Description = "inverse navigation: china.People")]
    public IReadOnlyList<Person> InversePeople() => _china.People;

    [Benchmark(Description = "People.WangYi (property)")]
    public Person Property() => People.WangYi;

    [Benchmark(Description = "Statements.BySpeaker(People.AntonyBlinken)")]
    public IReadOnlyList<Statement> BySpeaker() => Statements.BySpeaker(People.AntonyBlinken);

    [Benchmark(Description = "foreach over Statements.All")]
    public int EnumerateStatements()
    {
        var wordings = 0;
        foreach (var statement in Statements.All) wordings += statement.Wordings.Count;
        return wordings;
    }

    [Benchmark(Description = "YamlDotNet dictionaries: by id")]
    public Dictionary<string, object> YamlGetById() => _yamlById[_wangYi];

    [Benchmark(Description = "YamlDotNet dictionaries: statements by speaker (scan)")]
    public List<Dictionary<string, object>> YamlBySpeaker() =>
        _yamlStatements.Where(s => s.TryGetValue("speaker", out var speaker) && (string)speaker == "antony-blinken").ToList();

    [Benchmark(Description = "YamlDotNet dictionaries: foreach over statements")]
    public int YamlEnumerateStatements()
    {
        var wordings = 0;
        // A statement whose sources word it differently gives its wordings per source: a mapping, not a list.
        foreach (var statement in _yamlStatements) wordings += statement["wordings"] is List<object> list ? list.Count : ((Dictionary<object, object>)statement["wordings"]).Count;
        return wordings;
    }

    /// <summary>A fact file as an app without FactGen would read it: the kind and a list of untyped facts.</summary>
    public sealed class YamlFactFile
    {
        public string Kind { get; set; } = string.Empty;

        public List<Dictionary<string, object>> Facts { get; set; } = new();
    }
}
