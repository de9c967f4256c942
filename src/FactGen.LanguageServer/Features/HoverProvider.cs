using System.Globalization;
using System.Linq;
using System.Text;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;
using FactGen.LanguageServer.Analysis;
using FactGen.LanguageServer.Protocol;
using FactGen.LanguageServer.Workspace;

namespace FactGen.LanguageServer.Features;

/// <summary>
/// Hover: on a reference, the fact it names (kind, name, key values, first citation); on a
/// citation, its whole paragraph with the quoted words in bold; on a field's key, its schema
/// description; on a fact's id, the fact itself; on a problem, its message and help page first.
/// </summary>
internal static class HoverProvider
{
    public static Hover? Hover(OpenFile file, Position position)
    {
        if (file.Index is null) return null;
        var offset = file.Text.OffsetOf(position);
        var snapshot = file.Snapshot;
        var (text, span) = file.Index.At(offset) switch
        {
            ReferenceSite reference when snapshot.Fact(reference.Id) is { } target => (DescribeFact(snapshot, target), reference.Span),
            FactSite fact => (DescribeFact(snapshot, fact), fact.IdSpan),
            CitationSite citation => (DescribeCitation(snapshot, citation), citation.Item),
            FieldKeySite key => (DescribeField(key), key.Key),
            KindSite kind when snapshot.Schema.FindKind(kind.Name) is { } schema => ($"**{schema.Name}** ({schema.Plural}): {schema.Description}", kind.Span),
            _ => (null, null),
        };
        var problems = ProblemsAt(file, offset);
        if (problems.Length > 0) text = text is null ? problems : problems + "\n\n---\n\n" + text;
        return text is null ? null : new Hover(MarkupContent.Markdown(text), span is null ? null : DocumentText.RangeOf(span));
    }

    /// <summary>The diagnostics at the cursor, each with its message and a link to its help page.</summary>
    private static string ProblemsAt(OpenFile file, int offset) =>
        file.Snapshot.DiagnosticsByPath.TryGetValue(file.Path, out var diagnostics)
            ? string.Join("\n\n", diagnostics.Where(d => FileIndex.Contains(d.Span, offset) && d.Span.Length > 0)
                .Select(d => $"**{d.Id}** ({FactDiagnostic.SeverityText(d.Severity)}): {d.Message} [help]({d.Descriptor.HelpLink})"))
            : string.Empty;

    public static string DescribeFact(Snapshot snapshot, FactSite fact)
    {
        var builder = new StringBuilder();
        var name = Snapshot.NameOf(fact);
        builder.Append("**").Append(fact.Kind.Name).Append("** `").Append(fact.Id).Append('`');
        if (name is not null) builder.Append(": ").Append(name);
        builder.Append("\n\n");
        foreach (var field in fact.Kind.Fields.Where(f => f.Name != "name" && f.Type is not (FieldType.Text or FieldType.Citation)))
        {
            if (FileIndex.ValueOf(fact, field.Name) is YamlScalar { IsNull: false } value) builder.Append("- ").Append(field.Name).Append(": ").Append(value.Value).Append('\n');
        }
        if (Snapshot.FirstCitation(fact) is { } citation)
        {
            builder.Append("\n> ").Append(citation.SourceId).Append(" ¶").Append(citation.Paragraph.ToString(CultureInfo.InvariantCulture))
                .Append(": \"").Append(citation.Quote).Append("\"\n");
        }
        return builder.ToString();
    }

    private static string? DescribeCitation(Snapshot snapshot, CitationSite citation)
    {
        if (citation.SourceId is null || citation.Paragraph is not { } paragraph) return null;
        var head = $"**{citation.SourceId}** ¶{paragraph.ToString(CultureInfo.InvariantCulture)}";
        if (!snapshot.ArticlesBySource.TryGetValue(citation.SourceId, out var article)) return head + " (the article is not among the sources given)";
        if (paragraph >= article.Printed.Count) return head + $" (the article has paragraphs 0 to {article.Printed.Count - 1})";
        return head + " (" + article.FileName + ")\n\n" + article.Marked(paragraph, citation.Quote);
    }

    private static string DescribeField(FieldKeySite key)
    {
        if (key.Owner.Kind.FindField(key.Name) is not { } field) return $"`{key.Name}`: a built-in field of every fact";
        var type = field.Type == FieldType.Reference ? $"reference to {field.TargetKind}" : field.Type.ToString().ToLowerInvariant();
        if (field.IsList) type = "list of " + type;
        if (field.Type == FieldType.Enum) type += " (" + string.Join(", ", field.EnumValues) + ")";
        return $"`{field.Name}`: {type}{(field.IsRequired ? ", required" : string.Empty)}{(field.IsPerSource ? ", per source" : string.Empty)}\n\n{field.Description}";
    }
}
