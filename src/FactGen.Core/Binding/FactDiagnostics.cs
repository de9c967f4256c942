using System.Collections.Generic;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;

namespace FactGen.Core.Binding;

/// <summary>
/// Says of each diagnostic the join found which fact and entry it concerns, by place: a diagnostic
/// written inside a fact's mapping is about that fact. The checkers then report at a span as
/// before, and the report and the language server never match diagnostics to facts by text.
/// </summary>
internal static class FactDiagnostics
{
    /// <summary>The join's diagnostics, each inside a fact's mapping said of that fact.</summary>
    public static EquatableArray<FactDiagnostic> AboutFacts(IReadOnlyList<FactDiagnostic> diagnostics, LocatedCorpus located)
    {
        var query = new CorpusQuery(located, diagnostics);
        var about = new FactDiagnostic[diagnostics.Count];
        for (var i = 0; i < about.Length; i++)
        {
            var diagnostic = diagnostics[i];
            about[i] = query.FactAt(diagnostic.Span.Path, diagnostic.Span.Offset) is { } fact ? About(fact, diagnostic) : diagnostic;
        }
        return new EquatableArray<FactDiagnostic>(about);
    }

    /// <summary>A fact's own diagnostics (from its file's binding), each said of it.</summary>
    public static EquatableArray<FactDiagnostic> AboutFact(FileFact fact, IReadOnlyList<FactDiagnostic> diagnostics)
    {
        var about = new FactDiagnostic[diagnostics.Count];
        for (var i = 0; i < about.Length; i++) about[i] = About(fact, diagnostics[i]);
        return new EquatableArray<FactDiagnostic>(about);
    }

    /// <summary>
    /// The diagnostic said of the fact and of the entry it is in; one at the fact's id is about the
    /// fact as a whole. A diagnostic that already says what it is about keeps it.
    /// </summary>
    private static FactDiagnostic About(FileFact fact, FactDiagnostic diagnostic)
    {
        if (diagnostic.FactId is not null) return diagnostic;
        var field = fact.FieldAt(diagnostic.Span);
        return diagnostic.About(fact.Id, field == Schema.BuiltInFields.Id ? null : field);
    }
}
