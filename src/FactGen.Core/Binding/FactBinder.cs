using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>Binds one fact's entries: field values (through <see cref="ValueConverter"/>), citations, basis and note.</summary>
internal sealed class FactBinder
{
    private readonly KindSchema _kind;
    private readonly YamlScalar _idNode;
    private readonly YamlMapping _body;
    private readonly List<FactDiagnostic> _diagnostics = new();
    private readonly List<LocatedCitation> _citations = new();
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
        var kind = _kind;
        var values = new FactValue?[kind.Fields.Count];
        var present = new bool[kind.Fields.Count];
        foreach (var entry in _body.Entries)
        {
            var name = entry.Key.Value;
            switch (name)
            {
                case BuiltInFields.Id:
                    continue;
                case BuiltInFields.Citations:
                    BindCitations(entry.Value, converter);
                    continue;
                case BuiltInFields.Basis:
                    BindBasis(entry.Value);
                    continue;
                case BuiltInFields.Note:
                    _note = entry.Value is YamlScalar { IsNull: false } note ? note.Value : null;
                    if (entry.Value is not YamlScalar) Report(DiagnosticCatalog.WrongValueType, entry.Value.Span, BuiltInFields.Note, "text", ValueConverter.Describe(entry.Value));
                    continue;
            }
            var index = IndexOf(kind, name);
            if (index < 0)
            {
                var names = kind.Fields.Select(f => f.Name).Concat(BuiltInFields.Names);
                Report(DiagnosticCatalog.UnknownField, entry.Key.Span, kind.Name, name, Naming.DidYouMean(name, names));
                continue;
            }
            present[index] = entry.Value is not YamlScalar { IsNull: true };
            values[index] = converter.Convert(kind.Fields[index], entry.Value);
        }

        for (var i = 0; i < kind.Fields.Count; i++)
        {
            // A value that is there but wrong has been reported already; only absence is reported here.
            if (kind.Fields[i].IsRequired && (!present[i] || values[i] is ListValue { Items.Count: 0 } && IsEmptyList(_body, kind.Fields[i].Name)))
            {
                Report(DiagnosticCatalog.MissingRequiredField, _idNode.Span, kind.Name, _idNode.Value, kind.Fields[i].Name);
            }
        }

        var fact = new BoundFact(_idNode.Value, new EquatableArray<FactValue?>(values), _citations.Select(c => c.Citation).ToEquatableArray(), _isInferred, _note);
        // A fact that wrote a broken citations list has already been told so; don't also say it has none.
        var hasCitationsEntry = _body.Find(BuiltInFields.Citations)?.Value is YamlSequence { Items.Count: > 0 };
        var fileSpan = kind.IsSource ? _body.Find("file")?.Value.Span : null;
        return new FileFact(kind.Name, GeneratedNames.FactMember(_idNode.Value), _idNode.Span, fact, _citations.ToEquatableArray(), converter.FieldCitations.ToEquatableArray(),
            converter.References.ToEquatableArray(), hasCitationsEntry, fileSpan, _diagnostics.ToEquatableArray());
    }

    private static bool IsEmptyList(YamlMapping body, string name) => body.Find(name)?.Value is YamlSequence { Items.Count: 0 };

    private static int IndexOf(KindSchema kind, string name)
    {
        for (var i = 0; i < kind.Fields.Count; i++)
        {
            if (kind.Fields[i].Name == name) return i;
        }
        return -1;
    }

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
