using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Output;

/// <summary>For people: each problem with its YAML line and a caret under the column, then a count.</summary>
internal sealed class TextFormatter : DiagnosticFormatter
{
    public override void Write(TextWriter writer, IReadOnlyList<FactDiagnostic> diagnostics, int fileCount)
    {
        var lines = SourceLines.Read(diagnostics.Select(d => d.Span));
        foreach (var d in diagnostics)
        {
            writer.WriteLine($"{FactDiagnostic.SeverityText(d.Severity)}[{d.Id}]: {OneLine(d.Message)}");
            var span = d.Span;
            writer.WriteLine($"  --> {OneLine(span.Path)}:{span.Line}:{span.Column}");
            var line = lines.Find(span.Path, span.Line);
            var start = Math.Max(0, span.Column - 1);
            if (line is not null && start <= line.Text.Length)
            {
                var number = span.Line.ToString(CultureInfo.InvariantCulture);
                var gutter = new string(' ', number.Length);
                var text = line.Text;
                var lineEnd = Math.Max(text.Length, start + 1);
                var end = span.EndLine == span.Line ? Math.Min(Math.Max(start + 1, span.EndColumn - 1), lineEnd) : lineEnd;
                writer.WriteLine($"{gutter} |");
                writer.WriteLine($"{number} | {text}{(line.IsCut ? "…" : string.Empty)}");
                writer.WriteLine($"{gutter} | {Indent(text, start)}{new string('^', Math.Max(1, end - start))}");
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
        for (var i = 0; i < count; i++) chars[i] = i < line.Length && line[i] == '\t' ? '\t' : ' ';
        return new string(chars);
    }

    /// <summary>A line of a fact file as shown under a diagnostic; <see cref="IsCut"/> when it was too long to show whole.</summary>
    private sealed record ShownLine(string Text, bool IsCut);

    /// <summary>
    /// The few lines a report quotes, read once per file. Only those lines are kept, each cut at
    /// <see cref="MaxShown"/> characters, and reading stops after the last one needed: a file the
    /// reader refused as too large (FG0024) must not be loaded whole just to print its first line.
    /// Lines break where YamlDotNet counts them (CR, LF, CRLF, NEL, LS, PS), so the line shown is
    /// the line the diagnostic's number names even in a file with old Mac or Unicode line ends.
    /// </summary>
    private sealed class SourceLines
    {
        private const int MaxShown = 400;

        private readonly Dictionary<string, Dictionary<int, ShownLine>> _files;

        private SourceLines(Dictionary<string, Dictionary<int, ShownLine>> files) => _files = files;

        public ShownLine? Find(string path, int line) =>
            _files.TryGetValue(path, out var lines) && lines.TryGetValue(line, out var shown) ? shown : null;

        public static SourceLines Read(IEnumerable<SourceSpan> spans)
        {
            var files = new Dictionary<string, Dictionary<int, ShownLine>>(StringComparer.Ordinal);
            foreach (var group in spans.GroupBy(s => s.Path, StringComparer.Ordinal))
            {
                var wanted = new HashSet<int>(group.Select(s => s.Line).Where(l => l >= 1));
                try
                {
                    files[group.Key] = File.Exists(group.Key) ? ReadLines(group.Key, wanted) : new();
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    files[group.Key] = new();
                }
            }
            return new SourceLines(files);
        }

        private static Dictionary<int, ShownLine> ReadLines(string path, HashSet<int> wanted)
        {
            var found = new Dictionary<int, ShownLine>();
            if (wanted.Count == 0) return found;
            var last = wanted.Max();
            using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            var buffer = new char[8192];
            var current = new StringBuilder();
            var line = 1;
            var cut = false;
            var afterCr = false;
            int read;
            while (line <= last && (read = reader.Read(buffer, 0, buffer.Length)) > 0)
            {
                for (var i = 0; i < read && line <= last; i++)
                {
                    var c = buffer[i];
                    if (afterCr && c == '\n')
                    {
                        afterCr = false;
                        continue; // the LF of a CRLF: the line already ended at the CR
                    }
                    afterCr = c == '\r';
                    if (FactGen.Core.Reading.LineBreaks.IsBreak(c))
                    {
                        EndLine();
                        continue;
                    }
                    if (!wanted.Contains(line)) continue;
                    if (current.Length == MaxShown)
                    {
                        cut = true;
                        if (line == last) return Done(); // nothing more is needed from this file
                        continue;
                    }
                    // Shown in a terminal: no escape sequences from the file; tabs stay for the caret.
                    current.Append(c != '\t' && IsControl(c) ? '\uFFFD' : c);
                }
            }
            return Done();

            void EndLine()
            {
                if (wanted.Contains(line)) found[line] = new ShownLine(current.ToString(), cut);
                current.Clear();
                cut = false;
                line++;
            }

            Dictionary<int, ShownLine> Done()
            {
                if (line <= last && wanted.Contains(line)) found[line] = new ShownLine(current.ToString(), cut);
                return found;
            }
        }
    }
}
