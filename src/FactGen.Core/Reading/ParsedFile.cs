using System;
using System.IO;
using System.Threading;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Schema;

namespace FactGen.Core.Reading;

/// <summary>
/// One YAML file, read: the unit the generator caches. Editing one file re-reads only that file.
/// </summary>
/// <param name="Recovered">What a file that is not valid YAML still tells (its facts before the error,
/// its kind, ids and cited sources); null when it was read whole, or not read at all.</param>
public sealed record ParsedFile(string Path, bool IsSchema, YamlNode? Root, EquatableArray<FactDiagnostic> Diagnostics, RecoveredFile? Recovered = null)
{
    public static bool IsFactFile(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static bool IsSchemaPath(string path) =>
        string.Equals(System.IO.Path.GetFileName(path), SchemaLoader.FileName, StringComparison.OrdinalIgnoreCase);

    public static ParsedFile Read(string path, string? text, ReadLimits limits, CancellationToken cancellation = default)
    {
        if (text is null)
        {
            var diagnostic = FactDiagnostic.Create(DiagnosticCatalog.UnreadableFile, SourceSpan.StartOf(path));
            return new ParsedFile(path, IsSchemaPath(path), null, new EquatableArray<FactDiagnostic>([diagnostic]));
        }
        var result = YamlReader.Read(path, text, limits, cancellation);
        var recovered = result.Root is null && text.Length <= limits.MaxFileSize && FirstError(result.Diagnostics) is { } error
            ? RecoveredFile.Recover(path, text, error.Span.Line, limits, cancellation)
            : null;
        return new ParsedFile(path, IsSchemaPath(path), result.Root, result.Diagnostics, recovered);
    }

    private static FactDiagnostic? FirstError(EquatableArray<FactDiagnostic> diagnostics)
    {
        foreach (var diagnostic in diagnostics)
        {
            if (diagnostic.Severity == FactDiagnosticSeverity.Error) return diagnostic;
        }
        return null;
    }
}
