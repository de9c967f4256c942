using System;
using System.Collections.Generic;
using System.Linq;

namespace FactGen.Core.Binding;

/// <summary>The articles given to a join, found by the source fact that names their file.</summary>
internal sealed class SourceFiles
{
    private readonly CorpusJoin _join;
    private readonly Dictionary<string, SourceDocument> _byFile;

    public SourceFiles(CorpusJoin join, IReadOnlyList<SourceDocument> sources)
    {
        _join = join;
        _byFile = sources.GroupBy(s => s.FileName, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    /// <summary>The article of the source with this id; null when the id is not a source or its file was not given.</summary>
    public SourceDocument? Document(string sourceId)
    {
        if (!_join.ById.TryGetValue(sourceId, out var source)) return null;
        var file = FileOf(source);
        return file is not null && _byFile.TryGetValue(file, out var document) ? document : null;
    }

    public bool TryGetFile(string file, out SourceDocument document) => _byFile.TryGetValue(file, out document!);

    private readonly Dictionary<(string File, int Paragraph), PrintedParagraph> _printed = new();

    /// <summary>
    /// Where a quote is in the printed paragraph, as <see cref="SourceDocument.Locate"/> finds it;
    /// each paragraph's map from normalized to printed text is made once for the join, not per quote.
    /// </summary>
    public (int Start, int Length)? Locate(SourceDocument document, int paragraph, string quote)
    {
        if (paragraph < 0 || paragraph >= document.Printed.Count) return null;
        if (!_printed.TryGetValue((document.FileName, paragraph), out var printed))
        {
            _printed[(document.FileName, paragraph)] = printed = new PrintedParagraph(document.Printed[paragraph]);
        }
        return printed.Find(quote);
    }

    /// <summary>The file a source fact names in its <c>file:</c> field.</summary>
    public static string? FileOf(CorpusFact source)
    {
        for (var i = 0; i < source.Kind.Fields.Count; i++)
        {
            if (source.Kind.Fields[i].Name == Schema.BuiltInFields.File) return (source.Values[i] as StringValue)?.Value;
        }
        return null;
    }
}
