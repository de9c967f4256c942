using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Threading;
using FactGen.Benchmarks.Reporting;

namespace FactGen.Benchmarks.Processes;

/// <summary>
/// Starts a process (dotnet, usually) in a clean environment and times it from Process.Start to
/// exit: process start-up included, as a user or CI sees it.
/// </summary>
public static class ProcessRunner
{
    public sealed record Result(int ExitCode, string Output, double Milliseconds);

    public static Result Run(string workingDirectory, string fileName, params string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // `dotnet run` passes MSBuild variables on; a nested build must not inherit them.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase)).ToList()) start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit((int)TimeSpan.FromMinutes(15).TotalMilliseconds))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish in 15 minutes");
        }
        process.WaitForExit();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        return new Result(process.ExitCode, stdout.Result + stderr.Result, elapsed);
    }

    /// <summary>Runs and throws with the output when the exit code is not the expected one.</summary>
    public static Result Checked(string workingDirectory, string fileName, params string[] args) => Expect(Run(workingDirectory, fileName, args), 0, fileName, args);

    public static Result Expect(Result result, int exitCode, string fileName, string[] args)
    {
        if (result.ExitCode != exitCode)
        {
            var tail = result.Output.Length > 4000 ? result.Output[^4000..] : result.Output;
            throw new InvalidOperationException($"{fileName} {string.Join(' ', args)} exited {result.ExitCode}, expected {exitCode}:\n{tail}");
        }
        return result;
    }

    /// <summary>
    /// dotnet build, retried when another build holds the same files (the machine is shared: "being
    /// used by another process", a locked obj folder): wait 20 s and try again, three times.
    /// </summary>
    public static Result Build(string workingDirectory, params string[] args)
    {
        for (var attempt = 1; ; attempt++)
        {
            var result = Run(workingDirectory, "dotnet", args);
            if (result.ExitCode == 0 || attempt == 4 || !LooksLocked(result.Output)) return Expect(result, 0, "dotnet", args);
            Console.WriteLine($"  build collided with another build (attempt {attempt}); waiting 20 s");
            Thread.Sleep(TimeSpan.FromSeconds(20));
        }
    }

    private static bool LooksLocked(string output) =>
        output.Contains("being used by another process", StringComparison.OrdinalIgnoreCase)
        || output.Contains("MSB3026", StringComparison.Ordinal) || output.Contains("MSB3027", StringComparison.Ordinal)
        || output.Contains("MSB3021", StringComparison.Ordinal) || output.Contains("CS2012", StringComparison.Ordinal)
        || output.Contains("NETSDK1004", StringComparison.Ordinal) || output.Contains("lock", StringComparison.OrdinalIgnoreCase);

    /// <summary>Times <paramref name="iterations"/> runs after <paramref name="warmups"/> untimed ones.</summary>
    public static (Stats Stats, List<Result> Runs) Time(int warmups, int iterations, Func<int, Result> run)
    {
        for (var i = 0; i < warmups; i++) run(-1 - i);
        var runs = new List<Result>();
        for (var i = 0; i < iterations; i++) runs.Add(run(i));
        return (Stats.Of(runs.Select(r => r.Milliseconds).ToList()), runs);
    }

    public static string Dotnet => "dotnet";

    public static string EnsureDirectory(string path)
    {
        Directory.CreateDirectory(path);
        return path;
    }
}
