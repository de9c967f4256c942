using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;

namespace FactGen.Cli.Commands;

/// <summary>
/// <c>factgen validate --watch</c> (issue 28): validates, then again whenever a fact file or an
/// article changes on disk, printing only what changed: each problem that appeared (<c>new:</c>)
/// and each that went away (<c>fixed:</c>), then the count. A problem that only moved (a line added
/// above it) is the same problem, so it is not printed again.
/// </summary>
internal static class ValidateWatch
{
    public static int Run(string directory, string? sources, ReadLimits limits, TextWriter output, CancellationToken cancellation, int pollMilliseconds = 300)
    {
        output.WriteLine($"factgen: watching {CorpusReader.DisplayPath(directory)}{(sources is null ? string.Empty : " and " + CorpusReader.DisplayPath(sources))}; Ctrl+C stops");
        var known = new List<FactDiagnostic>();
        string? seen = null;
        while (!cancellation.IsCancellationRequested)
        {
            var state = Fingerprint(directory, sources);
            if (state != seen)
            {
                seen = state;
                List<FactDiagnostic> current;
                try
                {
                    current = CorpusReader.Read(directory, sources, limits).Bound.Diagnostics.ToList();
                }
                catch (IOException exception)
                {
                    // A file half written by an editor: the next poll reads it whole.
                    output.WriteLine($"factgen: {exception.Message}");
                    seen = null;
                    current = known;
                }
                Report(output, known, current);
                known = current;
            }
            cancellation.WaitHandle.WaitOne(pollMilliseconds);
        }
        return known.Any(d => d.Severity == FactDiagnosticSeverity.Error) ? Program.FactErrors : Program.Success;
    }

    /// <summary>Cancelled by Ctrl+C, which then ends the watch (and the command's exit code says how it ended) instead of killing the process.</summary>
    public static CancellationToken UntilCtrlC()
    {
        var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        return stop.Token;
    }

    /// <summary>Prints the problems that appeared and those that went away, compared by file, ID and message.</summary>
    private static void Report(TextWriter output, List<FactDiagnostic> before, List<FactDiagnostic> after)
    {
        var fixedOnes = Without(before, after);
        var newOnes = Without(after, before);
        if (fixedOnes.Count == 0 && newOnes.Count == 0 && before.Count > 0) return;
        foreach (var gone in fixedOnes) output.WriteLine("fixed: " + gone);
        foreach (var added in newOnes) output.WriteLine("new: " + added);
        var errors = after.Count(d => d.Severity == FactDiagnosticSeverity.Error);
        var warnings = after.Count(d => d.Severity == FactDiagnosticSeverity.Warning);
        output.WriteLine($"{DateTime.Now.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {Count(errors, "error")}, {Count(warnings, "warning")}");
        output.Flush();
    }

    private static string Count(int count, string what) => count.ToString(CultureInfo.InvariantCulture) + " " + what + (count == 1 ? string.Empty : "s");

    /// <summary>The diagnostics of <paramref name="these"/> not in <paramref name="those"/>, as multisets of (file, ID, message).</summary>
    private static List<FactDiagnostic> Without(List<FactDiagnostic> these, List<FactDiagnostic> those)
    {
        var remaining = those.GroupBy(Key).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var result = new List<FactDiagnostic>();
        foreach (var diagnostic in these)
        {
            var key = Key(diagnostic);
            if (remaining.TryGetValue(key, out var count) && count > 0) remaining[key] = count - 1;
            else result.Add(diagnostic);
        }
        return result;
    }

    private static string Key(FactDiagnostic diagnostic) => diagnostic.Span.Path + "\n" + diagnostic.Id + "\n" + diagnostic.Message;

    /// <summary>The fact files' and articles' names, sizes and times: a change in any is a reason to validate again.</summary>
    private static string Fingerprint(string directory, string? sources)
    {
        var builder = new StringBuilder();
        var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories).Where(ParsedFile.IsFactFile);
        if (sources is not null && Directory.Exists(sources)) files = files.Concat(Directory.EnumerateFiles(sources, "*.txt"));
        foreach (var path in files.OrderBy(p => p, StringComparer.Ordinal))
        {
            var info = new FileInfo(path);
            if (!info.Exists) continue;
            builder.Append(path).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks).Append('\n');
        }
        return builder.ToString();
    }
}
