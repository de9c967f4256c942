using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// The corpus-level steps that the generator and the CLI share, so both find the same problems:
/// choose and load the schema among the files, then bind the data files against it.
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
        var extra = ordered.Skip(1).Select(f => FactDiagnostic.Create(DiagnosticCatalog.MissingSchema, SourceSpan.StartOf(f.Path),
            $"There is more than one schema file; FactGen uses '{ordered[0].Path}' and ignores this one"));
        return loaded with { Diagnostics = loaded.Diagnostics.Concat(extra).ToEquatableArray(), IsValid = false };
    }

    /// <summary>Binds the data files; reports the schema's own problems first, and a missing schema once.</summary>
    public static BindResult Bind(SchemaModel schema, IReadOnlyList<ParsedFile> dataFiles, IReadOnlyList<SourceDocument>? sources, ReadLimits limits) =>
        Join(schema, dataFiles.Where(f => !f.IsSchema).Select(f => Binder.BindFile(schema, f)).ToList(), sources, limits);

    /// <summary>
    /// Binds one data file on its own (<see cref="Binder.BindFile"/>): the generator caches one per
    /// file and <see cref="Join"/>s them, which gives what <see cref="Bind"/> gives.
    /// </summary>
    public static FileBinding BindFile(SchemaModel schema, ParsedFile dataFile) => Binder.BindFile(schema, dataFile);

    /// <summary>Joins data files bound one by one; reports the schema's own problems first, and a missing schema once.</summary>
    public static BindResult Join(SchemaModel schema, IReadOnlyList<FileBinding> dataFiles, IReadOnlyList<SourceDocument>? sources, ReadLimits limits)
    {
        var found = schema.Diagnostics.ToList();
        if (schema.Kinds.IsEmpty && schema.Diagnostics.IsEmpty)
        {
            // No schema.yaml at all: fine for a project with no facts, an error for one that has some.
            if (dataFiles.Count == 0) return new BindResult(FactModel.Empty, EquatableArray<FactDiagnostic>.Empty);
            var first = dataFiles.OrderBy(f => f.Path, StringComparer.Ordinal).First();
            found.Add(FactDiagnostic.Create(DiagnosticCatalog.MissingSchema, SourceSpan.StartOf(first.Path),
                $"No {SchemaLoader.FileName} was found among the fact files; it declares the kinds of fact"));
        }
        var result = Binder.Bind(schema, dataFiles, sources is { Count: > 0 } ? sources : null, limits);
        // Sorted by place, so every run and every tool lists the same problems in the same order;
        // the sort is stable, so problems at one place keep the order they were found in
        // (paragraph 2 before paragraph 10, not by message text).
        var ordered = found.Concat(result.Diagnostics)
            .OrderBy(d => d.Span.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Span.Line)
            .ThenBy(d => d.Span.Column);
        return new BindResult(result.Model, ordered.ToEquatableArray());
    }
}
