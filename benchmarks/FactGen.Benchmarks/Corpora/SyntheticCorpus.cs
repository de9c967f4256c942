using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace FactGen.Benchmarks.Corpora;

/// <summary>
/// A synthetic corpus in the shipped schema (facts/schema.yaml, read from the repository at run
/// time): every kind, with references (people to countries and organizations, events to
/// participants, places and topics, statements to speakers...), citations and lists, split over
/// a fixed number of files (100 by default). Deterministic: the same size and shape give the same text.
/// </summary>
public sealed class SyntheticCorpus
{
    public const int DefaultFileCount = 100;

    /// <summary>Share of the facts per kind, in the schema's order; Claim takes what is left.</summary>
    private static readonly (string Kind, string Plural, double Share)[] Mixed =
    [
        ("Source", "sources", 0.01),
        ("Country", "countries", 0.02),
        ("Organization", "organizations", 0.06),
        ("Person", "people", 0.20),
        ("Place", "places", 0.06),
        ("Topic", "topics", 0.06),
        ("Event", "events", 0.15),
        ("Position", "positions", 0.10),
        ("Statement", "statements", 0.24),
        ("Claim", "claims", 0.10),
    ];

    /// <summary>
    /// 97 % people, the other kinds a few facts each (Claim about 0.2 %): the shape where one kind
    /// holds almost all facts, so a unit of emission as large as a kind is almost the whole output
    /// (issue 17: a one-fact edit must stay cheap on every shape).
    /// </summary>
    private static readonly (string Kind, string Plural, double Share)[] OneKind =
    [
        ("Source", "sources", 0.002),
        ("Country", "countries", 0.003),
        ("Organization", "organizations", 0.005),
        ("Person", "people", 0.97),
        ("Place", "places", 0.003),
        ("Topic", "topics", 0.003),
        ("Event", "events", 0.005),
        ("Position", "positions", 0.003),
        ("Statement", "statements", 0.004),
        ("Claim", "claims", 0.002),
    ];

    private readonly (string Kind, string Plural, double Share)[] _kinds;

    private static readonly string[] OrganizationCategories = ["government", "ministry", "military", "party", "international", "other"];
    private static readonly string[] PlaceCategories = ["city", "region", "waterway", "strait", "other"];
    private static readonly string[] TopicCategories = ["dispute", "cooperation", "mixed"];
    private static readonly string[] EventCategories = ["visit", "call", "meeting", "summit", "war", "attack", "announcement", "agreement", "exercise", "other"];
    private static readonly string[] EventStatuses = ["past", "ongoing", "planned"];

    private readonly Dictionary<string, int> _counts;
    private readonly Random _random = new(6);

    private SyntheticCorpus(int factCount, int fileCount, CorpusShape shape)
    {
        FactCount = factCount;
        Shape = shape;
        _kinds = shape == CorpusShape.OneKind ? OneKind : Mixed;
        _counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var assigned = 0;
        foreach (var (kind, _, share) in _kinds)
        {
            var count = kind == "Claim" ? factCount - assigned : Math.Max(2, (int)Math.Round(factCount * share));
            _counts[kind] = count;
            assigned += count;
        }
        SchemaText = File.ReadAllText(Repository.SchemaPath);
        Files = Split(fileCount).ToList();
    }

    public int FactCount { get; }

    public CorpusShape Shape { get; }

    /// <summary>The shipped schema.yaml, as read from the repository.</summary>
    public string SchemaText { get; }

    /// <summary>The data files (relative name, text): <see cref="DefaultFileCount"/> of them; the schema is apart.</summary>
    public IReadOnlyList<(string Name, string Text)> Files { get; }

    public int CountOf(string kind) => _counts[kind];

    /// <summary>The id of the n-th fact (0-based) of a kind: <c>person-000042</c>.</summary>
    public static string Id(string kind, int n) => kind.ToLowerInvariant() + "-" + n.ToString("D6", CultureInfo.InvariantCulture);

