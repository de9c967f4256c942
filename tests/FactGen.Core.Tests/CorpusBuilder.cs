using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;
using FactGen.Tests;

namespace FactGen.Core.Tests;

/// <summary>
/// A tiny corpus held in memory: schema.yaml and data files as strings, articles as text. Runs the
/// same steps as the generator and the CLI (<see cref="ParsedFile.Read"/>, <see cref="Corpus.LoadSchema"/>,
/// <see cref="Corpus.Bind"/>).
/// </summary>
internal sealed class CorpusBuilder
{
    /// <summary>
    /// A schema with one field of each scalar type the tests need. Line numbers matter to the
    /// schema tests: keep it as it is.
    /// </summary>
    public const string DefaultSchema = SchemaPreamble.SourceKind + """
          Country:
            plural: Countries
            fields:
              name: { type: string, required: true }
          Person:
            plural: People
            fields:
              name: { type: string, required: true }
              active: { type: bool }
              age: { type: int }
              born: { type: date }
              home: { type: url }
              role: { type: enum, values: [minister, envoy] }
              country: { type: reference, kind: Country }
        """;

    /// <summary>One source fact, s1, naming the article s1.txt.</summary>
    public const string SourcesFile = """
        kind: Source
        facts:
          - id: s1
            file: s1.txt
        """;

    /// <summary>An article: the headline is paragraph 0, then two body paragraphs.</summary>
    public const string Article = """
        Ann visits Paris

        Ann visited Paris on Monday.

        She met the mayor.
        """;

    private readonly List<(string Path, string? Text, ReadLimits? Limits)> _files = new();
    private readonly List<SourceDocument> _sources = new();
    private string? _schema = DefaultSchema;
    private ReadLimits _limits = ReadLimits.Default;

    public CorpusBuilder Schema(string? yaml)
    {
        _schema = yaml;
        return this;
    }

    /// <summary>Adds a data file; <paramref name="limits"/> overrides the corpus limits for reading it.</summary>
    public CorpusBuilder File(string path, string? yaml, ReadLimits? limits = null)
    {
        _files.Add((path, yaml, limits));
        return this;
    }

    public CorpusBuilder Source(string fileName, string text)
    {
        _sources.Add(SourceDocument.Parse(fileName, text));
        return this;
    }

    public CorpusBuilder Limits(ReadLimits limits)
    {
        _limits = limits;
        return this;
    }

    public BindResult Bind()
    {
        var schemaFiles = _schema is null ? [] : new[] { ParsedFile.Read("facts/schema.yaml", _schema, ReadLimits.Default) };
        var dataFiles = _files.Select(f => ParsedFile.Read(f.Path, f.Text, f.Limits ?? _limits)).ToList();
        var schema = Corpus.LoadSchema(schemaFiles);
        return Corpus.Bind(schema, dataFiles, _sources.Count == 0 ? null : _sources, _limits);
    }

    public IReadOnlyList<FactDiagnostic> Diagnostics() => Bind().Diagnostics.ToList();

    /// <summary>A Person file holding the given facts, each indented as a list item under 'facts:'.</summary>
    public static string People(string facts) => "kind: Person\nfacts:\n" + Indent(facts, "  ");

    public static string Indent(string text, string prefix) =>
        string.Join("\n", text.Replace("\r\n", "\n").Split('\n').Select(line => line.Length == 0 ? line : prefix + line));

    /// <summary>A schema as one YAML string; the same as <see cref="DefaultSchema"/> with edits.</summary>
    public static SchemaModel LoadSchema(string yaml) =>
        Corpus.LoadSchema([ParsedFile.Read("facts/schema.yaml", yaml, ReadLimits.Default)]);
}

/// <summary>One diagnostic a test expects: ID, place and message (exact, or a part of it).</summary>
internal sealed record Expected(string Id, int Line, int Column, string Message, bool Exact = true, string? Path = null)
{
    /// <summary>Expects a message that contains <paramref name="part"/> rather than equals it.</summary>
    public static Expected Containing(string id, int line, int column, string part, string? path = null) =>
        new(id, line, column, part, Exact: false, path);

    public bool Matches(FactDiagnostic actual) =>
        actual.Id == Id
        && actual.Span.Line == Line
        && actual.Span.Column == Column
        && (Path is null || actual.Span.Path == Path)
        && (Exact ? actual.Message == Message : actual.Message.Contains(Message, StringComparison.Ordinal));

    public override string ToString() =>
        $"{Path ?? "*"}({Line},{Column}): {Id}: {(Exact ? Message : "…" + Message + "…")}";
}

internal static class DiagnosticAssert
{
    /// <summary>
    /// The diagnostics are exactly the expected ones, in order: one missing, one extra (a diagnostic
    /// nobody expected) or one out of place fails the test, which lists both sides.
    /// </summary>
    public static void Exactly(IEnumerable<FactDiagnostic> actual, params Expected[] expected)
    {
        var found = actual.ToList();
        var ok = found.Count == expected.Length;
        for (var i = 0; ok && i < found.Count; i++) ok = expected[i].Matches(found[i]);
        if (ok) return;

        var report = new StringBuilder();
        report.AppendLine("The diagnostics differ from those expected.");
        report.AppendLine($"Expected ({expected.Length}):");
        foreach (var e in expected) report.AppendLine("  " + e);
        report.AppendLine($"Actual ({found.Count}):");
        foreach (var a in found) report.AppendLine("  " + a);
        var unexpected = found.Where(a => !expected.Any(e => e.Matches(a))).ToList();
        if (unexpected.Count > 0)
        {
            report.AppendLine("Not expected:");
            foreach (var a in unexpected) report.AppendLine("  " + a);
        }
        var missing = expected.Where(e => !found.Any(e.Matches)).ToList();
        if (missing.Count > 0)
        {
            report.AppendLine("Missing:");
            foreach (var e in missing) report.AppendLine("  " + e);
        }
        Assert.Fail(report.ToString());
    }
}
