using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using FactGen.Cli.Export;
using FactGen.Cli.Output;
using FactGen.Core.Binding;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;

namespace FactGen.Cli.Commands;

/// <summary>
/// <c>factgen export [DIR=facts] --format json|jsonl|jsonld [--sources DIR] [--output FILE=-]</c>:
/// the whole corpus for tools that are not .NET (issue 31). <c>json</c> is an array of facts in the
/// shape of the YAML, each with its kind, as the generated model serializes <c>FactCatalog.All</c>;
/// <c>jsonl</c> one such fact per line; <c>jsonld</c> linked data with provenance as PROV-O and each
/// citation a Web Annotation, whose quote selectors take their prefix and suffix from the articles
/// when <c>--sources</c> names them.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = CommandInputs.FactsDirectory();
        var format = new Option<string>("--format", "-f") { Description = "json (an array of facts), jsonl (a fact per line) or jsonld (linked data with provenance).", DefaultValueFactory = _ => "json" };
        format.AcceptOnlyFromAmong("json", "jsonl", "jsonld");
        var sources = new Option<string?>("--sources") { Description = "The folder of source articles: JSON-LD quote selectors get the words around each quote." };
        var outputFile = new Option<string>("--output", "-o") { Description = "The file to write; '-' for standard output.", DefaultValueFactory = _ => "-" };

        var command = new Command("export", "Write the whole corpus as JSON, JSON Lines or JSON-LD (with provenance as PROV-O and Web Annotations).")
        {
            directory, format, sources, outputFile,
        };
        command.SetAction(result =>
        {
            var dir = result.GetValue(directory)!;
            var sourcesDir = result.GetValue(sources);
            if (!CommandInputs.DirectoriesExist(dir, sourcesDir, error)) return Program.UsageError;

            var corpus = CorpusReader.Read(dir, sourcesDir, ReadLimits.Default);
            foreach (var diagnostic in corpus.Bound.Diagnostics) error.WriteLine(diagnostic.ToString());
            if (corpus.Bound.Diagnostics.Any(d => d.Severity == FactDiagnosticSeverity.Error))
            {
                // An export of a broken corpus would silently leave facts out: fix them first.
                error.WriteLine("factgen: nothing exported; the facts have errors");
                return Program.FactErrors;
            }
            var path = result.GetValue(outputFile)!;
            var bytes = Write(result.GetValue(format)!, corpus, sourcesDir);
            if (path == "-")
            {
                output.Write(TextConventions.Utf8NoBom.GetString(bytes));
                return Program.Success;
            }
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (folder is not null) Directory.CreateDirectory(folder);
            File.WriteAllBytes(path, bytes);
            output.WriteLine($"factgen: wrote {CorpusReader.DisplayPath(path)}");
            return Program.Success;
        });
        return command;
    }

    private static byte[] Write(string format, CorpusReader.Result corpus, string? sourcesDir)
    {
        var model = corpus.Bound.Model;
        using var stream = new MemoryStream();
        if (format == "jsonl")
        {
            // Each line escaped as the generated model writes it: a line is byte for byte JsonSerializer.Serialize((IFact)fact).
            foreach (var (kind, fact) in FactJsonWriter.AllFacts(model))
            {
                using (var line = new Utf8JsonWriter(stream)) FactJsonWriter.Write(line, kind, fact);
                stream.WriteByte((byte)'\n');
            }
            return stream.ToArray();
        }
        // The documents are for people too: indented, and only what JSON requires escaped.
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            if (format == "jsonld")
            {
                var sourceKind = model.Kinds.FirstOrDefault(k => k.Schema.IsSource);
                var fileField = sourceKind?.Schema.IndexOfField("file") ?? -1;
                var files = sourceKind is null || fileField < 0
                    ? []
                    : sourceKind.Facts.Where(f => f.Values[fileField] is StringValue).Select(f => (f.Id, ((StringValue)f.Values[fileField]!).Value));
                new JsonLdWriter(writer, new QuoteSelectors(sourcesDir, files)).WriteDocument(corpus.Schema, model);
            }
            else
            {
                writer.WriteStartArray();
                foreach (var (kind, fact) in FactJsonWriter.AllFacts(model)) FactJsonWriter.Write(writer, kind, fact);
                writer.WriteEndArray();
            }
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
