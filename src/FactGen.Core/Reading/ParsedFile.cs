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
public sealed record ParsedFile(string Path, bool IsSchema, YamlNode? Root, EquatableArray<FactDiagnostic> Diagnostics)
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
        return new ParsedFile(path, IsSchemaPath(path), result.Root, result.Diagnostics);
    }
}
