namespace WebApi;

/// <summary>
/// The source articles, embedded in the assembly at build time (WebApi.csproj), split into
/// paragraphs by the rule of the sources' README: blocks separated by blank lines, the headline
/// first (paragraph 0). Read once, on first use.
/// </summary>
public static class Articles
{
    private static readonly Lazy<Dictionary<string, string[]>> ByFile = new(Load);

    /// <summary>The paragraph's text as printed, or null when the article was not embedded.</summary>
    public static string? Paragraph(string file, int number) =>
        ByFile.Value.TryGetValue(file, out var paragraphs) && number >= 0 && number < paragraphs.Length ? paragraphs[number] : null;

    private static Dictionary<string, string[]> Load()
    {
        var assembly = typeof(Articles).Assembly;
        var articles = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("articles/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(assembly.GetManifestResourceStream(name)!);
            articles[name["articles/".Length..]] = Split(reader.ReadToEnd());
        }
        return articles;
    }

    private static string[] Split(string text) =>
        text.Replace("\r\n", "\n").Split("\n")
            .Aggregate(new List<List<string>> { new() }, (blocks, line) =>
            {
                if (line.Trim().Length == 0) { if (blocks[^1].Count > 0) blocks.Add([]); }
                else blocks[^1].Add(line);
                return blocks;
            })
            .Where(b => b.Count > 0)
            .Select(b => string.Join("\n", b).Trim())
            .ToArray();
}
