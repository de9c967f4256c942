using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text;
using System.Xml.Linq;
using FactGen.Hardening.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace FactGen.Hardening.Tests.Properties;

/// <summary>
/// One corpus of hostile strings, written as fact files, run through the generator, compiled,
/// loaded and read back by reflection. Every string is a fact's name, text, body, two tags, its
/// note and its citation's quote; the descriptions of the schema get the rest. Throws, with what
/// went wrong, unless the code compiles with no diagnostic and every value comes back exactly.
/// </summary>
public static class RoundTrip
{
    private static readonly string[] ExpectedTypes =
    [
        "Citation", "DatePrecision", "FactBasis", "FactCatalog", "FactData", "FactDate", "FactJsonContext", "IFact", "Item", "ItemIds", "Items", "SourcedValue", "Sourced`1", "Src", "SrcIds", "Srcs",
    ];

    public static (string Schema, string Items, string Sources) Files(HostileText.Corpus corpus)
    {
        var style = new Random(corpus.Style);
        string Y(string value) => HostileText.Yaml(value, style);
        var d = corpus.Descriptions;
        var schema = $$"""
            kinds:
              Src:
                plural: Srcs
                source: true
                description: {{Y(d[0])}}
                fields:
                  file: { type: string, required: true, description: {{Y(d[1])}} }
                  title: { type: string, description: {{Y(d[2])}} }
              Item:
                plural: Items
                description: {{Y(d[3])}}
                fields:
                  name: { type: string, description: {{Y(d[4])}} }
                  text: { type: string, required: true, description: {{Y(d[5])}} }
                  body: { type: text, description: {{Y(d[6])}} }
                  tags: { type: string, list: true, description: {{Y(d[7])}} }
            """;
        var sources = new StringBuilder("kind: Src\nfacts:\n");
        sources.Append("  - id: src\n    file: ").Append(Y(corpus.Values[0])).Append("\n    title: ").Append(Y(corpus.Values[^1])).Append('\n');
        var items = new StringBuilder("kind: Item\nfacts:\n");
        for (var i = 0; i < corpus.Values.Length; i++)
        {
            var v = corpus.Values[i];
            items.Append("  - id: f").Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
            items.Append("    name: ").Append(Y(v)).Append('\n');
            items.Append("    text: ").Append(Y(v)).Append('\n');
            items.Append("    body: ").Append(Y(v)).Append('\n');
            items.Append("    tags: [").Append(Y(v)).Append(", ").Append(Y(v)).Append("]\n");
            items.Append("    note: ").Append(Y(v)).Append('\n');
            if (!string.IsNullOrWhiteSpace(v)) items.Append("    basis: inferred\n");
            items.Append("    citations:\n      - { source: src, paragraph: 1, quote: ").Append(Y(QuoteOf(v))).Append(" }\n");
        }
        return (schema, items.ToString(), sources.ToString());
    }

    /// <summary>The quote for a value: the value, unless it is blank, which is no proof (FG0067): then a word before it.</summary>
    private static string QuoteOf(string value) => string.IsNullOrWhiteSpace(value) ? "q" + value : value;

    public static void Check(HostileText.Corpus corpus)
    {
        var (schema, items, sources) = Files(corpus);
        var outcome = HardeningHarness.Run(HardeningHarness.Driver(
        [
            HardeningHarness.File("schema.yaml", schema), HardeningHarness.File("items.yaml", items), HardeningHarness.File("sources.yaml", sources),
        ]), compile: false);
        if (outcome.Result.Exception is not null) throw new InvalidOperationException("The generator threw", outcome.Result.Exception);
        if (!outcome.GeneratorDiagnostics.IsEmpty) throw new InvalidOperationException("Diagnostics from the generator:\n" + HardeningHarness.Describe(outcome.GeneratorDiagnostics));

        // Nothing a reader cannot see, and nothing a compiler reads as a line break, in the code.
        foreach (var source in outcome.Result.GeneratedSources)
        {
            var text = source.SourceText.ToString();
            for (var i = 0; i < text.Length; i++)
            {
                if (!IsVisible(text[i])) throw new InvalidOperationException($"{source.HintName} holds U+{(int)text[i]:X4} at {i}");
            }
        }

        // Emit once, with XML docs: its diagnostics are the compiler's and the doc comments'.
        using var assembly = new MemoryStream();
        using var docs = new MemoryStream();
        var emitted = outcome.Output.Emit(assembly, xmlDocumentationStream: docs);
        var problems = emitted.Diagnostics.Where(x => x.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0 || !emitted.Success) throw new InvalidOperationException("The generated code does not compile cleanly:\n" + HardeningHarness.Describe(problems));
        CheckDocs(docs.ToArray(), corpus);

        assembly.Position = 0;
        var context = new AssemblyLoadContext("roundtrip", isCollectible: true);
        try
        {
            CheckValues(context.LoadFromStream(assembly), corpus);
        }
        finally
        {
            context.Unload();
        }
    }

