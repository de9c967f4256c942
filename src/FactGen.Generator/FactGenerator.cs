using System;
using System.Linq;
using System.Threading;
using FactGen.Core.Binding;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Options;
using FactGen.Core.Reading;
using FactGen.Core.Schema;
using FactGen.Generator.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FactGen.Generator;

/// <summary>
/// YAML fact files in, typed C# model out. Every cached value is one of our own equatable
/// records: one <see cref="ParsedFile"/> per YAML file, the <see cref="SchemaModel"/> apart, the
/// position-free <see cref="FactModel"/> for emission, and the diagnostics as data until reported.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class FactGenerator : IIncrementalGenerator
{
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        var settings = context.AnalyzerConfigOptionsProvider
            .Select((provider, _) => GeneratorSettings.From(provider.GlobalOptions))
            .WithTrackingName(TrackingNames.Settings);
        var limits = settings.Select((s, _) => s.Limits);

        // One cached parse per YAML file: editing one file re-reads only that file.
        var parsed = context.AdditionalTextsProvider
            .Where(text => ParsedFile.IsFactFile(text.Path))
            .Combine(limits)
            .Select((input, ct) => Read(input.Left, input.Right, ct))
            .WithTrackingName(TrackingNames.Parse);

        var schema = parsed
            .Where(file => file.IsSchema)
            .Collect()
            .Select((files, _) => Guard("loading the schema", () => Corpus.LoadSchema(files), SchemaFailure))
            .WithTrackingName(TrackingNames.Schema);

        // One cached binding per data file, against the schema: an edit re-binds only its file, and
        // the corpus step below only joins them (ids, references, citations across files).
        var fileBindings = parsed
            .Where(file => !file.IsSchema)
            .Combine(schema)
            .Select((input, _) => Guard("binding the facts", () => Corpus.BindFile(input.Right, input.Left), (what, exception) => FileFailure(input.Left.Path, what, exception)))
            .WithTrackingName(TrackingNames.BindFile);

        var dataFiles = fileBindings
            .Collect()
            .Select((files, _) => files.OrderBy(f => f.Path.Replace('\\', '/'), StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.DataFiles);

        // The articles, when the project gives them (AdditionalFiles with FactGenSource="true"),
        // let the build check every quote as `factgen validate --sources` does.
        var sources = context.AdditionalTextsProvider
            .Where(text => text.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(input => input.Right.GetOptions(input.Left).TryGetValue("build_metadata.AdditionalFiles.FactGenSource", out var flag)
                && string.Equals(flag, "true", StringComparison.OrdinalIgnoreCase))
            .Select((input, ct) => SourceDocument.Parse(SourceDocument.FileNameOf(input.Left.Path), input.Left.GetText(ct)?.ToString() ?? string.Empty))
            .Collect()
            .Select((documents, _) => documents.OrderBy(d => d.FileName, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.Sources);

        var bound = dataFiles
            .Combine(schema)
            .Combine(sources)
            .Combine(limits)
            .Select((input, _) =>
            {
                var (((files, schemaModel), articles), readLimits) = input;
                return Guard("binding the facts", () => Corpus.Join(schemaModel, files, articles, readLimits), BindFailure);
            })
            .WithTrackingName(TrackingNames.Bind);

        // The model holds no positions: an edit that changes no fact leaves it Unchanged and
        // nothing is emitted again. Diagnostics, which do move with the text, flow separately.
        var model = bound.Select((result, _) => result.Model).WithTrackingName(TrackingNames.Model);
        var diagnostics = bound.Select((result, _) => result.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);

        // One cached unit per kind, made from its own facts (BoundKinds, compared fact by fact, mostly
        // by reference) and every kind's ids (KindIds, for the slots it points at): a one-fact edit
        // that keeps the ids works out one unit and re-emits one file. The shared files (support
        // types, FactData) follow Shape: only the kinds and their fact counts.
        var emitOptions = settings.Select((s, _) => s.Emit);
        var boundKinds = model.SelectMany((m, _) => m.Kinds).WithTrackingName(TrackingNames.BoundKinds);
        var kindIds = boundKinds
            .Select((kind, _) => ModelEmitter.IdsOf(kind))
            .Collect()
            .Select((ids, _) => ids.ToEquatableArray())
            .WithTrackingName(TrackingNames.KindIds);
        var kinds = boundKinds.Combine(kindIds).Combine(emitOptions)
            .Select((input, _) => Guard("emitting C#", () => ModelEmitter.Unit(input.Left.Left, input.Left.Right, input.Right),
                (what, exception) => new KindUnit(input.Left.Left, EquatableArray<KindSchema>.Empty, EquatableArray<IdSlot>.Empty, input.Right, exception.Message)))
            .WithTrackingName(TrackingNames.Kinds);
        var shape = model.Combine(emitOptions)
            .Select((input, _) => ModelEmitter.Shape(input.Left, input.Right))
            .WithTrackingName(TrackingNames.Shape);
        context.RegisterSourceOutput(kinds, static (spc, unit) => EmitSources(spc, () => [ModelEmitter.EmitKind(unit)]));
        context.RegisterSourceOutput(shape, static (spc, found) => EmitSources(spc, () => ModelEmitter.EmitShared(found)));
        context.RegisterSourceOutput(diagnostics, static (spc, found) => Report(spc, found));
        context.RegisterSourceOutput(settings.Select((s, _) => s.Diagnostics), static (spc, found) => Report(spc, found));

        // The model uses UTF-8 string literals (C# 11): an older LangVersion gets FG0036, which says
        // what to change, before the compiler's own errors inside the generated files.
        var language = context.ParseOptionsProvider
            .Select((options, _) => options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : int.MaxValue)
            .Combine(dataFiles.Select((files, _) => !files.IsEmpty))
            .Select((input, _) => input.Right ? FactGenOptions.CheckLanguageVersion(input.Left) : EquatableArray<FactDiagnostic>.Empty)
            .WithTrackingName(TrackingNames.Language);
        context.RegisterSourceOutput(language, static (spc, found) => Report(spc, found));
    }

    private static void Report(SourceProductionContext context, EquatableArray<FactDiagnostic> found)
    {
        foreach (var diagnostic in found) context.ReportDiagnostic(DiagnosticReporter.ToRoslyn(diagnostic));
    }

    private static ParsedFile Read(AdditionalText text, ReadLimits limits, CancellationToken ct)
    {
        try
        {
            return ParsedFile.Read(text.Path, text.GetText(ct)?.ToString(), limits);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            var diagnostic = FactDiagnostic.Create(DiagnosticCatalog.InternalError, SourceSpan.StartOf(text.Path), "reading the file", exception.Message);
            return new ParsedFile(text.Path, ParsedFile.IsSchemaPath(text.Path), null, new EquatableArray<FactDiagnostic>([diagnostic]));
        }
    }

    private static void EmitSources(SourceProductionContext context, Func<System.Collections.Generic.IReadOnlyList<GeneratedSource>> emit)
    {
        try
        {
            foreach (var source in emit()) context.AddSource(source.HintName, source.Text);
        }
        catch (Exception exception)
        {
            var diagnostic = FactDiagnostic.Create(DiagnosticCatalog.InternalError, SourceSpan.StartOf(string.Empty), "emitting C#", exception.Message);
            context.ReportDiagnostic(DiagnosticReporter.ToRoslyn(diagnostic));
        }
    }

    private static T Guard<T>(string what, Func<T> work, Func<string, Exception, T> failure)
    {
        try
        {
            return work();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return failure(what, exception);
        }
    }

    private static SchemaModel SchemaFailure(string what, Exception exception) =>
        new(EquatableArray<KindSchema>.Empty, Failure(what, exception), IsValid: false);

    private static FileBinding FileFailure(string path, string what, Exception exception) =>
        new(path, EquatableArray<FileFact>.Empty, new EquatableArray<FactDiagnostic>([FactDiagnostic.Create(DiagnosticCatalog.InternalError, SourceSpan.StartOf(path), what, exception.Message)]));

    private static BindResult BindFailure(string what, Exception exception) => new(FactModel.Empty, Failure(what, exception));

    private static EquatableArray<FactDiagnostic> Failure(string what, Exception exception) =>
        new([FactDiagnostic.Create(DiagnosticCatalog.InternalError, SourceSpan.StartOf(string.Empty), what, exception.Message)]);
}
