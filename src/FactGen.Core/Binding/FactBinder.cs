using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// Binds one fact's entries: field values (through <see cref="ValueConverter"/>), a value per source
/// for a per-source field, citations, basis, note and aliases.
/// </summary>
internal sealed class FactBinder
{
    private readonly KindSchema _kind;
    private readonly YamlScalar _idNode;
    private readonly YamlMapping _body;
    private readonly List<FactDiagnostic> _diagnostics = new();
    private readonly List<LocatedCitation> _citations = new();
    private readonly List<string> _aliases = new();
    private readonly List<string> _inferredFields = new();
    private readonly List<PendingSourceKey> _sourceKeys = new();
    private readonly List<SourcedField> _bySource = new();
    private bool _isInferred;
    private string? _note;

    public FactBinder(KindSchema kind, YamlScalar idNode, YamlMapping body)
    {
        _kind = kind;
        _idNode = idNode;
        _body = body;
    }

    private void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
        _diagnostics.Add(FactDiagnostic.Create(descriptor, span, args));

    public FileFact Bind()
    {
        var converter = new ValueConverter(_diagnostics);
        var state = new FieldState(_kind.Fields.Count);
        foreach (var entry in _body.Entries)
        {
            if (!BindBuiltIn(entry.Key.Value, entry.Value, converter)) BindField(entry, converter, state);
        }
        // The sources the fact cites, in the order it first names them: by its citations and by its
        // fields of type citation alike, here and in the corpus checks (SourceKeyChecker, grounding).
        var cited = _citations.Concat(converter.FieldCitations).Select(c => c.Citation.SourceId).Distinct(System.StringComparer.Ordinal).ToList();
        AddOneValueForEverySource(state.Values, cited);
        foreach (var (field, map) in state.NotPerSource)
        {
            if (map.Entries.Count > 0 && map.Entries.All(e => cited.Contains(e.Key.Value))) Report(DiagnosticCatalog.PerSourceNotAllowed, map.Span, field.Name, _kind.Name);
            else converter.Convert(field, map);
        }
        ReportMissingRequired(state);

        var fact = new BoundFact(_idNode.Value, new EquatableArray<FactValue?>(state.Values), _citations.Select(c => c.Citation).ToEquatableArray(), _isInferred, _note,
            _aliases.ToEquatableArray(), _bySource.OrderBy(s => s.FieldIndex).ToEquatableArray(), _inferredFields.ToEquatableArray());
        // A fact that wrote a broken citations list has already been told so; don't also say it has none.
        var hasCitationsEntry = _body.Find(BuiltInFields.Citations)?.Value is YamlSequence { Items.Count: > 0 };
        var fileSpan = _kind.IsSource ? _body.Find("file")?.Value.Span : null;
        var bound = new FileFact(_kind.Name, GeneratedNames.FactMember(_idNode.Value), _idNode.Span, fact, _citations.ToEquatableArray(), converter.FieldCitations.ToEquatableArray(),
            converter.References.ToEquatableArray(), hasCitationsEntry, fileSpan, EquatableArray<FactDiagnostic>.Empty, _sourceKeys.ToEquatableArray(), _body.Span, ValueLocator.Locate(_kind, _body));
        return bound with { Diagnostics = FactDiagnostics.AboutFact(bound, _diagnostics) };
    }

    /// <summary>What the fields of one fact hold while it is bound.</summary>
    private sealed class FieldState(int count)
    {
        public FactValue?[] Values { get; } = new FactValue?[count];
        public bool[] Present { get; } = new bool[count];

        /// <summary>Given in the file, right or wrong: a value in the wrong shape has its own error, not also FG0005 (issue 26).</summary>
        public bool[] Given { get; } = new bool[count];

        public List<(FieldSchema Field, YamlMapping Map)> NotPerSource { get; } = new();
    }

