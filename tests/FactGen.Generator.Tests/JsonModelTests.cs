using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.Loader;
using System.Text.Json;
using System.Text.Json.Serialization;
using FactGen.Generator.Tests.Infrastructure;
using FactGen.Generator.Tests.Snapshots;

namespace FactGen.Generator.Tests;

/// <summary>
/// The generated JSON converters at run time on values no curator would write (issue 31): control
/// characters, a bidi override, every Unicode line break, markup, and a 4 MB string. Whatever the
/// text, the JSON holds it escaped (nothing that could reorder a terminal line or break out of an
/// HTML page) and reads back to exactly the value.
/// </summary>
public sealed class JsonModelTests
{
    // What the YAML below decodes to: quotes, backslash, markup, a bidi override (U+202E), C0
    // controls and DEL, the line and paragraph separators, NEL, and a byte-order mark.
    private const string Hostile = "q\"uote b\\ack </script> <b> & \u202Egnp.exe \u0001\u001F\u007F \u2028\u2029\u0085 \uFEFF'+`";
    private const string HostileYaml = """q\"uote b\\ack </script> <b> & \u202Egnp.exe \x01\x1F\x7F \L\P\N \uFEFF'+`""";
    private const int Big = 4 * 1024 * 1024;

    [Fact]
    public void Hostile_values_and_a_4_MB_string_serialize_escaped_and_read_back_exactly()
    {
        var files = SnapshotTest.Corpus("""
              Sample:
                plural: Samples
                fields:
                  name: { type: string, required: true }
                  body: { type: text }
                  tags: { type: string, list: true }
            """,
            ("samples.yaml", $$"""
                kind: Sample
                facts:
                  - id: nasty
                    name: "{{HostileYaml}}"
                    body: "\x01\u202E{{new string('x', Big)}}\L"
                    tags: ["{{HostileYaml}}", "\u202E"]
                    note: "{{HostileYaml}}"
                    citations: [{ source: article, paragraph: 1, quote: "{{HostileYaml}}" }]
                """));
        var result = GeneratorHarness.Run(files);
        Assert.Empty(result.Run.Diagnostics);
        Assert.Empty(result.CompileDiagnostics);
        using var image = new MemoryStream();
        Assert.True(result.Output.Emit(image).Success);
        image.Position = 0;
        var context = new AssemblyLoadContext(nameof(JsonModelTests), isCollectible: true);
        try
        {
            var assembly = context.LoadFromStream(image);
            var fact = assembly.GetType("Consumer.Samples", throwOnError: true)!.GetMethod("Get")!.Invoke(null, ["nasty"])!;
            var json = JsonSerializer.Serialize(fact, fact.GetType());

            Assert.DoesNotContain(json, c => c < 0x20 || c >= 0x7F || c is '<' or '>' or '&' or '\'' or '+' or '`');
            Assert.Contains("\\u202E", json, StringComparison.Ordinal);
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            Assert.Equal(Hostile, root.GetProperty("name").GetString());
            Assert.Equal("\u0001\u202E" + new string('x', Big) + "\u2028", root.GetProperty("body").GetString());
            Assert.Equal([Hostile, "\u202E"], root.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            Assert.Equal(Hostile, root.GetProperty("note").GetString());
            Assert.Equal(Hostile, root.GetProperty("citations")[0].GetProperty("quote").GetString());

            // The context, as a trimmed app would use it, writes the same bytes.
            var factJson = (JsonSerializerContext)assembly.GetType("Consumer.FactJsonContext", throwOnError: true)!
                .GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
            Assert.Equal(json, JsonSerializer.Serialize(fact, fact.GetType(), factJson));
        }
        finally
        {
            context.Unload();
        }
    }
}
