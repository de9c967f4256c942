using System;
using System.CommandLine;
using System.IO;
using FactGen.Briefing.Document;
using FactGen.Briefing.Rendering;

namespace FactGen.Briefing;

/// <summary>
/// <c>dotnet run --project src/FactGen.Briefing [-- --topic taiwan | --person wang-yi | --fact ID] [--format text|markdown|html]</c>.
/// Exit 0 on success, 2 for an unknown id or a usage error.
/// </summary>
public static class Program
{
    public static readonly string[] Formats = ["text", "markdown", "html"];

    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var topic = new Option<string?>("--topic") { Description = "Focus on one topic: its id (topic-taiwan) or short form (taiwan)." };
        var person = new Option<string?>("--person") { Description = "Focus on one person, by id (wang-yi)." };
        var fact = new Option<string?>("--fact") { Description = "Show one fact of any kind, by id (beijing), with its sources." };
        var format = new Option<string>("--format") { Description = "text (wrapped for a terminal), markdown or html.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong(Formats);
        var width = new Option<int>("--width") { Description = "Wrap text lines at this many characters.", DefaultValueFactory = _ => 100 };
        var root = new RootCommand("A briefing on the US Secretary of State's 2024 visit to China, from the curated facts, with its sources.") { topic, person, fact, format, width };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine(parseError.Message);
            return 2;
        }
        root.SetAction(result =>
        {
            var builder = new DocumentBuilder();
            var focus = new FocusWriter(builder);
            var document =
                result.GetValue(topic) is { } topicId ? focus.WriteTopic(topicId, error)
                : result.GetValue(person) is { } personId ? focus.WritePerson(personId, error)
                : result.GetValue(fact) is { } factId ? focus.WriteFact(factId, error)
                : new BriefingWriter(builder).WriteFull();
            if (document is null) return 2;
            switch (result.GetValue(format))
            {
                case "markdown": MarkdownRenderer.Write(document, output); break;
                case "html": HtmlRenderer.Write(document, output); break;
                default: TextRenderer.Write(document, output, Math.Max(40, result.GetValue(width))); break;
            }
            return 0;
        });
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
