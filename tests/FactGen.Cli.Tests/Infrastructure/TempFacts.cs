using System;
using System.IO;
using System.Text;
using FactGen.Tests;

namespace FactGen.Cli.Tests.Infrastructure;

/// <summary>A facts directory under the temp folder, deleted when the test ends.</summary>
internal sealed class TempFacts : IDisposable
{
    public TempFacts(string? name = null)
    {
        Root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "factgen-cli-" + Guid.NewGuid().ToString("N"));
        Path = System.IO.Path.Combine(Root, name ?? "facts");
        Directory.CreateDirectory(Path);
    }

    /// <summary>The folder that holds <see cref="Path"/>; a place for --output files.</summary>
    public string Root { get; }

    public string Path { get; }

    /// <summary>A fresh facts directory with the shipped schema.yaml and sources.yaml.</summary>
    public static TempFacts WithShippedSchema(string? name = null) => new TempFacts(name).Copy("schema.yaml", "sources.yaml");

    /// <summary>A copy of every shipped fact file.</summary>
    public static TempFacts CopyOfShipped()
    {
        var facts = new TempFacts();
        foreach (var file in Directory.GetFiles(SharedFolder.FactsDirectory, "*.yaml")) System.IO.File.Copy(file, System.IO.Path.Combine(facts.Path, System.IO.Path.GetFileName(file)));
        return facts;
    }

    public TempFacts Copy(params string[] shippedNames)
    {
        foreach (var name in shippedNames) System.IO.File.Copy(System.IO.Path.Combine(SharedFolder.FactsDirectory, name), PathOf(name));
        return this;
    }

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var path = PathOf(name);
        System.IO.File.WriteAllText(path, text, new UTF8Encoding(false));
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = PathOf(name);
        System.IO.File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is not worth failing a test for.
        }
    }
}
