using System.IO;

namespace FactGen.Cli.Tests.Infrastructure;

/// <summary>
/// The report fixture grown for issues 25 and 27: two articles, a per-source field with a value per
/// article, aliases, an inferred field, a flow-style fact with an error, a file that does not parse
/// (FG0001) and a file with no facts whose kind is unknown (FG0004).
/// </summary>
internal sealed class ProvenanceReport : System.IDisposable
{
    private readonly TempFacts _temp;

    public ProvenanceReport()
    {
        _temp = Cli.Tests.ReportCommandTests.CopyOfFixture();
        var schema = _temp.PathOf("schema.yaml");
        File.WriteAllText(schema, File.ReadAllText(schema).Replace("      when: { type: string }", "      when: { type: string, perSource: true }"));
        File.AppendAllText(_temp.PathOf("sources.yaml"), "  - id: bulletin\n    file: 002_bulletin.txt\n    headline: Port bulletin\n");
        File.WriteAllText(_temp.PathOf("events.yaml"), """
            kind: Event
            facts:
              - id: reopening
                name: The harbour reopens
                when: { harbour: Monday, bulletin: Tuesday }
                people: [ada-brook]
                inferred: [people]
                note: The articles do not say who reopened it; the mayor announced it.
                citations:
                  - { source: harbour, paragraph: 1, quote: "The harbour reopened on Monday" }
                  - { source: harbour, paragraph: 2, quote: "We are open for business" }
                  - { source: harbour, paragraph: 2, quote: "cleared the channel" }
                  - { source: bulletin, paragraph: 1, quote: "The port opened on Tuesday" }
            """);
        var people = _temp.PathOf("people.yaml");
        File.WriteAllText(people, File.ReadAllText(people).Replace("    title: Mayor\n", "    title: Mayor\n    aliases: [Mayor Brook]\n")
            + "  - { id: flow-person, name: Flow Person, homepage: not-a-url, citations: [{ source: harbour, paragraph: 3, quote: The weather service }] }\n");
        _temp.Write("broken.yaml", "kind: Person\nfacts:\n  - id: half\n    name: [Half\n");
        _temp.Write("places.yaml", "kind: Place\nfacts: []\n");
        Sources = Path.Combine(_temp.Root, "sources");
        Directory.CreateDirectory(Sources);
        File.Copy(Path.Combine(ReportFixture.Sources, "001_harbour.txt"), Path.Combine(Sources, "001_harbour.txt"));
        File.WriteAllText(Path.Combine(Sources, "002_bulletin.txt"), "Port bulletin\n\nThe port opened on Tuesday.\n");
    }

    public string Facts => _temp.Path;

    public string Sources { get; }

    public string Root => _temp.Root;

    public void Dispose() => _temp.Dispose();
}
