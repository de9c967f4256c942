using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.Loader;
using FactGen.Benchmarks.Corpora;
using FactGen.Benchmarks.Generation;
using FactGen.Benchmarks.Reporting;
using Microsoft.CodeAnalysis;

namespace FactGen.Benchmarks.Scale;

/// <summary>
/// The 100k-fact model compiles, loads and answers a lookup, with no single giant method: the
/// generated code compiled with Roslyn in this process, emitted to memory, loaded into a collectible
/// AssemblyLoadContext, and asked People.Get(id). The IL size of every method is read back from the
/// emitted assembly, so the report shows the largest methods, chunked or not.
/// </summary>
public static class ScaleCheck
{
    public static void Run(Report report, int facts)
    {
        Console.WriteLine($"scale: generating, compiling and loading {facts:N0} facts");
        var corpus = SyntheticCorpus.Create(facts);
        var notes = new List<string[]>();
        var clock = Stopwatch.StartNew();
        var (sources, compilation, generate) = Generate(corpus, Driving.ParseOptions);
        var size = sources.Sum(s => (long)s.SourceText.Length);
        var userStrings = UserStringHeapEstimate(compilation);

        clock.Restart();
        var pe = new MemoryStream();
        var emit = compilation.Emit(pe);
        var compile = clock.Elapsed;
        if (!emit.Success && emit.Diagnostics.Any(d => d.Id == "CS8103"))
        {
            // The metadata heap of string literals (#US) holds at most 2^24 bytes; a corpus whose
            // distinct strings pass that does not compile as one assembly. Roslyn's experimental data
            // section for string literals (MSBuild: <Features>experimental-data-section-string-literals=0</Features>)
            // emits them as UTF-8 data instead: try that, and report both.
            notes.Add(["compile as emitted (default options)", $"**fails** after {Stats.Ms(compile.TotalMilliseconds)}: {emit.Diagnostics.First(d => d.Id == "CS8103").GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"]);
            Console.WriteLine("scale: CS8103 (too many string literals); retrying with experimental-data-section-string-literals=0");
            var withDataSection = Driving.ParseOptions.WithFeatures([new KeyValuePair<string, string>("experimental-data-section-string-literals", "0")]);
            clock.Restart();
            (sources, compilation, generate) = Generate(corpus, withDataSection);
            clock.Restart();
            pe = new MemoryStream();
            emit = compilation.Emit(pe);
            compile = clock.Elapsed;
            notes.Add(["compile with experimental-data-section-string-literals=0", emit.Success ? "compiles" : "**fails** too"]);
        }
        var errors = emit.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!emit.Success)
        {
            report.Add($"Scale: the {facts:N0}-fact model does not compile",
                Report.Table(["what", "measured"], notes.Append(["errors", string.Join("; ", errors.Take(3))])));
            throw new InvalidOperationException($"the {facts:N0}-fact model does not compile: {errors.Count} errors, first: {string.Join("; ", errors.Take(3))}");
        }
        var warnings = emit.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Warning);

        var methods = MethodSizes(pe.ToArray());
        var person = SyntheticCorpus.Id("Person", corpus.CountOf("Person") - 1);
        clock.Restart();
        var context = new AssemblyLoadContext("scale", isCollectible: true);
        string? name = null;
        string? loadFailure = null;
        TimeSpan first = default, second = default;
        try
        {
            pe.Position = 0;
            var assembly = context.LoadFromStream(pe);
            var get = assembly.GetType("Bench.People", throwOnError: true)!.GetMethod("Get", BindingFlags.Public | BindingFlags.Static)!;
            var fact = get.Invoke(null, [person])!;
            first = clock.Elapsed;
            name = (string)fact.GetType().GetProperty("Name")!.GetValue(fact)!;
            clock.Restart();
            get.Invoke(null, [person]);
            second = clock.Elapsed;
        }
        catch (Exception exception) when (exception is TargetInvocationException or TypeLoadException or TypeInitializationException or InvalidProgramException or BadImageFormatException)
        {
            var inner = exception;
            while (inner.InnerException is not null) inner = inner.InnerException;
            loadFailure = $"{inner.GetType().Name}: {inner.Message}";
            Console.WriteLine("scale: the model compiled but failed at run time: " + loadFailure);
        }
        finally
        {
            context.Unload();
        }
        if (loadFailure is null && name != $"Person {corpus.CountOf("Person") - 1:D6}") throw new InvalidOperationException($"People.Get(\"{person}\") answered {name}");
        var crowded = FieldCounts(pe.ToArray()).OrderByDescending(t => t.Fields).First();

        var chunked = methods.Where(m => m.Name.StartsWith("Create", StringComparison.Ordinal) || m.Name.StartsWith("Link", StringComparison.Ordinal)).ToList();
        var rows = new List<string[]>
        {
            new[] { "facts / data files", $"{facts:N0} / {corpus.Files.Count}" },
            new[] { "generated C#", $"{sources.Length} files, {Stats.Bytes(size * 2)} in memory ({size:N0} chars)" },
            new[] { "string literals (#US heap, estimated from the distinct literals)", $"{Stats.Bytes(userStrings)} of the {Stats.Bytes(UserStringHeapLimit)} a .NET assembly allows ({100.0 * userStrings / UserStringHeapLimit:0} %)" },
            new[] { "generate (driver, cold)", Stats.Ms(generate.TotalMilliseconds) },
            new[] { "compile and emit to memory (Roslyn, Release)", $"{Stats.Ms(compile.TotalMilliseconds)}; {Stats.Bytes(pe.Length)} assembly; {warnings} warnings" },
            new[] { "load + first People.Get (builds every fact)", loadFailure is null ? Stats.Ms(first.TotalMilliseconds) : $"**fails**: {loadFailure}" },
            new[] { "second People.Get", loadFailure is null ? Stats.Ms(second.TotalMilliseconds) : "n/a" },
            new[] { "answer", loadFailure is null ? $"People.Get(\"{person}\").Name = \"{name}\"" : "**none**" },
            new[] { "type with the most fields", $"{crowded.Type}: {crowded.Fields:N0} fields" },
            new[] { "Create*/Link* methods (read the data)", $"{chunked.Count}, largest {chunked.Max(m => m.IlBytes):N0} IL bytes" },
            new[] { "methods over 60,000 IL bytes (the JIT compiles these without optimizing, MinOpts: fine for code run once)", methods.Count(m => m.IlBytes > 60_000).ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        rows.AddRange(notes);
        var largest = methods.OrderByDescending(m => m.IlBytes).Take(8).Select(m => new[] { m.Type + "." + m.Name, m.IlBytes.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) });
        report.Verdict($"the {facts:N0}-fact model compiles, loads and answers People.Get",
            loadFailure is null ? (notes.Count > 0 ? "only with experimental-data-section-string-literals" : "yes") : notes.Count > 0 ? "CS8103 as emitted; with the data-section flag, " + loadFailure : loadFailure,
            loadFailure is null && notes.Count == 0);
        report.Add($"Scale: the {facts:N0}-fact model: compile, load, answer",
            Report.Table(["what", "measured"], rows) + "\nThe largest methods in the emitted assembly:\n\n" + Report.Table(["method", "IL bytes"], largest) +
            "\nWhat the compiler has to parse, by generated file and by kind of line:\n\n" + Composition(sources.Select(s => (s.HintName, s.SourceText.ToString()))));
    }

    /// <summary>ECMA-335: user-string heap offsets are 24 bits.</summary>
    public const long UserStringHeapLimit = (1 << 24) - 1;

    private static (System.Collections.Immutable.ImmutableArray<GeneratedSourceResult> Sources, Compilation Compilation, TimeSpan Elapsed) Generate(SyntheticCorpus corpus, Microsoft.CodeAnalysis.CSharp.CSharpParseOptions options)
    {
        var clock = Stopwatch.StartNew();
        var driver = Driving.Check(Driving.Driver(Driving.Texts(corpus), parseOptions: options).RunGeneratorsAndUpdateCompilation(Driving.EmptyCompilation("Scale"), out var compilation, out _));
        return (driver.GetRunResult().Results.Single().GeneratedSources, compilation, clock.Elapsed);
    }

    /// <summary>Bytes the distinct string literals take in the #US heap: UTF-16, a length prefix and a flag byte each.</summary>
    public static long UserStringHeapEstimate(Compilation compilation)
    {
        var distinct = new HashSet<string>(StringComparer.Ordinal);
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var token in tree.GetRoot().DescendantTokens())
            {
                if (token.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.StringLiteralToken)) distinct.Add(token.ValueText);
            }
        }
        return 1 + distinct.Sum(s => 2L * s.Length + 1 + (2 * s.Length + 1 < 0x80 ? 1 : 2 * s.Length + 1 < 0x4000 ? 2 : 4));
    }

    /// <summary>The emitted C# by file and by kind of line (doc comments, fact properties, id constants, creation, linking, indexes).</summary>
    public static string Composition(IEnumerable<(string HintName, string Text)> sources)
    {
        var byFile = new List<string[]>();
        var byLine = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        foreach (var (hint, text) in sources)
        {
            byFile.Add([hint, text.Length.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)]);
            total += text.Length;
            foreach (var raw in text.Split('\n'))
            {
                var line = raw.TrimStart();
                var what = line.StartsWith("///", StringComparison.Ordinal) ? "/// doc comments"
                    : line.StartsWith("public static", StringComparison.Ordinal) && line.Contains("=> FactData.", StringComparison.Ordinal) ? "fact properties (People.WangYi)"
                    : line.StartsWith("public const string", StringComparison.Ordinal) ? "id constants (PersonIds)"
                    : line.StartsWith("\"", StringComparison.Ordinal) && line.Contains("\"u8", StringComparison.Ordinal) ? "data: one UTF-8 line per fact for its values, one for its links"
                    : "everything else (types, members, blank lines)";
                byLine[what] = byLine.GetValueOrDefault(what) + raw.Length + 1;
            }
        }
        var share = byLine.OrderByDescending(p => p.Value).Select(p => new[]
        {
            p.Key, p.Value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture), (100.0 * p.Value / total).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + " %",
        });
        return Report.Table(["kind of line", "chars", "share"], share) + "\n" + Report.Table(["file", "chars"], byFile.OrderByDescending(r => long.Parse(r[1], System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture)));
    }

    public static List<(string Type, int Fields)> FieldCounts(byte[] image)
    {
        using var reader = new PEReader(new MemoryStream(image));
        var metadata = reader.GetMetadataReader();
        return metadata.TypeDefinitions.Select(h => metadata.GetTypeDefinition(h))
            .Select(t => (metadata.GetString(t.Name), t.GetFields().Count)).ToList();
    }

    public sealed record MethodSize(string Type, string Name, int IlBytes);

    public static List<MethodSize> MethodSizes(byte[] image)
    {
        using var reader = new PEReader(new MemoryStream(image));
        var metadata = reader.GetMetadataReader();
        var sizes = new List<MethodSize>();
        foreach (var handle in metadata.MethodDefinitions)
        {
            var method = metadata.GetMethodDefinition(handle);
            if (method.RelativeVirtualAddress == 0) continue;
            var type = metadata.GetTypeDefinition(method.GetDeclaringType());
            sizes.Add(new MethodSize(metadata.GetString(type.Name), metadata.GetString(method.Name), reader.GetMethodBody(method.RelativeVirtualAddress).Size));
        }
        return sizes;
    }
}