    /// <summary>Binds a built-in entry (id, citations, basis, note, aliases, inferred); false for any other name.</summary>
    private bool BindBuiltIn(string name, YamlNode value, ValueConverter converter)
    {
        switch (name)
        {
            case BuiltInFields.Id:
                return true;
            case BuiltInFields.Citations:
                BindCitations(value, converter);
                return true;
            case BuiltInFields.Basis:
                BindBasis(value);
                return true;
            case BuiltInFields.Note:
                _note = value is YamlScalar { IsNull: false } note ? note.Value : null;
                if (value is not YamlScalar) Report(DiagnosticCatalog.WrongValueType, value.Span, BuiltInFields.Note, "text", ValueConverter.Describe(value));
                return true;
            case BuiltInFields.Aliases:
                BindAliases(value);
                return true;
            case BuiltInFields.Inferred:
                BindInferredFields(value);
                return true;
            default:
                return false;
        }
    }

    private void BindField(YamlEntry entry, ValueConverter converter, FieldState state)
    {
        var name = entry.Key.Value;
        var index = _kind.IndexOfField(name);
        if (index < 0)
        {
            var names = _kind.Fields.Select(f => f.Name).Concat(BuiltInFields.Names);
            Report(DiagnosticCatalog.UnknownField, entry.Key.Span, _kind.Name, name, Naming.DidYouMean(name, names));
            return;
        }
        var field = _kind.Fields[index];
        state.Given[index] = entry.Value is not YamlScalar { IsNull: true } && !(field.IsPerSource && entry.Value is YamlMapping { Entries.Count: 0 });
        if (entry.Value is YamlMapping perSource && field.Type != FieldType.Citation)
        {
            if (!field.IsPerSource)
            {
                // Decided once the citations are read: keys that are cited sources mean a value
                // per source (FG0043); any other mapping is just the wrong type (FG0007).
                state.NotPerSource.Add((field, perSource));
                return;
            }
            var sourced = BindPerSource(index, field, perSource, converter);
            state.Present[index] = sourced.Entries.Count > 0;
            state.Values[index] = state.Present[index] ? sourced.Entries[0].Value : null;
            if (state.Present[index]) _bySource.Add(sourced);
            return;
        }
        state.Present[index] = entry.Value is not YamlScalar { IsNull: true };
        state.Values[index] = converter.Convert(field, entry.Value);
    }

