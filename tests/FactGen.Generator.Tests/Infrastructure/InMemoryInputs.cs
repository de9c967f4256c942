using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace FactGen.Generator.Tests.Infrastructure;

// The generator's inputs as the IDE and MSBuild hand them over, held in memory. Shared by the
// generator tests, the hardening tests and the benchmarks (linked, not copied).

/// <summary>An additional file held in memory, as the IDE hands them to a generator.</summary>
public sealed class InMemoryAdditionalText : AdditionalText
{
    private readonly SourceText _text;

    public InMemoryAdditionalText(string path, string text)
    {
        Path = path;
        _text = SourceText.From(text, System.Text.Encoding.UTF8);
    }

    public override string Path { get; }

    public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
}

/// <summary>Options as MSBuild would pass them: build_property.* globally, build_metadata.* per file.</summary>
public sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
{
    private readonly TestOptions _global;
    private readonly Dictionary<string, TestOptions> _files;

    public TestOptionsProvider(IDictionary<string, string>? global = null, IDictionary<string, IDictionary<string, string>>? files = null)
    {
        _global = new TestOptions(global ?? new Dictionary<string, string>());
        _files = (files ?? new Dictionary<string, IDictionary<string, string>>()).ToDictionary(p => p.Key, p => new TestOptions(p.Value));
    }

    public override AnalyzerConfigOptions GlobalOptions => _global;

    public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptions.Empty;

    /// <summary>
    /// A file with options of its own gets exactly those. Any other YAML file gets
    /// FactGenFact="true", as FactGen.props marks every file of the facts folder, so a test's files
    /// are fact files unless the test says otherwise.
    /// </summary>
    public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
        _files.TryGetValue(textFile.Path, out var options) ? options
        : textFile.Path.EndsWith(".yaml", System.StringComparison.OrdinalIgnoreCase) || textFile.Path.EndsWith(".yml", System.StringComparison.OrdinalIgnoreCase) ? TestOptions.FactFile
        : TestOptions.Empty;

    private sealed class TestOptions : AnalyzerConfigOptions
    {
        public static readonly TestOptions Empty = new(new Dictionary<string, string>());
        public static readonly TestOptions FactFile = new(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.FactGenFact"] = "true" });
        private readonly IDictionary<string, string> _values;

        public TestOptions(IDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, out string value) => _values.TryGetValue(key, out value!);
    }
}
