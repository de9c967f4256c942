using System;
using System.CommandLine;
using System.IO;

namespace FactGen.Briefing;

/// <summary>
/// <c>dotnet run --project src/FactGen.Briefing [-- --topic taiwan | --person wang-yi]</c>.
/// Exit 0 on success, 2 for an unknown id or a usage error.
/// </summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var topic = new Option<string?>("--topic") { Description = "Focus on one topic: its id (topic-taiwan) or short form (taiwan)." };
        var person = new Option<string?>("--person") { Description = "Focus on one person, by id (wang-yi)." };
        var width = new Option<int>("--width") { Description = "Wrap lines at this many characters.", DefaultValueFactory = _ => 100 };
        var root = new RootCommand("A briefing on the US Secretary of State's 2024 visit to China, from the curated facts.") { topic, person, width };

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine(parseError.Message);
            return 2;
        }
        root.SetAction(result =>
        {
            var writer = new BriefingWriter(new TextBlock(output, Math.Max(40, result.GetValue(width))));
            var topicId = result.GetValue(topic);
            var personId = result.GetValue(person);
            if (topicId is not null) return writer.WriteTopic(topicId, error) ? 0 : 2;
            if (personId is not null) return writer.WritePerson(personId, error) ? 0 : 2;
            writer.WriteFull();
            return 0;
        });
        return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
