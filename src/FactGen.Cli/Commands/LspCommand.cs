using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactGen.LanguageServer.Transport;
using FactGen.LanguageServer.Workspace;

namespace FactGen.Cli.Commands;

/// <summary>
/// <c>factgen lsp [--sources DIR]</c>: the language server for fact files, over stdin and stdout
/// (issue 28). It exits when the editor sends <c>exit</c> or closes stdin.
/// </summary>
internal static class LspCommand
{
    public static Command Create(TextWriter error)
    {
        var sources = new Option<string?>("--sources") { Description = "The directory of source articles (otherwise initializationOptions.sources, or the project whose facts folder it is)." };
        var debounce = new Option<int>("--debounce") { Description = "Milliseconds to wait after an edit before checking again.", DefaultValueFactory = _ => 20 };
        var command = new Command("lsp", "Run the language server for fact files over stdin and stdout (Language Server Protocol).") { sources, debounce };
        command.SetAction(result =>
        {
            var options = new ServerOptions(
                result.GetValue(sources) is { } dir ? Path.GetFullPath(dir) : null,
                (folder, roots) => ProjectLocator.Find(folder, roots),
                Math.Max(0, result.GetValue(debounce)));
            using var input = Console.OpenStandardInput();
            using var output = Console.OpenStandardOutput();
            JsonRpcHost.RunAsync(input, output, options).GetAwaiter().GetResult();
            return Program.Success;
        });
        return command;
    }
}