    private static void CheckValues(Assembly model, HostileText.Corpus corpus)
    {
        var types = model.GetTypes().Where(t => t.Namespace == "Consumer" && !t.IsNested).Select(t => t.Name).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        if (!types.SequenceEqual(ExpectedTypes)) throw new InvalidOperationException("Types were injected or lost: " + string.Join(", ", types));
        var itemsClass = model.GetType("Consumer.Items")!;
        var expectedMembers = corpus.Values.Select((_, i) => "F" + i.ToString(CultureInfo.InvariantCulture)).Append("All").OrderBy(n => n, StringComparer.Ordinal);
        var members = itemsClass.GetProperties(BindingFlags.Public | BindingFlags.Static).Select(p => p.Name).OrderBy(n => n, StringComparer.Ordinal);
        if (!members.SequenceEqual(expectedMembers)) throw new InvalidOperationException("Members of Items were injected or lost: " + string.Join(", ", members));

        var source = HardeningHarness.Static(model, "Srcs", "Src")!;
        Expect("Src.File", corpus.Values[0], HardeningHarness.Member(source, "File"));
        Expect("Src.Title", corpus.Values[^1], HardeningHarness.Member(source, "Title"));
        for (var i = 0; i < corpus.Values.Length; i++)
        {
            var expected = corpus.Values[i];
            var fact = HardeningHarness.Static(model, "Items", "F" + i.ToString(CultureInfo.InvariantCulture))!;
            foreach (var property in new[] { "Name", "Text", "Body", "Note" }) Expect($"f{i}.{property}", expected, HardeningHarness.Member(fact, property));
            var tags = ((IEnumerable)HardeningHarness.Member(fact, "Tags")!).Cast<object>().ToList();
            if (tags.Count != 2) throw new InvalidOperationException($"f{i} has {tags.Count} tags");
            foreach (var tag in tags) Expect($"f{i}.Tags[]", expected, tag);
            var citation = ((IEnumerable)HardeningHarness.Member(fact, "Citations")!).Cast<object>().Single();
            Expect($"f{i}.Citations[0].Quote", QuoteOf(expected), HardeningHarness.Member(citation, "Quote"));
            var basis = HardeningHarness.Member(fact, "Basis")!.ToString();
            if (basis != (string.IsNullOrWhiteSpace(expected) ? "Stated" : "Inferred")) throw new InvalidOperationException($"f{i}.Basis is {basis}");
        }
    }

    /// <summary>The XML docs parse, and document the members that exist, no more.</summary>
    private static void CheckDocs(byte[] xml, HostileText.Corpus corpus)
    {
        var document = XDocument.Load(new MemoryStream(xml));
        var names = document.Descendants("member").Select(m => (string)m.Attribute("name")!).ToList();
        var facts = names.Count(n => n.StartsWith("P:Consumer.Items.F", StringComparison.Ordinal));
        if (facts != corpus.Values.Length) throw new InvalidOperationException($"The docs describe {facts} facts, not {corpus.Values.Length}");
        foreach (var summary in document.Descendants("summary"))
        {
            foreach (var element in summary.Descendants())
            {
                if (element.Name.LocalName is not ("c" or "see" or "para" or "paramref")) throw new InvalidOperationException("The docs hold an injected <" + element.Name + ">");
            }
        }
    }

    private static void Expect(string what, string expected, object? actual)
    {
        if (actual is string text && string.Equals(expected, text, StringComparison.Ordinal)) return;
        throw new InvalidOperationException($"{what} is \"{(actual is string s ? HardeningHarness.Show(s) : actual?.ToString() ?? "null")}\", not \"{HardeningHarness.Show(expected)}\"");
    }

    /// <summary>Printable ASCII, the line ends the writer uses, or a character with a visible glyph.</summary>
    private static bool IsVisible(char c)
    {
        if (c is '\n' or '\r' || c is >= ' ' and <= '~') return true;
        return CharUnicodeInfo.GetUnicodeCategory(c) switch
        {
            UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
                or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.SpaceSeparator => false,
            _ => true,
        };
    }
}
