using System;
using System.IO;
using FactGen.Tests;

namespace FactGen.LanguageServer.Tests.Infrastructure;

/// <summary>A workspace under the temp folder holding a copy of the shipped facts/, deleted when the test ends.</summary>
internal sealed class CorpusCopy : IDisposable
{
    public CorpusCopy()
    {
        Root = Path.Combine(Path.GetTempPath(), "factgen-lsp-" + Guid.NewGuid().ToString("N"));
        Facts = Path.Combine(Root, "facts");
        Directory.CreateDirectory(Facts);
        foreach (var file in Directory.GetFiles(SharedFolder.FactsDirectory, "*.yaml")) File.Copy(file, Path.Combine(Facts, Path.GetFileName(file)));
    }

    public string Root { get; }

    public string Facts { get; }

    public string PathOf(string name) => Path.Combine(Facts, name);

    public static string Sources => SharedFolder.Require("sources");

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A server still closing may hold a file for a moment; the temp folder is cleaned later.
        }
    }
}
