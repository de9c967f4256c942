using System.IO;
using FactGen.Cli;

namespace FactGen.Package.Tests.Infrastructure;

/// <summary>Runs the factgen command line in process, capturing what it writes.</summary>
public static class Factgen
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = Program.Run(args, output, error);
        return new Result(exitCode, output.ToString(), error.ToString());
    }
}
