using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Cli.Output;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Cli;

/// <summary>Reads a facts directory (recursively) and binds it with the same Core steps as the build.</summary>
internal static class CorpusReader
{
    public sealed record Result(BindResult Bound, int FileCount, SchemaModel Schema);

    public static Result Read(string directory, string? sourcesDirectory, ReadLimits limits)
    {
        var paths = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Where(ParsedFile.IsFactFile)
            .OrderBy(p => p, StringComparer.Ordinal)
            .ToList();
        var files = paths.Select(path => ReadFile(path, limits)).ToList();
        var sources = sourcesDirectory is null
            ? null
            : Directory.EnumerateFiles(sourcesDirectory, "*.txt")
                .OrderBy(p => p, StringComparer.Ordinal)
                .Select(p => SourceDocument.Parse(Path.GetFileName(p), FactText.Decode(File.ReadAllBytes(p)) ?? string.Empty))
                .ToList();
        var schema = Corpus.LoadSchema(files.Where(f => f.IsSchema));
        var bound = Corpus.Bind(schema, files.Where(f => !f.IsSchema).ToList(), sources, limits);
        return new Result(bound, files.Count, schema);
    }

    public static ParsedFile ReadFile(string path, ReadLimits limits)
    {
        var display = DisplayPath(path);
        var length = new FileInfo(path).Length;
        // The limit counts characters; UTF-8 needs at most 3 bytes for each UTF-16 character, so a
        // file this many bytes long cannot fit and is refused without being loaded. Others are
        // read and measured exactly by the reader.
        if (length > 3L * limits.MaxFileSize)
        {
            var diagnostic = FactDiagnostic.Create(DiagnosticCatalog.FileTooLarge, SourceSpan.StartOf(display), length, limits.MaxFileSize);
            return new ParsedFile(display, ParsedFile.IsSchemaPath(path), null, new([diagnostic]));
        }
        string? text;
        try
        {
            // Decoded as the compiler decodes the file in the build (FactText), so both report the same.
            text = FactText.Decode(File.ReadAllBytes(path));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            text = null;
        }
        return ParsedFile.Read(display, text, limits);
    }

    /// <summary>Paths under the current directory print relative, with '/', as editors and CI expect.</summary>
    public static string DisplayPath(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Environment.CurrentDirectory, full);
        var shown = relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative;
        return shown.Replace('\\', '/');
    }
}