    public static SyntheticCorpus Create(int factCount, int fileCount = DefaultFileCount, CorpusShape shape = CorpusShape.Mixed) => new(factCount, fileCount, shape);

    /// <summary>Writes schema.yaml and the data files into <paramref name="directory"/> (emptied first).</summary>
    public string WriteTo(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
        Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Combine(directory, "schema.yaml"), SchemaText);
        foreach (var (name, text) in Files) File.WriteAllText(Path.Combine(directory, name), text);
        return directory;
    }

    /// <summary>The file that holds a fact of this kind, and the text with one fact's name changed (a real edit).</summary>
    public (string Name, string Edited) EditOneFact(string kind, int n, string suffix)
    {
        var id = Id(kind, n);
        var file = Files.First(f => f.Text.Contains("  - id: " + id + "\n", StringComparison.Ordinal));
        var marker = $"name: {kind} {n:D6}\n";
        if (!file.Text.Contains(marker, StringComparison.Ordinal)) throw new InvalidOperationException($"{id} has no name to edit");
        return (file.Name, file.Text.Replace(marker, $"name: {kind} {n:D6}{suffix}\n", StringComparison.Ordinal));
    }

    private IEnumerable<(string Name, string Text)> Split(int fileCount)
    {
        // Files per kind in proportion to its facts, at least one each, fileCount in all.
        var perKind = _kinds.ToDictionary(k => k.Kind, k => Math.Max(1, (int)Math.Round(fileCount * (double)_counts[k.Kind] / FactCount)));
        while (perKind.Values.Sum() != fileCount)
        {
            var largest = perKind.OrderByDescending(p => p.Value).First().Key;
            perKind[largest] += perKind.Values.Sum() < fileCount ? 1 : -1;
        }
        foreach (var (kind, plural, _) in _kinds)
        {
            var count = _counts[kind];
            var files = perKind[kind];
            for (var f = 0; f < files; f++)
            {
                var start = (int)((long)count * f / files);
                var end = (int)((long)count * (f + 1) / files);
                var text = new StringBuilder(capacity: (end - start) * 420 + 32);
                text.Append("kind: ").Append(kind).Append("\nfacts:\n");
                for (var n = start; n < end; n++) WriteFact(text, kind, n);
                yield return ($"{plural}-{f:D3}.yaml", text.ToString());
            }
        }
    }

    private string Ref(string kind) => Id(kind, _random.Next(_counts[kind]));

    private string RefList(string kind, int count) =>
        "[" + string.Join(", ", Enumerable.Range(0, Math.Min(count, _counts[kind])).Select(_ => _random.Next(_counts[kind])).Distinct().Select(n => Id(kind, n))) + "]";

    private void WriteFact(StringBuilder w, string kind, int n)
    {
        var number = n.ToString("D6", CultureInfo.InvariantCulture);
        w.Append("  - id: ").Append(Id(kind, n)).Append('\n');
        void Field(string name, string value) => w.Append("    ").Append(name).Append(": ").Append(value).Append('\n');
        switch (kind)
        {
            case "Source":
                Field("file", $"source-{number}.txt");
                Field("headline", $"Synthetic article {number} on the visit and the talks that follow it");
                Field("dateline", "WASHINGTON");
                break;
            case "Country":
                Field("name", $"Country {number}");
                Field("category", n % 7 == 6 ? "territory" : "state");
                Field("capital", $"Capital {number}");
                Field("aliases", $"[Alias {number}, Government of {number}]");
                break;
            case "Organization":
                Field("name", $"Organization {number}");
                Field("category", OrganizationCategories[n % OrganizationCategories.Length]);
                Field("country", Ref("Country"));
                break;
            case "Person":
                Field("name", $"Person {number}");
                Field("title", n % 3 == 0 ? "Foreign Minister" : "Senior Official");
                Field("organization", Ref("Organization"));
                Field("country", Ref("Country"));
                break;
            case "Place":
                Field("name", $"Place {number}");
                Field("category", PlaceCategories[n % PlaceCategories.Length]);
                Field("country", Ref("Country"));
                break;
            case "Topic":
                Field("name", $"Topic {number}");
                Field("category", TopicCategories[n % TopicCategories.Length]);
                Field("summary", $"Synthetic subject {number}, what the parties dispute, where they cooperate and what the articles say of it.");
                Field("countries", RefList("Country", 2));
                Field("onAgenda", n % 2 == 0 ? "true" : "false");
                break;
            case "Event":
                Field("name", $"Event {number}");
                Field("category", EventCategories[n % EventCategories.Length]);
                Field("summary", $"Synthetic event {number}, officials meet for talks on a range of bilateral, regional and global issues.");
                Field("when", "next week");
                Field("status", EventStatuses[n % EventStatuses.Length]);
                w.Append("    participants:\n");
                foreach (var person in RefList("Person", 3).Trim('[', ']').Split(", ")) w.Append("      - ").Append(person).Append('\n');
                Field("countries", RefList("Country", 2));
                Field("places", RefList("Place", 2));
                Field("topics", RefList("Topic", 2));
                if (n > 0) Field("follows", $"[{Id("Event", _random.Next(n))}]");
                break;
            case "Position":
                Field("topic", Ref("Topic"));
                Field("holder", Ref("Country"));
                Field("stance", $"Synthetic stance {number}, the party holds that the matter must be settled through talks.");
                Field("voicedBy", Ref("Person"));
                break;
            case "Statement":
                Field("speaker", Ref("Person"));
                Field("organization", Ref("Organization"));
                Field("form", n % 2 == 0 ? "quote" : "paraphrase");
                w.Append("    wordings:\n");
                w.Append("      - \"We will keep talking, because the relationship matters to the world (").Append(number).Append(")\"\n");
                w.Append("      - \"The relationship matters to the world, so we will keep talking (").Append(number).Append(")\"\n");
                Field("when", "Friday");
                Field("audience", "reporters");
                Field("topics", RefList("Topic", 2));
                break;
            case "Claim":
                Field("claimant", Ref("Country"));
                Field("stance", n % 2 == 0 ? "asserts" : "denies");
                Field("assertion", $"Synthetic claim {number}, the other side is to blame for the tension.");
                Field("topic", Ref("Topic"));
                break;
        }
        if (n % 20 == 7)
        {
            Field("basis", "inferred");
            Field("note", $"Inferred by the curator from the context of fact {number}.");
        }
        if (kind == "Source") return;
        w.Append("    citations:\n");
        for (var c = 0; c < 1 + n % 2; c++)
        {
            var paragraph = 1 + (n + c) % 14;
            w.Append("      - source: ").Append(Ref("Source")).Append('\n');
            w.Append("        paragraph: ").Append(paragraph.ToString(CultureInfo.InvariantCulture)).Append('\n');
            w.Append("        quote: \"Synthetic quote ").Append(number).Append(" from paragraph ").Append(paragraph.ToString(CultureInfo.InvariantCulture)).Append(" of the article\"\n");
        }
    }
}

/// <summary>How a synthetic corpus shares its facts among the kinds.</summary>
public enum CorpusShape
{
    /// <summary>Every kind in proportion to the shipped corpus: 20 % people, 24 % statements...</summary>
    Mixed,

    /// <summary>97 % of the facts are people (Person); the other nine kinds share the rest.</summary>
    OneKind,
}

public static class CorpusShapes
{
    /// <summary>The name on the command line and in the report: <c>mixed</c>, <c>one-kind</c>.</summary>
    public static string Name(this CorpusShape shape) => shape == CorpusShape.OneKind ? "one-kind" : "mixed";

    public static string Describe(this CorpusShape shape) => shape == CorpusShape.OneKind ? "97 % Person" : "mixed kinds";

    public static CorpusShape Parse(string name) => name.Trim().ToLowerInvariant() switch
    {
        "mixed" => CorpusShape.Mixed,
        "one-kind" or "onekind" or "person" => CorpusShape.OneKind,
        _ => throw new ArgumentException($"unknown corpus shape '{name}': mixed or one-kind"),
    };
}
