using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using FactGen.Cli.Output;
using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Commands;

/// <summary>
/// <c>factgen explain FG0040</c>: the diagnostic's page, printed from the tool itself as
/// <c>rustc --explain</c> does (issue 27), so it reads the same offline, behind a firewall or when
/// the help link's site is down. The pages are compiled into the tool (docs/diagnostics/FG*.md).
/// </summary>
internal static class ExplainCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var id = new Argument<string>("id") { Description = "The diagnostic's ID, as the build or validate prints it (FG0040; fg40 works too)." };
        var command = new Command("explain", "Print a diagnostic's page: when it is reported, an example, and how to fix it.") { id };
        command.SetAction(result =>
        {
            var typed = result.GetValue(id)!;
            var descriptor = Find(typed);
            if (descriptor is null)
            {
                var ids = DiagnosticCatalog.All.Select(d => d.Id);
                error.WriteLine($"factgen: there is no diagnostic '{typed}'{Core.Naming.DidYouMean(typed.ToUpperInvariant(), ids)}");
                error.WriteLine("The diagnostics are listed at " + HelpLinks.Index);
                return Program.UsageError;
            }
            var page = DiagnosticPages.FullText(descriptor);
            if (page is null)
            {
                error.WriteLine($"factgen: this build of the tool has no page for {descriptor.Id}; see {HelpLinks.Of(descriptor)}");
                return Program.UsageError;
            }
            output.Write(page);
            if (!page.EndsWith("\n", StringComparison.Ordinal)) output.WriteLine();
            output.WriteLine();
            output.WriteLine("Online: " + HelpLinks.Of(descriptor));
            return Program.Success;
        });
        return command;
    }

    /// <summary>The descriptor for <c>FG0040</c>, <c>fg0040</c> or <c>FG40</c>; null when there is none.</summary>
    public static DiagnosticDescriptor? Find(string typed)
    {
        var text = typed.Trim().ToUpperInvariant();
        if (text.StartsWith("FG", StringComparison.Ordinal)) text = text.Substring(2);
        if (text.Length == 0 || text.Length > 4 || !text.All(char.IsAsciiDigit)) return null;
        var canonical = "FG" + text.PadLeft(4, '0');
        return DiagnosticCatalog.All.FirstOrDefault(d => d.Id == canonical);
    }
}
