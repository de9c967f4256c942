using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using FactGen.Facts;

namespace FactGen.Benchmarks.Runtime;

/// <summary>
/// The generated JSON converters (issue 31), warm: one fact through the generated
/// <c>FactJsonContext</c> and through a plain <c>JsonSerializer.Serialize</c> (the converter found
/// by its attribute), and the whole shipped corpus as one array. Written to a reused buffer, so what
/// is measured is the serializing, not the growing of a string.
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private readonly ArrayBufferWriter<byte> _buffer = new(1 << 20);
    private Utf8JsonWriter _writer = null!;
    private IReadOnlyList<IFact> _all = null!;

    [GlobalSetup]
    public void Setup()
    {
        _writer = new Utf8JsonWriter(_buffer);
        _all = global::FactGen.Facts.FactCatalog.All;
        // The first touch makes every fact and its links; what follows is the warm path.
        if (JsonSerializer.Serialize(_all, FactJsonContext.Default.Facts).Length < 1000) throw new InvalidOperationException("the corpus wrote almost nothing");
    }

    [Benchmark(Description = "JsonSerializer.Serialize(writer, People.WangYi, FactJsonContext.Default.Person)")]
    public long OneFact()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        JsonSerializer.Serialize(_writer, People.WangYi, FactJsonContext.Default.Person);
        return _writer.BytesCommitted;
    }

    [Benchmark(Description = "JsonSerializer.Serialize(People.WangYi), no options")]
    public string OneFactPlain() => JsonSerializer.Serialize(People.WangYi);

    [Benchmark(Description = "JsonSerializer.Serialize(writer, FactCatalog.All, FactJsonContext.Default.Facts), the shipped corpus")]
    public long WholeCorpus()
    {
        _buffer.ResetWrittenCount();
        _writer.Reset();
        JsonSerializer.Serialize(_writer, _all, FactJsonContext.Default.Facts);
        return _writer.BytesCommitted;
    }
}
