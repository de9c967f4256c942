using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using FactGen.Benchmarks.Corpora;
using FactGen.Core.Binding;
using FactGen.Core.Reading;
using FactGen.Core.Schema;
using FactGen.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Benchmarks.Generation;

/// <summary>
/// The full run taken apart, with allocations: where the time goes. Each step is the Core or
/// emitter call the generator makes (ParsedFile.Read per file, Corpus.LoadSchema, Corpus.Bind =
/// BindFile per file + Join, ModelEmitter.Emit), plus the compiler's own parse of what is emitted, which the driver does
/// for every AddSource.
/// </summary>
[MemoryDiagnoser]
public class PipelineStageBenchmarks
{
    public static int[] Sizes { get; set; } = [10_000, 100_000];

    public static IEnumerable<int> SizeValues => Sizes;

    [ParamsSource(nameof(SizeValues))]
    public int Facts { get; set; }

    private List<(string Path, string Text)> _files = null!;
    private List<ParsedFile> _parsed = null!;
    private SchemaModel _schema = null!;
    private List<FileBinding> _bindings = null!;
    private FactModel _model = null!;
    private FactModel _sameModel = null!;
    private IReadOnlyList<GeneratedSource> _emitted = null!;
    private readonly EmitOptions _options = new("Bench", IsPublic: true, Version: "0.1.0");

    [GlobalSetup]
    public void Setup()
    {
        var corpus = SyntheticCorpus.Create(Facts);
        _files = corpus.Files.Select(f => (Driving.RootPath + f.Name, f.Text)).ToList();
        _files.Insert(0, (Driving.RootPath + "schema.yaml", corpus.SchemaText));
        _parsed = Read();
        _schema = Corpus.LoadSchema(_parsed.Where(f => f.IsSchema));
        _bindings = _parsed.Where(f => !f.IsSchema).Select(f => Corpus.BindFile(_schema, f)).ToList();
        _model = Bind().Model;
        _sameModel = Bind().Model;
        _emitted = Emit();
    }

    [Benchmark(Description = "1a read, YamlDotNet's parser alone: events only, no tree (all files)")]
    public int ParserEventsOnly()
    {
        var events = 0;
        foreach (var (_, text) in _files)
        {
            var parser = new YamlDotNet.Core.Parser(new System.IO.StringReader(text));
            while (parser.MoveNext()) events++;
        }
        return events;
    }

    [Benchmark(Description = "1 read: YAML to nodes (ParsedFile.Read, all files)")]
    public List<ParsedFile> Read() => _files.Select(f => ParsedFile.Read(f.Path, f.Text, ReadLimits.Default)).ToList();

    [Benchmark(Description = "2 bind: check and build the model (Corpus.Bind)")]
    public BindResult Bind() => Corpus.Bind(_schema, _parsed.Where(f => !f.IsSchema).ToList(), null, ReadLimits.Default);

    [Benchmark(Description = "2a join: the corpus step alone, over files already bound (Corpus.Join, what an edit re-runs)")]
    public BindResult Join() => Corpus.Join(_schema, _bindings, null, ReadLimits.Default);

    [Benchmark(Description = "3 emit: model to C# text (ModelEmitter.Emit)")]
    public IReadOnlyList<GeneratedSource> Emit() => ModelEmitter.Emit(_model, _options);

    [Benchmark(Description = "4 parse: the compiler parses the emitted C#")]
    public List<SyntaxTree> ParseEmitted() =>
        _emitted.Select(s => CSharpSyntaxTree.ParseText(SourceText.From(s.Text, System.Text.Encoding.UTF8), Driving.ParseOptions, path: s.HintName)).ToList();

    [Benchmark(Description = "5 compare: two equal models (the cache check after bind)")]
    public bool CompareModel() => _model.Equals(_sameModel);
}
