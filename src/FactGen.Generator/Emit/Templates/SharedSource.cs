using System;
using System.IO;

namespace FactGen.Generator.Emit.Templates;

/// <summary>
/// Generator source that is also template text: a file compiled into the generator and embedded in
/// it (FactGen.Generator.csproj), whose part between two marker lines the templates copy as it is.
/// </summary>
internal static class SharedSource
{
    /// <summary>The id hash and table arithmetic of <see cref="Tables.IdHash"/>, as the generated FactData declares them.</summary>
    public static string IdHash { get; } = Excerpt("FactGen.Generator.IdHash.cs");

    private const string Start = "// FactGen: the generated model's copy starts here.";
    private const string End = "// FactGen: the generated model's copy ends here.";

    private static string Excerpt(string resource)
    {
        using var stream = typeof(SharedSource).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"FactGen: the embedded source {resource} is missing from the generator.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd().Replace("\r\n", "\n");
        var start = text.IndexOf(Start, StringComparison.Ordinal) + Start.Length;
        var end = text.IndexOf(End, start, StringComparison.Ordinal);
        // From the first method's line on, trimmed: the template places the first line, and the rest
        // keep the file's indentation, which is the template's.
        return text.Substring(start, end - start).Trim();
    }
}
