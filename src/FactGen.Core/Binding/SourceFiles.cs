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
