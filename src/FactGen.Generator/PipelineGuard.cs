using System;
using System.Collections.Generic;
using System.Threading;
using FactGen.Core.Binding;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;
using FactGen.Generator.Emit;
using FactGen.Generator.Emit.Tables;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace FactGen.Generator;

/// <summary>
/// The generator never throws at Roslyn: a failure inside a stage becomes FG0034 (located where
/// it can be) and the stage's empty result, so the build says what failed instead of CS8785.
/// Cancellation is the one exception that passes: the IDE asked for it.
/// </summary>
internal static class PipelineGuard
{
    public static T Run<T>(string what, Func<T> work, Func<string, Exception, T> failure)
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

    public static ParsedFile Read(AdditionalText text, ReadLimits limits, CancellationToken cancellation) =>
        Run("reading the file",
            () => ParsedFile.Read(text.Path, FactTextOf(text, cancellation), limits, cancellation),
            (what, exception) => new ParsedFile(text.Path, ParsedFile.IsSchemaPath(text.Path), null, Failure(text.Path, what, exception)));

    /// <summary>The file's text as FactGen decodes its bytes in the CLI too (<see cref="FactText"/>), or null when the compiler has none.</summary>
    private static string? FactTextOf(AdditionalText text, CancellationToken cancellation) =>
        text.GetText(cancellation) is { } source ? FactText.FromCompiler(source.ToString(), source.Encoding) : null;

    public static void AddSources(SourceProductionContext context, Func<IReadOnlyList<GeneratedSource>> emit)
    {
        try
        {
            foreach (var source in emit()) context.AddSource(source.HintName, source.Text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            context.ReportDiagnostic(DiagnosticReporter.ToRoslyn(Internal(string.Empty, "emitting C#", exception)));
        }
    }

    public static void Report(SourceProductionContext context, EquatableArray<FactDiagnostic> found)
    {
        foreach (var diagnostic in found) context.ReportDiagnostic(DiagnosticReporter.ToRoslyn(diagnostic));
    }

    public static SchemaModel SchemaFailure(string what, Exception exception) =>
        new(EquatableArray<KindSchema>.Empty, Failure(string.Empty, what, exception), IsValid: false);

    public static FileBinding FileFailure(string path, string what, Exception exception) =>
        new(path, EquatableArray<FileFact>.Empty, Failure(path, what, exception), IsIncomplete: true);

    public static BindResult BindFailure(string what, Exception exception) => new(FactModel.Empty, Failure(string.Empty, what, exception));

    // Units that say why they failed: emitting one reports FG0034 instead of its file.
    public static IdTableUnit IdTableFailure(IdsToIndex input, Exception exception) =>
        new(input.Ids.Schema, IdTable.Empty, input.Schemas, input.Options, exception.Message);

    public static GroupsUnit GroupsFailure(KindToEmit input, Exception exception) =>
        new(input.Kind.Schema, EquatableArray<GroupTable>.Empty, input.Ids.Select(i => i.Schema).ToEquatableArray(), input.Options, exception.Message);

    public static EquatableArray<ChunkUnit> ChunkFailure(KindToEmit input, Exception exception) =>
        new([new ChunkUnit(input.Kind.Schema, 0, EquatableArray<BoundFact>.Empty, EquatableArray<IdSlot>.Empty, EquatableArray<KindSchema>.Empty, input.Options, input.Unions, exception.Message)]);

    private static EquatableArray<FactDiagnostic> Failure(string path, string what, Exception exception) => new([Internal(path, what, exception)]);

    private static FactDiagnostic Internal(string path, string what, Exception exception) =>
        FactDiagnostic.Create(DiagnosticCatalog.InternalError, SourceSpan.StartOf(path), what, exception.Message);
}
