using System;
using System.CommandLine;
using System.IO;
using System.Linq;
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
        root.Subcommands.Add(LspCommand.Create(error));
        root.Subcommands.Add(CiteCommand.Create(output, error));
        root.Subcommands.Add(ExportCommand.Create(output, error));

        if (UnknownOption(root, args) is { } unknown)
        {
            error.WriteLine($"factgen: {unknown}");
            error.WriteLine("Run 'factgen --help' for usage.");
            return UsageError;
        }
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

    /// <summary>
    /// A token that looks like an option but is none of the command's, named as it was typed. The
    /// parser alone would take <c>--formt</c> for the DIR argument and then complain about the
    /// tokens after it (issue 18), so unknown options are caught first. A lone <c>-</c> (standard
    /// output) and negative numbers are values, and everything after <c>--</c> is an argument.
    /// </summary>
    private static string? UnknownOption(RootCommand root, string[] args)
    {
        if (args.Length == 0) return null;
        Command command = root;
        var start = 0;
        if (root.Subcommands.FirstOrDefault(c => c.Name == args[0]) is { } sub)
        {
            command = sub;
            start = 1;
        }
        var known = command.Options.Concat(root.Options.Where(o => o.Recursive))
            .SelectMany(o => o.Aliases.Prepend(o.Name))
            .ToHashSet(StringComparer.Ordinal);
        for (var i = start; i < args.Length; i++)
        {
            var token = args[i];
            if (token == "--") return null;
            if (token.Length < 2 || token[0] != '-' || char.IsDigit(token[1])) continue;
            var name = token.Split('=', ':')[0];
            if (known.Contains(name)) continue;
            var where = command == root ? string.Empty : $" for '{command.Name}'";
            return $"unknown option '{name}'{where}{Core.Naming.DidYouMean(name, known.Where(k => k.StartsWith("--", StringComparison.Ordinal)))}";
        }
        return null;
    }
}
