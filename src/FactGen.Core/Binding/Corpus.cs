using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// The steps the generator and the CLI share, so both find the same problems: load the schema
/// among the files, bind each data file on its own (<see cref="BindFile"/>), and join the bound
/// files into the model (<see cref="Join"/>). <see cref="Bind"/> does the last two in one go, for a
/// caller that has every file at hand (the CLI, tests). Each honours cancellation, so the IDE can
/// stop a large bind.
/// </summary>
public static class Corpus
{
    /// <summary>Loads the schema from the schema files found (normally exactly one).</summary>
    public static SchemaModel LoadSchema(IEnumerable<ParsedFile> schemaFiles)
    {
        var ordered = schemaFiles.OrderBy(f => f.Path, StringComparer.Ordinal).ToList();
        if (ordered.Count == 0) return new SchemaModel(EquatableArray<KindSchema>.Empty, EquatableArray<FactDiagnostic>.Empty, IsValid: false);
        var loaded = SchemaLoader.Load(ordered[0]);
        if (ordered.Count == 1) return loaded;
        var extra = ordered.Skip(1).Select(f => FactDiagnostic.Create(DiagnosticCatalog.MultipleSchemas, SourceSpan.StartOf(f.Path), ordered[0].Path));
        return loaded with { Diagnostics = loaded.Diagnostics.Concat(extra).ToEquatableArray(), IsValid = false };
    }

    /// <summary>Binds one data file on its own: the generator caches one per file and joins them.</summary>
    public static FileBinding BindFile(SchemaModel schema, ParsedFile dataFile, CancellationToken cancellation = default) =>
        FileBinder.Bind(schema, dataFile, cancellation);

    /// <summary>Binds every data file and joins them: <see cref="BindFile"/> for each, then <see cref="Join"/>.</summary>
    public static BindResult Bind(SchemaModel schema, IReadOnlyList<ParsedFile> dataFiles, IReadOnlyList<SourceDocument>? sources, ReadLimits limits, CancellationToken cancellation = default) =>
        Join(schema, dataFiles.Where(f => !f.IsSchema).Select(f => BindFile(schema, f, cancellation)).ToList(), sources, limits, cancellation);

    /// <summary>Joins data files bound one by one; reports the schema's own problems first, and a missing schema once.</summary>
    public static BindResult Join(SchemaModel schema, IReadOnlyList<FileBinding> dataFiles, IReadOnlyList<SourceDocument>? sources, ReadLimits limits, CancellationToken cancellation = default)
    {
        var found = schema.Diagnostics.ToList();
        if (schema.Kinds.IsEmpty && schema.Diagnostics.IsEmpty)
        {
            // No schema.yaml at all: fine for a project with no facts, an error for one that has some.
            if (dataFiles.Count == 0) return new BindResult(FactModel.Empty, EquatableArray<FactDiagnostic>.Empty);
            var first = dataFiles.OrderBy(f => f.Path, StringComparer.Ordinal).First();
            found.Add(FactDiagnostic.Create(DiagnosticCatalog.MissingSchema, SourceSpan.StartOf(first.Path), SchemaLoader.FileName));
        }
        var result = CorpusChecks.Join(schema, dataFiles, sources is { Count: > 0 } ? sources : null, limits, cancellation);
        // Sorted by place, so every run and every tool lists the same problems in the same order;
        // the sort is stable, so problems at one place keep the order they were found in
        // (paragraph 2 before paragraph 10, not by message text).
        var ordered = found.Concat(result.Diagnostics)
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column);
        return result with { Diagnostics = ordered.ToEquatableArray() };
    }
}
