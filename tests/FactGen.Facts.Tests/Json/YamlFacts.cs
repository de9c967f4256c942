using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using FactGen.Tests;
using YamlDotNet.RepresentationModel;

namespace FactGen.Facts.Tests.Json;

/// <summary>
/// The shipped fact files read by YamlDotNet on its own, not by FactGen: each fact as a JSON tree
/// whose scalars are the YAML's text, by id, with its file's kind. What the generated JSON is
/// compared with, so a converter that drops, renames or reshapes a value fails.
/// </summary>
public static class YamlFacts
{
    public sealed record Entry(string Kind, JsonObject Fact);

    public static IReadOnlyDictionary<string, Entry> ById { get; } = Load();

    private static Dictionary<string, Entry> Load()
    {
        var facts = new Dictionary<string, Entry>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(SharedFolder.FactsDirectory, "*.yaml").Where(p => Path.GetFileName(p) != "schema.yaml"))
        {
            var stream = new YamlStream();
            using (var reader = new StreamReader(path)) stream.Load(reader);
            var root = (YamlMappingNode)stream.Documents[0].RootNode;
            var kind = ((YamlScalarNode)root.Children[new YamlScalarNode("kind")]).Value!;
            foreach (var fact in ((YamlSequenceNode)root.Children[new YamlScalarNode("facts")]).Cast<YamlMappingNode>())
            {
                var tree = (JsonObject)ToJson(fact)!;
                facts.Add(tree["id"]!.GetValue<string>(), new Entry(kind, tree));
            }
        }
        return facts;
    }

    /// <summary>A YAML node as JSON with every scalar as its text; empty sequences and nulls left out, as the JSON leaves them.</summary>
    private static JsonNode? ToJson(YamlNode node) => node switch
    {
        YamlScalarNode scalar => scalar.Value is null or "~" or "null" && scalar.Style == YamlDotNet.Core.ScalarStyle.Plain ? null : JsonValue.Create(scalar.Value),
        YamlSequenceNode sequence => new JsonArray(sequence.Select(ToJson).ToArray()),
        YamlMappingNode mapping => Object(mapping),
        _ => throw new InvalidOperationException($"Unexpected YAML node {node.NodeType}"),
    };

    private static JsonObject Object(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            var json = ToJson(value);
            if (json is null || json is JsonArray { Count: 0 }) continue;
            result[((YamlScalarNode)key).Value!] = json;
        }
        return result;
    }

    /// <summary>Generated JSON with every number and boolean as its text, so it compares with the YAML's scalars.</summary>
    public static JsonNode? AsText(JsonNode? node) => node switch
    {
        null => null,
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, AsText(p.Value)))),
        JsonArray a => new JsonArray(a.Select(AsText).ToArray()),
        _ => JsonValue.Create(node.GetValueKind() == System.Text.Json.JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString()),
    };
}
