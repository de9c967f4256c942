using System;
using System.Collections.Generic;
using System.IO;
using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Output;

/// <summary>For people: each problem with its YAML line and a caret under the column, then a count.</summary>
internal sealed class TextFormatter : DiagnosticFormatter
{
    private readonly Dictionary<string, string[]?> _lines = new(StringComparer.Ordinal);

    public override void Write(TextWriter writer, IReadOnlyList<FactDiagnostic> diagnostics, int fileCount)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine($"{FactDiagnostic.SeverityText(d.Severity)}[{d.Id}]: {d.Message}");
            var span = d.Span;
            writer.WriteLine($"  --> {span.Path}:{span.Line}:{span.Column}");
            var line = Line(span.Path, span.Line);
            if (line is not null)
            {
                var number = span.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var gutter = new string(' ', number.Length);
                var start = Math.Min(Math.Max(0, span.Column - 1), line.Length);
                var end = span.EndLine == span.Line ? Math.Min(Math.Max(start + 1, span.EndColumn - 1), Math.Max(line.Length, start + 1)) : Math.Max(line.Length, start + 1);
                writer.WriteLine($"{gutter} |");
                writer.WriteLine($"{number} | {line}");
                writer.WriteLine($"{gutter} | {Indent(line, start)}{new string('^', Math.Max(1, end - start))}");
            }
            writer.WriteLine($"  = help: {d.Descriptor.HelpLink}");
            writer.WriteLine();
        }
        writer.WriteLine(Summary(diagnostics, fileCount));
    }

    // Keep tabs as tabs so the caret lines up under the same column in any terminal.
    private static string Indent(string line, int count)
    {
        var chars = new char[count];
        for (var i = 0; i < count; i++) chars[i] = line[i] == '\t' ? '\t' : ' ';
        return new string(chars);
    }

    private string? Line(string path, int line)
    {
        if (!_lines.TryGetValue(path, out var lines))
        {
            try
            {
                lines = File.Exists(path) ? File.ReadAllText(path).Replace("\r\n", "\n").Split('\n') : null;
            }
            catch (IOException)
            {
                lines = null;
            }
            _lines[path] = lines;
        }
        return lines is not null && line >= 1 && line <= lines.Length ? lines[line - 1].TrimEnd('\r') : null;
    }
}
