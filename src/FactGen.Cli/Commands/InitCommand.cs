using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Cli.Output;
using FactGen.Cli.Schema;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Cli.Commands;

/// <summary>
/// <c>factgen init [DIR=facts]</c>: a facts folder to start from, which validates as written, with
/// and without --sources: a schema with a source kind and one example kind, one source and one
/// cited example fact; beside it the article they cite and the JSON Schemas the modelines name, so
/// an editor checks every file at once (issue 18).
/// </summary>
internal static class InitCommand
{
    /// <summary>
    /// Where the JSON Schema of the data files lives, by the repository's convention: docs/ beside
    /// the facts folder (<c>factgen schema DIR --output docs/schema/facts.schema.json</c>).
    /// </summary>
    public const string JsonSchemaPath = "docs/schema/facts.schema.json";

    /// <summary>The first line of each data file: editors with the YAML language server check it against that schema.</summary>
    public const string Modeline = "# yaml-language-server: $schema=../" + JsonSchemaPath + "\n";

    /// <summary>The JSON Schema of schema.yaml itself, beside the other (docs/schema/schema.schema.json in this repository).</summary>
    public const string SchemaJsonSchemaPath = "docs/schema/schema.schema.json";

    /// <summary>The first line of schema.yaml.</summary>
    public const string SchemaModeline = "# yaml-language-server: $schema=../" + SchemaJsonSchemaPath + "\n";

    /// <summary>Where the example article goes, beside the facts folder: <c>factgen validate DIR --sources articles</c>.</summary>
    public const string ArticlesFolder = "articles";

    /// <summary>The article the example fact cites: paragraph 0 is its title, paragraph 1 holds the quote.</summary>
    public const string Article = """
        An example article

        Ada Lovelace, born on 10 December 1815, wrote what is often called the first computer program.
        """;

    public const string Schema = """
        # The kinds of fact in this folder. FactGen compiles this file and every other *.yaml file
        # here into C# records: one static class per kind (its plural), one property per fact.
        #
        # Every fact, whatever its kind, also has these built-in fields:
        #   id         lowercase slug, unique across the folder (ada-lovelace)
        #   citations  list of { source, paragraph, quote }; required on every fact except a source
        #   basis      stated (default) or inferred
        #   note       free text; required when basis is inferred or a field is listed in inferred
        #   inferred   the fields a curator inferred, in a fact otherwise stated ([country])
        #   aliases    other names the articles use for the fact; grounding looks for them (case-sensitive)
        #
        # Field types: string, text, int, decimal, bool, date, url, enum (with values), reference
        # (with kind, or a union; list: true for many), citation. required, description, inverse,
        # indexed and perSource (a value per source) are optional; unions: beside kinds: names a set
        # of kinds one reference may point at. The whole language, with an example of each feature:
        # https://github.com/factgen/factgen/blob/main/docs/schema-language.md
        kinds:
          Source:
            plural: Sources
            source: true
            description: A document that facts are taken from; citations name one of these.
            fields:
              file: { type: string, required: true, description: "The document's file name in the sources folder." }
              title: { type: text, description: "The document's title." }

          Person:
            plural: People
            description: A person the sources mention.
            fields:
              name: { type: string, required: true, description: "The person's name." }
              role: { type: string, description: "Title or role, as the source gives it." }
              born: { type: date, description: "Date of birth: a year, a year and month, or a full date." }
        """;

    public const string Sources = """
        kind: Source
        facts:
          - id: example-article
            file: example-article.txt
            title: An example article
        """;

    public const string People = """
        kind: Person
        facts:
          - id: ada-lovelace
            name: Ada Lovelace
            role: mathematician
            born: 1815-12-10
            citations:
              - source: example-article        # a Source id from sources.yaml
                paragraph: 1                   # blocks separated by blank lines; 0 is the title
                quote: "Ada Lovelace, born on 10 December 1815"
        """;

    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Argument<string>("dir") { Description = "The facts directory to create; it must not exist or be empty.", DefaultValueFactory = _ => "facts" };
        var command = new Command("init", "Create a facts folder to start from: a schema, a source and an example fact that validate.")
        {
            directory,
        };
        command.SetAction(result =>
        {
            var dir = result.GetValue(directory)!;
            if (File.Exists(dir))
            {
                error.WriteLine($"factgen: '{dir}' is a file, not a facts directory");
                return Program.UsageError;
            }
            if (Directory.Exists(dir) && Directory.EnumerateFileSystemEntries(dir).Any())
            {
                error.WriteLine($"factgen: '{dir}' already exists and is not empty; nothing was written");
                return Program.UsageError;
            }

            Directory.CreateDirectory(dir);
            Write(dir, "schema.yaml", SchemaModeline + Schema);
            Write(dir, "sources.yaml", Modeline + Sources);
            Write(dir, "people.yaml", Modeline + People);

            // Beside the folder: what the modelines name and what the example cites. A file that is
            // already there (a second facts folder in the same repository) is kept, and said so.
            var parent = Path.GetDirectoryName(Path.GetFullPath(dir).TrimEnd(Path.DirectorySeparatorChar))!;
            var starter = SchemaLoader.Load(ParsedFile.Read("schema.yaml", Schema, ReadLimits.Default));
            var shown = CorpusReader.DisplayPath(dir);
            output.WriteLine($"factgen: created {shown}/ with schema.yaml, sources.yaml and people.yaml");
            foreach (var (relative, text) in new[]
            {
                (JsonSchemaPath, JsonSchemaWriter.Write(starter)),
                (SchemaJsonSchemaPath, SchemaFileJsonSchema()),
                (ArticlesFolder + "/example-article.txt", Article.Replace("\r\n", "\n") + "\n"),
            })
            {
                var path = Path.Combine(parent, relative);
                if (File.Exists(path))
                {
                    output.WriteLine($"factgen: kept {CorpusReader.DisplayPath(path)}, which already exists");
                    continue;
                }
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllText(path, text, TextConventions.Utf8NoBom);
                output.WriteLine($"factgen: created {CorpusReader.DisplayPath(path)}");
            }
            var articles = CorpusReader.DisplayPath(Path.Combine(parent, ArticlesFolder));
            var jsonSchema = CorpusReader.DisplayPath(Path.Combine(parent, JsonSchemaPath));
            var factgen = ToolCommand.Name(Environment.CurrentDirectory);
            output.WriteLine($"Next: {factgen} validate {shown} --sources {articles}; after changing schema.yaml, {factgen} schema {shown} --output {jsonSchema}.");
            return Program.Success;
        });
        return command;
    }

    /// <summary>docs/schema/schema.schema.json, compiled into the tool.</summary>
    public static string SchemaFileJsonSchema()
    {
        using var stream = typeof(InitCommand).Assembly.GetManifestResourceStream("schema.schema.json")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Replace("\r\n", "\n");
    }

    private static void Write(string directory, string name, string text) =>
        File.WriteAllText(Path.Combine(directory, name), text.Replace("\r\n", "\n") + "\n", TextConventions.Utf8NoBom);
}
