using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// Binds every fact file against the schema: shapes, ids, field values, then references and
/// citations across files. Reports every problem it finds and still builds the model from what is
/// valid, so one bad fact never hides the others.
/// </summary>
public static class Binder
{
    private static readonly string[] BuiltInFields = ["id", "citations", "basis", "note"];
    // Members a generated static class has or inherits, and FactData, which its properties name:
    // a fact property with one of these names would hide it (CS0108) or shadow it.
    private static readonly string[] StaticMembers = ["All", "Get", "TryGet", "Count", "Equals", "ReferenceEquals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "FactData"];

    /// <param name="sources">The articles, to check quotes and coverage; null when none are given.</param>
    public static BindResult Bind(SchemaModel schema, IEnumerable<ParsedFile> files, IReadOnlyList<SourceDocument>? sources, ReadLimits limits)
    {
        var diagnostics = new List<FactDiagnostic>();
        // '/' and '\' sort differently against digits: normalize, so Windows and Linux number facts alike.
        var ordered = files.Where(f => !f.IsSchema).OrderBy(f => f.Path.Replace('\\', '/'), StringComparer.Ordinal).ToList();
        foreach (var file in ordered) diagnostics.AddRange(file.Diagnostics);
        if (!schema.IsValid) return new BindResult(FactModel.Empty, diagnostics.ToEquatableArray());

        var context = new BindingContext(schema, diagnostics, limits);
        foreach (var file in ordered) context.CollectFacts(file);
        context.ReportLimits();
        context.CheckNames();
        context.BindValues();
        context.CheckReferences();
        new CitationChecker(context, sources).Check();
        return new BindResult(context.BuildModel(), diagnostics.ToEquatableArray());
    }

    /// <summary>A fact as read, before its values are bound.</summary>
    internal sealed class RawFact
    {
        public RawFact(KindSchema kind, string id, YamlScalar idNode, YamlMapping body)
        {
            Kind = kind;
            Id = id;
            IdNode = idNode;
            Body = body;
        }

        public KindSchema Kind { get; }
        public string Id { get; }
        public YamlScalar IdNode { get; }
        public YamlMapping Body { get; }
        public FactValue?[] Values { get; set; } = [];
        public List<(CitationValue Citation, YamlMapping Node)> Citations { get; } = new();

        /// <summary>Citations held in fields of type citation: checked like <see cref="Citations"/>.</summary>
        public List<(CitationValue Citation, YamlMapping Node)> FieldCitations { get; } = new();
        public bool IsInferred { get; set; }
        public string? Note { get; set; }
        public bool Dropped { get; set; }
    }

    internal sealed class BindingContext
    {
        private readonly List<RawFact> _facts = new();
        private readonly Dictionary<string, RawFact> _byId = new(StringComparer.Ordinal);
        private readonly List<(RawFact Fact, PendingReference Reference)> _references = new();
        private int _overLimit;
        private SourceSpan? _firstOverLimit;

        public BindingContext(SchemaModel schema, List<FactDiagnostic> diagnostics, ReadLimits limits)
        {
            Schema = schema;
            Diagnostics = diagnostics;
            Limits = limits;
        }

        public SchemaModel Schema { get; }
        public List<FactDiagnostic> Diagnostics { get; }
        public ReadLimits Limits { get; }
        public IReadOnlyList<RawFact> Facts => _facts;
        public IReadOnlyDictionary<string, RawFact> ById => _byId;

        public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
            Diagnostics.Add(FactDiagnostic.Create(descriptor, span, args));

        public void CollectFacts(ParsedFile file)
        {
            if (file.Root is null || file.Root is YamlScalar { IsNull: true }) return; // empty or comment-only: no facts
            if (file.Root is not YamlMapping root || root.Find("kind") is null)
            {
                Report(DiagnosticCatalog.UnknownShape, file.Root.Span, "A fact file is a mapping with 'kind:' (a kind from the schema) and 'facts:' (a list of facts)");
                return;
            }
            foreach (var entry in root.Entries)
            {
                if (entry.Key.Value is not ("kind" or "facts"))
                {
                    Report(DiagnosticCatalog.UnknownShape, entry.Key.Span, $"A fact file has only 'kind:' and 'facts:' at the top, not '{entry.Key.Value}'");
                }
            }

            var kindNode = root.Find("kind")!.Value;
            var kindName = (kindNode as YamlScalar)?.Value ?? string.Empty;
            var kind = Schema.FindKind(kindName);
            if (kind is null)
            {
                Report(DiagnosticCatalog.UnknownKind, kindNode.Span, kindName, Naming.DidYouMean(kindName, Schema.Kinds.Select(k => k.Name)));
                return;
            }

            var factsNode = root.Find("facts")?.Value;
            if (factsNode is null || factsNode is YamlScalar { IsNull: true }) return;
            if (factsNode is not YamlSequence facts)
            {
                Report(DiagnosticCatalog.UnknownShape, factsNode.Span, "'facts:' must be a list of facts, each starting with '- id:'");
                return;
            }
            foreach (var item in facts.Items) CollectFact(kind, item);
        }

        private void CollectFact(KindSchema kind, YamlNode item)
        {
            if (item is not YamlMapping body)
            {
                Report(DiagnosticCatalog.UnknownShape, item.Span, "Each fact is a mapping of fields, starting with 'id:'");
                return;
            }
            if (body.Find("id")?.Value is not YamlScalar { IsNull: false } idNode)
            {
                Report(DiagnosticCatalog.MissingRequiredField, body.Span, kind.Name, "at line " + body.Span.Line.ToString(CultureInfo.InvariantCulture), "id");
                return;
            }
            if (!Naming.IsSlug(idNode.Value))
            {
                Report(DiagnosticCatalog.InvalidId, idNode.Span, idNode.Value);
                return;
            }
            if (_facts.Count >= Limits.MaxFacts)
            {
                // Counted, not bound: reported once, with the corpus's real size, by ReportLimits.
                _overLimit++;
                _firstOverLimit ??= idNode.Span;
                return;
            }

            var fact = new RawFact(kind, idNode.Value, idNode, body);
            if (_byId.TryGetValue(fact.Id, out var first))
            {
                Report(DiagnosticCatalog.DuplicateId, idNode.Span, fact.Id, OtherPlace(first.IdNode.Span, idNode.Span));
                Report(DiagnosticCatalog.DuplicateId, first.IdNode.Span, fact.Id, OtherPlace(idNode.Span, first.IdNode.Span));
                return;
            }
            _byId.Add(fact.Id, fact);
            _facts.Add(fact);
        }

        /// <summary>Where the other use is: its line in the same file, else its file as the tool was given it.</summary>
        private static string OtherPlace(SourceSpan other, SourceSpan here) =>
            other.Path == here.Path
                ? $"line {other.Line.ToString(CultureInfo.InvariantCulture)}, column {other.Column.ToString(CultureInfo.InvariantCulture)}"
                : other.ToString();

        public void ReportLimits()
        {
            if (_firstOverLimit is not null) Report(DiagnosticCatalog.TooManyFacts, _firstOverLimit, _facts.Count + _overLimit, Limits.MaxFacts);
        }

        public void BindValues()
        {
            foreach (var fact in _facts)
            {
                var converter = new ValueConverter(Diagnostics);
                var kind = fact.Kind;
                fact.Values = new FactValue?[kind.Fields.Count];
                var present = new bool[kind.Fields.Count];
                foreach (var entry in fact.Body.Entries)
                {
                    var name = entry.Key.Value;
                    switch (name)
                    {
                        case "id":
                            continue;
                        case "citations":
                            BindCitations(fact, entry.Value, converter);
                            continue;
                        case "basis":
                            BindBasis(fact, entry.Value);
                            continue;
                        case "note":
                            fact.Note = entry.Value is YamlScalar { IsNull: false } note ? note.Value : null;
                            if (entry.Value is not YamlScalar) Report(DiagnosticCatalog.WrongValueType, entry.Value.Span, "note", "text", ValueConverter.Describe(entry.Value));
                            continue;
                    }
                    var index = IndexOf(kind, name);
                    if (index < 0)
                    {
                        var names = kind.Fields.Select(f => f.Name).Concat(BuiltInFields);
                        Report(DiagnosticCatalog.UnknownField, entry.Key.Span, kind.Name, name, Naming.DidYouMean(name, names));
                        continue;
                    }
                    present[index] = entry.Value is not YamlScalar { IsNull: true };
                    fact.Values[index] = converter.Convert(kind.Fields[index], entry.Value);
                }

                for (var i = 0; i < kind.Fields.Count; i++)
                {
                    // A value that is there but wrong has been reported already; only absence is reported here.
                    if (kind.Fields[i].IsRequired && (!present[i] || fact.Values[i] is ListValue { Items.Count: 0 } && IsEmptyList(fact.Body, kind.Fields[i].Name)))
                    {
                        Report(DiagnosticCatalog.MissingRequiredField, fact.IdNode.Span, kind.Name, fact.Id, kind.Fields[i].Name);
                    }
                }
                foreach (var reference in converter.References) _references.Add((fact, reference));
                fact.FieldCitations.AddRange(converter.FieldCitations);
            }
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

        private void BindCitations(RawFact fact, YamlNode node, ValueConverter converter)
        {
            if (node is YamlScalar { IsNull: true }) return;
            if (node is not YamlSequence list)
            {
                Report(DiagnosticCatalog.WrongValueType, node.Span, "citations", "a list of { source, paragraph, quote }", ValueConverter.Describe(node));
                return;
            }
            foreach (var item in list.Items)
            {
                var citation = converter.ConvertCitation(item);
                if (citation is not null) fact.Citations.Add((citation, (YamlMapping)item));
            }
        }

        private void BindBasis(RawFact fact, YamlNode node)
        {
            var text = (node as YamlScalar)?.Value;
            if (text is "stated" or "inferred")
            {
                fact.IsInferred = text == "inferred";
                return;
            }
            Report(DiagnosticCatalog.InvalidEnumValue, node.Span, text ?? ValueConverter.Describe(node), "basis", "stated, inferred");
        }

        public void CheckReferences()
        {
            var invalid = new HashSet<(RawFact, string)>();
            foreach (var (fact, reference) in _references)
            {
                var targetKind = reference.IsCitation ? Schema.SourceKind!.Name : reference.Field!.TargetKind!;
                if (_byId.TryGetValue(reference.Id, out var target) && target.Kind.Name == targetKind)
                {
                    // A fact dropped for a name clash (FG0015, already reported) is not in the model either.
                    if (target.Dropped) invalid.Add((fact, reference.Id));
                    continue;
                }
                invalid.Add((fact, reference.Id));
                if (target is not null)
                {
                    Report(DiagnosticCatalog.ReferenceToWrongKind, reference.Span, reference.Field?.Name ?? "source", targetKind, reference.Id, target.Kind.Name);
                    continue;
                }
                var candidates = _facts.Where(f => f.Kind.Name == targetKind).Select(f => f.Id);
                var suggestion = Naming.DidYouMean(reference.Id, candidates);
                if (reference.IsCitation) Report(DiagnosticCatalog.UnknownSource, reference.Span, reference.Id, suggestion);
                else Report(DiagnosticCatalog.UnresolvedReference, reference.Span, targetKind, reference.Id, suggestion);
            }
            if (invalid.Count == 0) return;

            // Drop what does not resolve, so the emitted model still compiles.
            foreach (var fact in _facts)
            {
                bool Invalid(FactValue? value) => value switch
                {
                    ReferenceValue reference => invalid.Contains((fact, reference.Id)),
                    CitationValue citation => invalid.Contains((fact, citation.SourceId)),
                    _ => false,
                };
                for (var i = 0; i < fact.Values.Length; i++)
                {
                    fact.Values[i] = fact.Values[i] switch
                    {
                        ListValue list => new ListValue(list.Items.Where(v => !Invalid(v)).ToEquatableArray()),
                        var value when Invalid(value) => null,
                        var value => value,
                    };
                }
                fact.Citations.RemoveAll(c => invalid.Contains((fact, c.Citation.SourceId)));
                fact.FieldCitations.RemoveAll(c => invalid.Contains((fact, c.Citation.SourceId)));
            }
        }

        public void CheckNames()
        {
            foreach (var group in _facts.GroupBy(f => f.Kind.Name))
            {
                var kind = group.First().Kind;
                var taken = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (var member in StaticMembers.Concat([kind.Plural, kind.Name + "Ids"]).Concat(kind.Fields.Where(f => f.IsIndexed).Select(f => "By" + f.PropertyName)))
                {
                    taken[member] = "a member the generated class already has";
                }
                foreach (var fact in group)
                {
                    var name = Naming.ToPascalCase(fact.Id);
                    if (taken.TryGetValue(name, out var owner))
                    {
                        Report(DiagnosticCatalog.NameCollision, fact.IdNode.Span, fact.Id, name, owner);
                        fact.Dropped = true;
                        continue;
                    }
                    taken[name] = $"the same as '{fact.Id}'";
                }
            }
        }

        public FactModel BuildModel()
        {
            var kinds = new List<BoundKind>();
            foreach (var kind in Schema.Kinds)
            {
                var facts = _facts
                    .Where(f => f.Kind.Name == kind.Name && !f.Dropped)
                    .Select(f => new BoundFact(f.Id, f.Values.ToEquatableArray(), f.Citations.Select(c => c.Citation).ToEquatableArray(), f.IsInferred, f.Note))
                    .ToEquatableArray();
                kinds.Add(new BoundKind(kind, facts));
            }
            return new FactModel(kinds.ToEquatableArray());
        }
    }
}
