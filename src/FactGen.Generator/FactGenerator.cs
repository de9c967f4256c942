using System;
using System.Linq;
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
/// records: one <see cref="ParsedFile"/> per YAML file, the <see cref="SchemaModel"/> apart, one
/// <see cref="FileBinding"/> per data file, the position-free <see cref="FactModel"/>, per kind a
/// <see cref="KindShape"/>, an <see cref="IdTableUnit"/>, a <see cref="GroupsUnit"/> and a
/// <see cref="ChunkUnit"/> per 256 facts, and the diagnostics as data until reported. Every stage is
/// given the cancellation token, so the IDE can stop a large bind or emit. Each stage below is a
/// method; each step that joins inputs builds its record from all of them at once (<see cref="Joins"/>).
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
        var parsed = ParseFactFiles(context, limits);
        var schema = LoadSchema(parsed);
        var sources = ReadArticles(context);
        var bound = BindCorpus(parsed, schema, sources, limits);

        // The model holds no positions: an edit that changes no fact leaves it Unchanged and
        // nothing is emitted again. Diagnostics, which do move with the text, flow separately.
        var model = bound.Select((result, _) => result.Model).WithTrackingName(TrackingNames.Model);
        var diagnostics = bound.Select((result, _) => result.Diagnostics).WithTrackingName(TrackingNames.Diagnostics);

        // The model uses UTF-8 string literals (C# 11): an older C# gets FG0036, which says the one
        // thing to change, and no generated code, which would only add the compiler's errors to it.
        var languageVersion = context.ParseOptionsProvider
            .Select((options, _) => options is CSharpParseOptions csharp ? (int)csharp.LanguageVersion : int.MaxValue);
        EmitModel(context, model, settings.Select((s, _) => s.Emit), languageVersion.Select((version, _) => FactGenOptions.CompilesModel(version)));

        context.RegisterSourceOutput(diagnostics, static (spc, found) => PipelineGuard.Report(spc, found));
        context.RegisterSourceOutput(settings.Select((s, _) => s.Diagnostics), static (spc, found) => PipelineGuard.Report(spc, found));
        CheckProject(context, settings, parsed, sources, schema, languageVersion);
    }

    /// <summary>
    /// One cached parse per YAML file: editing one file re-reads only that file. Only FactGen's own
    /// YAML: files FactGen.props took from the facts folder, or that the project marked, carry
    /// FactGenFact="true"; another tool's YAML among the AdditionalFiles (a workflow, an OpenAPI
    /// file) is left alone (issue 18).
    /// </summary>
    private static IncrementalValuesProvider<ParsedFile> ParseFactFiles(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<ReadLimits> limits) =>
        context.AdditionalTextsProvider
            .Where(text => ParsedFile.IsFactFile(text.Path))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => ItemMetadata.IsMarked(pair.Right.GetOptions(pair.Left), ItemMetadata.Fact))
            .Select((pair, _) => pair.Left)
            .Combine(limits)
            .Select((input, ct) => PipelineGuard.Read(input.Left, input.Right, ct))
            .WithTrackingName(TrackingNames.Parse);

    private static IncrementalValueProvider<SchemaModel> LoadSchema(IncrementalValuesProvider<ParsedFile> parsed) =>
        parsed
            .Where(file => file.IsSchema)
            .Collect()
            .Select((files, _) => PipelineGuard.Run("loading the schema", () => Corpus.LoadSchema(files), PipelineGuard.SchemaFailure))
            .WithTrackingName(TrackingNames.Schema);

    /// <summary>
    /// The articles, when the project gives them (AdditionalFiles with FactGenSource="true"), let
    /// the build check every quote as <c>factgen validate --sources</c> does.
    /// </summary>
    private static IncrementalValueProvider<EquatableArray<SourceDocument>> ReadArticles(IncrementalGeneratorInitializationContext context) =>
        context.AdditionalTextsProvider
            .Where(text => text.Path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase))
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Where(pair => ItemMetadata.IsMarked(pair.Right.GetOptions(pair.Left), ItemMetadata.Source))
            .Select((pair, ct) => SourceDocument.Parse(SourceDocument.FileNameOf(pair.Left.Path), (pair.Left.GetText(ct) is { } text ? FactText.FromCompiler(text.ToString(), text.Encoding) : null) ?? string.Empty))
            .Collect()
            .Select((documents, _) => documents.OrderBy(d => d.FileName, StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.Sources);

    /// <summary>
    /// One cached binding per data file, against the schema: an edit re-binds only its file, and the
    /// corpus step only joins them (ids, references, citations across files).
    /// </summary>
    private static IncrementalValueProvider<BindResult> BindCorpus(IncrementalValuesProvider<ParsedFile> parsed, IncrementalValueProvider<SchemaModel> schema,
        IncrementalValueProvider<EquatableArray<SourceDocument>> sources, IncrementalValueProvider<ReadLimits> limits)
    {
        var dataFiles = parsed
            .Where(file => !file.IsSchema)
            .Join(schema, (file, model) => new FileToBind(file, model))
            .Select((input, ct) => PipelineGuard.Run("binding the facts", () => Corpus.BindFile(input.Schema, input.File, ct), (what, e) => PipelineGuard.FileFailure(input.File.Path, what, e)))
            .WithTrackingName(TrackingNames.BindFile)
            .Collect()
            .Select((files, _) => files.OrderBy(f => f.Path.Replace('\\', '/'), StringComparer.Ordinal).ToEquatableArray())
            .WithTrackingName(TrackingNames.DataFiles);
        return dataFiles
            .Join(schema, sources, limits, (files, model, articles, readLimits) => new CorpusToJoin(files, model, articles, readLimits))
            .Select((input, ct) => PipelineGuard.Run("binding the facts", () => Corpus.Join(input.Schema, input.Files, input.Sources, input.Limits, ct), PipelineGuard.BindFailure))
            .WithTrackingName(TrackingNames.Bind);
    }

    /// <summary>
    /// Units the emitter caches apart, so an edit re-emits little (issue 17). Each kind's own file
    /// follows its schema and fact count (Kinds); its id table its ids alone (IdTables: the perfect
    /// hash is worked out again only when ids change); its group tables its facts and every kind's
    /// ids (Groups); its facts come in chunks of 256 (Chunks), each compared with the last run's, so
    /// a one-fact edit re-emits one chunk however many facts the kind has.
    /// </summary>
    private static void EmitModel(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<FactModel> model,
        IncrementalValueProvider<EmitOptions> options, IncrementalValueProvider<bool> canEmit)
    {
        var shape = model.Join(options, ModelEmitter.Shape).WithTrackingName(TrackingNames.Shape);
        var schemas = shape.Select((s, _) => s.Schemas);
        var unions = model.Select((m, _) => m.Unions);
        var kindShapes = shape.SelectMany((s, _) => ModelEmitter.KindShapes(s)).WithTrackingName(TrackingNames.Kinds);
        var boundKinds = model.SelectMany((m, _) => m.Kinds).WithTrackingName(TrackingNames.BoundKinds);
        var eachKindIds = boundKinds.Select((kind, _) => ModelEmitter.IdsOf(kind));
        var kindIds = eachKindIds.Collect().Select((ids, _) => ids.ToEquatableArray()).WithTrackingName(TrackingNames.KindIds);
        var idTables = eachKindIds
            .Join(schemas, options, (ids, all, emit) => new IdsToIndex(ids, all, emit))
            .Select((input, ct) => PipelineGuard.Run("emitting C#", () => ModelEmitter.IdTableOf(input.Ids, input.Schemas, input.Options, ct), (_, e) => PipelineGuard.IdTableFailure(input, e)))
            .WithTrackingName(TrackingNames.IdTables);
        var kindsToEmit = boundKinds.Join(kindIds, options, unions, (kind, ids, emit, all) => new KindToEmit(kind, ids, emit, all));
        var groups = kindsToEmit
            .Select((input, ct) => PipelineGuard.Run("emitting C#", () => ModelEmitter.GroupsOf(input.Kind, input.Ids, input.Options, input.Unions, ct), (_, e) => PipelineGuard.GroupsFailure(input, e)))
            .WithTrackingName(TrackingNames.Groups);
        var chunks = kindsToEmit
            .SelectMany((input, ct) => PipelineGuard.Run("emitting C#", () => ModelEmitter.Chunks(input.Kind, input.Ids, input.Options, input.Unions, ct), (_, e) => PipelineGuard.ChunkFailure(input, e)))
            .WithTrackingName(TrackingNames.Chunks);

        context.RegisterSourceOutput(kindShapes.OnlyWhen(canEmit), static (spc, unit) => PipelineGuard.AddSources(spc, () => [ModelEmitter.EmitKind(unit, spc.CancellationToken)]));
        context.RegisterSourceOutput(idTables.OnlyWhen(canEmit), static (spc, unit) => PipelineGuard.AddSources(spc, () => [ModelEmitter.EmitIds(unit)]));
        context.RegisterSourceOutput(groups.OnlyWhen(canEmit), static (spc, unit) => PipelineGuard.AddSources(spc, () => ModelEmitter.EmitGroups(unit, spc.CancellationToken)));
        context.RegisterSourceOutput(chunks.OnlyWhen(canEmit), static (spc, unit) => PipelineGuard.AddSources(spc, () => [ModelEmitter.EmitChunk(unit, spc.CancellationToken)]));
        context.RegisterSourceOutput(shape.Combine(canEmit),
            static (spc, pair) => { if (pair.Right) PipelineGuard.AddSources(spc, () => ModelEmitter.EmitShared(pair.Left, spc.CancellationToken)); });
    }

    /// <summary>
    /// Settings that would fail in silence: a C# too old for the model (FG0036), a sources folder
    /// that gives no article (FG0050), no fact files at all (FG0051), a namespace part named like a
    /// generated type (FG0052).
    /// </summary>
    private static void CheckProject(IncrementalGeneratorInitializationContext context, IncrementalValueProvider<GeneratorSettings> settings,
        IncrementalValuesProvider<ParsedFile> parsed, IncrementalValueProvider<EquatableArray<SourceDocument>> sources,
        IncrementalValueProvider<SchemaModel> schema, IncrementalValueProvider<int> languageVersion)
    {
        var factFiles = parsed.Collect().Select((files, _) => files.Length);
        var language = languageVersion
            .Join(settings.Select((s, _) => s.Framework), factFiles, (version, framework, files) => new LanguageCheck(version, framework, HasFactFiles: files > 0))
            .Select((check, _) => check.HasFactFiles ? FactGenOptions.CheckLanguageVersion(check.LanguageVersion, check.Framework) : EquatableArray<FactDiagnostic>.Empty)
            .WithTrackingName(TrackingNames.Language);
        var inputs = factFiles
            .Join(sources.Select((documents, _) => documents.Count), settings.Select((s, _) => s.Folders), (files, articles, folders) => new InputCounts(files, articles, folders))
            .Select((counts, _) => ProjectInputCheck.CheckInputs(counts.FactFiles, counts.Articles, counts.Folders?.Facts, counts.Folders?.Sources))
            .WithTrackingName(TrackingNames.Inputs);
        var namespaceCheck = schema
            .Join(settings.Select((s, _) => s.Emit.Namespace), (model, name) => ProjectInputCheck.CheckNamespace(name, model))
            .WithTrackingName(TrackingNames.Namespace);
        context.RegisterSourceOutput(language, static (spc, found) => PipelineGuard.Report(spc, found));
        context.RegisterSourceOutput(inputs, static (spc, found) => PipelineGuard.Report(spc, found));
        context.RegisterSourceOutput(namespaceCheck, static (spc, found) => PipelineGuard.Report(spc, found));
    }
}
