using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// Binds one data file against the schema without the rest of the corpus: its shape (<c>kind:</c>
/// and <c>facts:</c>), each fact's id, and each fact's values through <see cref="FactBinder"/>.
/// What needs the other files (unique ids, references, quotes) waits for <see cref="CorpusJoin"/>.
/// </summary>
internal sealed class FileBinder
{
    private readonly SchemaModel _schema;
    private readonly CancellationToken _cancellation;
    private readonly List<FactDiagnostic> _diagnostics;
    private readonly List<FileFact> _facts = new();

    /// <summary>The file holds facts this binder could not reach: unreadable, no known kind, no list of facts.</summary>
    private bool _incomplete;
    private string? _kind;

    private FileBinder(SchemaModel schema, EquatableArray<FactDiagnostic> readProblems, CancellationToken cancellation)
    {
        _schema = schema;
        _cancellation = cancellation;
        _diagnostics = new List<FactDiagnostic>(readProblems);
    }

    /// <summary>Binds one data file; with an invalid schema, only its reading problems.</summary>
    public static FileBinding Bind(SchemaModel schema, ParsedFile file, CancellationToken cancellation)
    {
        if (!schema.IsValid || file.IsSchema) return new FileBinding(file.Path, EquatableArray<FileFact>.Empty, file.Diagnostics);
        var binder = new FileBinder(schema, file.Diagnostics, cancellation);
        binder.Bind(file);
        var declared = binder._incomplete ? DeclaredIn(file) : null;
        return new FileBinding(file.Path, binder._facts.ToEquatableArray(), binder._diagnostics.ToEquatableArray(), binder._incomplete, binder._kind, declared);
    }

    /// <summary>What an incomplete file declares: from its tree when it has one, else from what its reading recovered.</summary>
    private static DeclaredIds? DeclaredIn(ParsedFile file)
    {
        if (file.Root is not null) return DeclaredEntries.In(file.Root);
        return file.Recovered is { } recovered ? new DeclaredIds(recovered.Ids, recovered.Sources) : null;
    }

    private void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
        _diagnostics.Add(FactDiagnostic.Create(descriptor, span, args));

    private void Bind(ParsedFile file)
    {
        if (file.Root is null)
        {
            // Empty or comment-only: no facts. Unreadable: facts, maybe, that nobody can see, but
            // those before the error are bound, and its kind is known when a 'kind:' line names one.
            _incomplete = !file.Diagnostics.IsEmpty;
            if (file.Recovered is not { } recovered) return;
            if (recovered.Prefix is YamlMapping prefix && prefix.Find("kind") is not null) Bind(prefix);
            _kind ??= _schema.FindKind(recovered.Kind ?? string.Empty)?.Name;
            _incomplete = true;
            return;
        }
        Bind(file.Root);
    }

    private void Bind(YamlNode fileRoot)
    {
        if (fileRoot is YamlScalar { IsNull: true }) return;
        if (fileRoot is not YamlMapping root || root.Find("kind") is null)
        {
            Report(DiagnosticCatalog.UnknownShape, fileRoot.Span);
            _incomplete = true;
            return;
        }
        foreach (var entry in root.Entries)
        {
            if (entry.Key.Value is not ("kind" or "facts"))
            {
                Report(DiagnosticCatalog.UnknownFileKey, entry.Key.Span, entry.Key.Value);
            }
        }

        var kindNode = root.Find("kind")!.Value;
        var kindName = (kindNode as YamlScalar)?.Value ?? string.Empty;
        var kind = _schema.FindKind(kindName);
        if (kind is null)
        {
            Report(DiagnosticCatalog.UnknownKind, kindNode.Span, kindName, Naming.DidYouMean(kindName, _schema.Kinds.Select(k => k.Name)));
            _incomplete = true;
            return;
        }
        _kind = kind.Name;

        var factsNode = root.Find("facts")?.Value;
        if (factsNode is null)
        {
            // 'fact:' or 'Facts:' for 'facts:' (FG0053 above): the facts are there, under the wrong key.
            _incomplete = root.Entries.Any(e => e.Key.Value is not ("kind" or "facts"));
            return;
        }
        if (factsNode is YamlScalar { IsNull: true }) return;
        if (factsNode is not YamlSequence facts)
        {
            Report(DiagnosticCatalog.FactsNotAList, factsNode.Span);
            _incomplete = true;
            return;
        }
        foreach (var item in facts.Items)
        {
            _cancellation.ThrowIfCancellationRequested();
            BindFact(kind, item);
        }
    }

    private void BindFact(KindSchema kind, YamlNode item)
    {
        if (item is not YamlMapping body)
        {
            Report(DiagnosticCatalog.FactNotAMapping, item.Span);
            return;
        }
        if (body.Find(BuiltInFields.Id)?.Value is not YamlScalar { IsNull: false } idNode)
        {
            Report(DiagnosticCatalog.MissingRequiredField, body.Span, kind.Name, "at line " + body.Span.Line.ToString(CultureInfo.InvariantCulture), BuiltInFields.Id);
            return;
        }
        if (!Naming.IsSlug(idNode.Value))
        {
            Report(DiagnosticCatalog.InvalidId, idNode.Span, idNode.Value);
            return;
        }
        _facts.Add(new FactBinder(kind, idNode, body).Bind());
    }
}
