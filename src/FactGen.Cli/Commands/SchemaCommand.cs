using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using FactGen.Cli.Output;
using FactGen.Cli.Schema;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Cli.Commands;

/// <summary>
/// <c>factgen schema [DIR=facts] [--output FILE]</c>: the JSON Schema of the fact data files, from
/// DIR/schema.yaml. The repository commits it as docs/schema/facts.schema.json and a test fails
/// when that copy is stale.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var directory = new Argument<string>("dir") { Description = "The facts directory holding schema.yaml.", DefaultValueFactory = _ => "facts" };
        var outputFile = new Option<string?>("--output") { Description = "Write the JSON Schema to this file instead of standard output." };

        var command = new Command("schema", "Write the JSON Schema of the fact files, for editors and CI.") { directory, outputFile };
        command.SetAction(result =>
        {
            var dir = result.GetValue(directory)!;
            var path = Path.Combine(dir, SchemaLoader.FileName);
            if (!Directory.Exists(dir))
            {
                error.WriteLine($"factgen: the facts directory '{dir}' does not exist");
                return Program.UsageError;
            }
            if (!File.Exists(path))
            {
                error.WriteLine($"factgen: there is no {SchemaLoader.FileName} in '{dir}'");
                return Program.UsageError;
            }

            var schema = Load(path);
            foreach (var diagnostic in schema.Diagnostics) error.WriteLine(diagnostic.ToString());
            if (!schema.IsValid || schema.Kinds.IsEmpty)
            {
                error.WriteLine($"factgen: {CorpusReader.DisplayPath(path)} is not a valid schema; no JSON Schema written");
                return Program.UsageError;
            }

            var text = JsonSchemaWriter.Write(schema);
            var target = result.GetValue(outputFile);
            if (target is null)
            {
                output.Write(text);
                return Program.Success;
            }
            try
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(target));
                if (folder is not null) Directory.CreateDirectory(folder);
                File.WriteAllText(target, text, TextConventions.StrictUtf8);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"factgen: cannot write '{target}': {exception.Message}");
                return Program.UsageError;
            }
            return Program.Success;
        });
        return command;
    }

    /// <summary>Reads schema.yaml as the build does: decoded as the compiler decodes it, the default limits, Core's loader.</summary>
    private static SchemaModel Load(string path)
    {
        try
        {
            // The same reading as validate: FactText's decoding and the size limit, located diagnostics.
            return SchemaLoader.Load(CorpusReader.ReadFile(path, ReadLimits.Default));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return SchemaLoader.Load(ParsedFile.Read(CorpusReader.DisplayPath(path), null, ReadLimits.Default)); // "could not be read"
        }
    }
}
