using System.IO;
using System.Linq;
using System.Text.Json;
using FactGen.Tests;

namespace FactGen.Facts.Tests.Json;

/// <summary>
/// The JSON shape is written twice, by the generated converters (from the compiled model) and by
/// <c>factgen export</c> (from the checked model, for tools without the assembly): each line of
/// <c>export --format jsonl</c> is byte for byte <c>JsonSerializer.Serialize</c> of the same fact as
/// an <c>IFact</c>, in the order of <c>FactCatalog.All</c>. The two writers cannot drift apart.
/// </summary>
public sealed class ExportEqualityTests
{
    [Fact]
    public void Export_json_lines_are_the_generated_models_json_byte_for_byte()
    {
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter();
        Assert.Equal(0, Cli.Program.Run(["export", SharedFolder.FactsDirectory, "--format", "jsonl"], output, error));

        var lines = output.ToString().TrimEnd('\n').Split('\n');
        Assert.Equal(FactCatalog.All.Select(f => JsonSerializer.Serialize(f)), lines);
    }
}
