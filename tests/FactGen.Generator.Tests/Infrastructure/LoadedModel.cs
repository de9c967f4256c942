using System;
using System.IO;
using System.Reflection;
using System.Runtime.Loader;

namespace FactGen.Generator.Tests.Infrastructure;

/// <summary>A generator run's compiled model, loaded into a collectible context of its own and unloaded on dispose.</summary>
public sealed class LoadedModel : IDisposable
{
    private readonly AssemblyLoadContext _context;

    public LoadedModel(GeneratorHarness.Result result, string name)
    {
        using var image = new MemoryStream();
        var emit = result.Output.Emit(image);
        if (!emit.Success) throw new InvalidOperationException("the model does not compile:\n" + string.Join("\n", emit.Diagnostics));
        _context = new AssemblyLoadContext(name, isCollectible: true);
        Assembly = _context.LoadFromStream(new MemoryStream(image.ToArray()));
    }

    public Assembly Assembly { get; }

    public void Dispose() => _context.Unload();
}
