using System;
using System.IO;
using System.Linq;
using FactGen.Cli;

namespace FactGen.Cli.Tests.Infrastructure;

/// <summary>Runs <c>factgen</c> in process through <see cref="Program.Run"/>, capturing both streams.</summary>
internal static class Factgen
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string[] OutputLines => Lines(Output);

        public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
    }

    public static Result Run(params string[] args)
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        var code = Program.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }

    public static string[] Lines(string text) =>
        text.Replace("\r\n", "\n").Split('\n').Reverse().SkipWhile(l => l.Length == 0).Reverse().ToArray();
}
