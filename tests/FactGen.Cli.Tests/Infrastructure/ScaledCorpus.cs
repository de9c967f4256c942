using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Core.Reading;
using FactGen.Tests;

namespace FactGen.Cli.Tests.Infrastructure;

/// <summary>
/// The shipped corpus copied <c>copies</c> times, every id (and every reference to it) suffixed
/// with the copy's number: a large corpus whose citations are all real, so the report highlights
/// as much as it would for a real one. The sources are copied too, so the page shows an article
/// per Source fact, as a real corpus of that size would have many articles.
/// </summary>
internal static class ScaledCorpus
{
    public static TempFacts Create(int copies)
    {
        var ids = CorpusReader.Read(SharedFolder.FactsDirectory, null, ReadLimits.Default).Bound.Model.Kinds
            .SelectMany(k => k.Facts.Select(f => f.Id)).ToHashSet();
        // An id is a value: after "key: ", "- ", "[" or ", ", and before the end, ",", "]" or a space.
        var value = new Regex(@"(?<=(?:(?:^|\s)(?:[a-zA-Z]+:\s+|-\s+)|\[|,\s*))([a-z0-9]+(?:-[a-z0-9]+)*)(?=\s*(?:$|[,\]#]))", RegexOptions.Multiline | RegexOptions.CultureInvariant);
        var facts = new TempFacts();
        File.Copy(Path.Combine(SharedFolder.FactsDirectory, "schema.yaml"), facts.PathOf("schema.yaml"));
        foreach (var path in Directory.GetFiles(SharedFolder.FactsDirectory, "*.yaml").Where(p => !p.EndsWith("schema.yaml", System.StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(path);
            for (var copy = 1; copy <= copies; copy++)
            {
                var suffix = "-c" + copy.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var scaled = value.Replace(text, m => ids.Contains(m.Value) ? m.Value + suffix : m.Value);
                facts.Write(Path.GetFileNameWithoutExtension(path) + suffix + ".yaml", scaled);
            }
        }
        return facts;
    }
}
