using System;
using System.Collections.Generic;
using System.Threading;
using FactGen.Core.Binding;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;
using FactGen.Generator.Emit;
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
            () => ParsedFile.Read(text.Path, text.GetText(cancellation)?.ToString(), limits, cancellation),
            (what, exception) => new ParsedFile(text.Path, ParsedFile.IsSchemaPath(text.Path), null, Failure(text.Path, what, exception)));

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

    /// <summary>A unit that says why it failed: emitting it reports FG0034 instead of a file.</summary>
    public static KindUnit UnitFailure(KindToEmit input, Exception exception) =>
        new(input.Kind, EquatableArray<KindSchema>.Empty, EquatableArray<IdSlot>.Empty, input.Options, exception.Message);

    private static EquatableArray<FactDiagnostic> Failure(string path, string what, Exception exception) => new([Internal(path, what, exception)]);

    private static FactDiagnostic Internal(string path, string what, Exception exception) =>
        FactDiagnostic.Create(DiagnosticCatalog.InternalError, SourceSpan.StartOf(path), what, exception.Message);
}