    /// <summary>FG0005 for a required field given no value; a value that is there but wrong has been reported already.</summary>
    private void ReportMissingRequired(FieldState state)
    {
        for (var i = 0; i < _kind.Fields.Count; i++)
        {
            var field = _kind.Fields[i];
            if (field.IsRequired && (!state.Present[i] && !state.Given[i] || state.Values[i] is ListValue { Items.Count: 0 } && IsEmptyList(_body, field.Name)))
            {
                _diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.MissingRequiredField, _idNode.Span, _kind.Name, _idNode.Value, field.Name).About(_idNode.Value, field.Name));
            }
        }
    }

    /// <summary>
    /// <c>when: { source-a: Friday, source-b: last week }</c>: each key a source (checked once the
    /// corpus is joined), each value converted as the field's type. The first is the one the simple
    /// property shows.
    /// </summary>
    private SourcedField BindPerSource(int index, FieldSchema field, YamlMapping map, ValueConverter converter)
    {
        var entries = new List<SourcedEntry>();
        foreach (var entry in map.Entries)
        {
            var sourceId = entry.Key.Value;
            _sourceKeys.Add(new PendingSourceKey(field.Name, sourceId, entry.Key.Span));
            if (entry.Value is YamlScalar { IsNull: true })
            {
                Report(DiagnosticCatalog.WrongValueType, entry.Value.Span, field.Name, "a value for the source '" + sourceId + "' (leave the source out when it states none)", "empty");
                continue;
            }
            var value = converter.Convert(field, entry.Value, sourceId);
            if (field.IsRequired && value is ListValue { Items.Count: 0 })
            {
                // An empty list is no value: { s1: [], s2: [] } must not pass for a required list.
                if (entry.Value is YamlSequence { Items.Count: 0 }) Report(DiagnosticCatalog.EmptyPerSourceList, entry.Value.Span, field.Name, sourceId);
                continue;
            }
            if (value is not null) entries.Add(new SourcedEntry(sourceId, value));
        }
        return new SourcedField(index, IsExplicit: true, entries.ToEquatableArray());
    }

    /// <summary>
    /// A per-source field given one value states it for every source the fact cites: its values by
    /// source list each of them, in the order the citations first name them.
    /// </summary>
    private void AddOneValueForEverySource(FactValue?[] values, List<string> sources)
    {
        for (var i = 0; i < _kind.Fields.Count; i++)
        {
            if (!_kind.Fields[i].IsPerSource || values[i] is not { } value || _bySource.Any(s => s.FieldIndex == i)) continue;
            if (value is ListValue { Items.Count: 0 }) continue;
            _bySource.Add(new SourcedField(i, IsExplicit: false, sources.Select(id => new SourcedEntry(id, value)).ToEquatableArray()));
        }
    }

    /// <summary><c>inferred: [organization]</c>: fields of the kind, each once.</summary>
    private void BindInferredFields(YamlNode node)
    {
        foreach (var item in ListItems(node, BuiltInFields.Inferred, "a list of the fact's fields whose values are inferred"))
        {
            var name = (item as YamlScalar)?.Value ?? string.Empty;
            if (BuiltInFields.Names.Contains(name))
            {
                Report(DiagnosticCatalog.BuiltInFieldInferred, item.Span, name, _kind.Name, string.Join(", ", _kind.Fields.Select(f => f.Name)));
                continue;
            }
            if (_kind.FindField(name) is null)
            {
                Report(DiagnosticCatalog.UnknownField, item.Span, _kind.Name, name, Naming.DidYouMean(name, _kind.Fields.Select(f => f.Name)));
                continue;
            }
            if (!_inferredFields.Contains(name)) _inferredFields.Add(name);
        }
    }

    private void BindAliases(YamlNode node)
    {
        foreach (var item in ListItems(node, BuiltInFields.Aliases, "a list of names"))
        {
            if (item is YamlScalar { IsNull: false } alias && alias.Value.Trim().Length > 0) _aliases.Add(alias.Value);
            else Report(DiagnosticCatalog.WrongValueType, item.Span, BuiltInFields.Aliases, "a name", ValueConverter.Describe(item));
        }
    }

    /// <summary>The items of a built-in list; none for an empty value, and a located error for anything but a list.</summary>
    private IReadOnlyList<YamlNode> ListItems(YamlNode node, string name, string expects)
    {
        if (node is YamlSequence list) return list.Items;
        if (node is not YamlScalar { IsNull: true }) Report(DiagnosticCatalog.WrongValueType, node.Span, name, expects, ValueConverter.Describe(node));
        return [];
    }

    private static bool IsEmptyList(YamlMapping body, string name) => body.Find(name)?.Value is YamlSequence { Items.Count: 0 };

    private void BindCitations(YamlNode node, ValueConverter converter)
    {
        if (node is YamlScalar { IsNull: true }) return;
        if (node is not YamlSequence list)
        {
            Report(DiagnosticCatalog.WrongValueType, node.Span, BuiltInFields.Citations, "a list of { source, paragraph, quote }", ValueConverter.Describe(node));
            return;
        }
        foreach (var item in list.Items)
        {
            var citation = converter.ConvertCitation(item);
            if (citation is not null) _citations.Add(citation);
        }
    }

    private void BindBasis(YamlNode node)
    {
        var text = (node as YamlScalar)?.Value;
        if (text is "stated" or "inferred")
        {
            _isInferred = text == "inferred";
            return;
        }
        Report(DiagnosticCatalog.InvalidEnumValue, node.Span, text ?? ValueConverter.Describe(node), BuiltInFields.Basis, "stated, inferred",
            text is null ? string.Empty : Naming.DidYouMean(text, ["stated", "inferred"]));
    }
}
