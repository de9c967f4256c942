using System.Globalization;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>The XML docs and attributes on generated members: a fact's docs show where it comes from.</summary>
internal static class DocComments
{
    public static string GeneratedCode(EmitOptions options) =>
        $"[global::System.CodeDom.Compiler.GeneratedCode(\"FactGen\", {CSharp.Literal(options.Version)})]";

    public static void Summary(SourceWriter w, string text) => w.Line($"/// <summary>{CSharp.DocText(text)}</summary>");

    /// <summary>A fact's docs show its citations, so IntelliSense tells where the fact comes from.</summary>
    public static void Fact(SourceWriter w, BoundKind kind, BoundFact fact)
    {
        var label = Label(kind.Schema, fact);
        w.Line($"/// <summary>");
        w.Line($"/// <c>{CSharp.DocText(fact.Id)}</c>: {CSharp.DocText(label)}");
        // The first citation says where the fact comes from; the rest are counted, not copied: a
        // corpus cites some facts a dozen times, and every line here is parsed on every build.
        if (fact.Citations.Count > 0)
        {
            var citation = fact.Citations[0];
            var more = fact.Citations.Count switch
            {
                1 => string.Empty,
                2 => " (and 1 more citation)",
                var n => $" (and {(n - 1).ToString(CultureInfo.InvariantCulture)} more citations)",
            };
            w.Line($"/// <para>{CSharp.DocText($"Cited: {citation.SourceId}, paragraph {citation.Paragraph.ToString(CultureInfo.InvariantCulture)}: \"{citation.Quote}\"{more}")}</para>");
        }
        if (fact.IsInferred) w.Line($"/// <para>{CSharp.DocText("Inferred: " + (fact.Note ?? string.Empty))}</para>");
        else if (fact.Note is not null) w.Line($"/// <para>{CSharp.DocText("Note: " + fact.Note)}</para>");
        w.Line($"/// </summary>");
    }

    /// <summary>
    /// What to call a fact in its docs: its name, title or headline when it has one, else its first
    /// text value (a statement's words, a claim's assertion), shortened; else the kind.
    /// </summary>
    private static string Label(KindSchema kind, BoundFact fact)
    {
        var preferred = new[] { "name", "title", "headline" }.Select(kind.FindField).Where(f => f is not null).Select(f => f!);
        var textFields = preferred.Concat(kind.Fields.Where(f => f.Type is FieldType.String or FieldType.Text));
        foreach (var field in textFields)
        {
            var value = fact.Values[kind.Fields.IndexOf(field)];
            var text = value is ListValue { Items.Count: > 0 } list ? list.Items[0] as StringValue : value as StringValue;
            if (text is not null && text.Value.Trim().Length > 0) return Shorten(text.Value);
        }
        return kind.Name;
    }

    private static string Shorten(string text)
    {
        var words = string.Join(" ", text.Split(new[] { ' ', '\n', '\r', '\t' }, System.StringSplitOptions.RemoveEmptyEntries));
        return words.Length <= 120 ? words : words.Substring(0, 117).TrimEnd() + "...";
    }
}
