using System;
using System.CommandLine;
using System.IO;
using FactGen.Cli.Commands;

namespace FactGen.Cli;

/// <summary>
/// <c>factgen</c>. Exit codes: 0 when the facts have no errors (warnings allowed), 1 when they
/// have errors, 2 for a usage or I/O problem. Never an unhandled exception.
/// </summary>
public static class Program
{
    public const int Success = 0;
    public const int FactErrors = 1;
    public const int UsageError = 2;

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("FactGen: YAML facts compiled into a typed C# model. This tool checks fact files for CI.");
        // Each command lives in Commands/ and is added here, one line each.
        root.Subcommands.Add(ValidateCommand.Create(output, error));
        root.Subcommands.Add(SchemaCommand.Create(output, error));
        root.Subcommands.Add(InitCommand.Create(output, error));
        root.Subcommands.Add(DocsCommand.Create(output, error));
        root.Subcommands.Add(ReportCommand.Create(output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"factgen: {parseError.Message}");
            error.WriteLine("Run 'factgen --help' for usage.");
            return UsageError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
        }
        catch (Exception exception)
        {
            error.WriteLine($"factgen: internal error: {exception.Message}");
            return UsageError;
        }
    }
}
