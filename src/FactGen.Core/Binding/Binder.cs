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
/// Binds the fact files against the schema in two steps. <see cref="BindFile"/> binds one file on its
/// own (shape, ids, field values, citations as written), so the generator caches it per file;
/// <see cref="Bind"/>
/// joins the files: unique ids, the fact limit, names, references and citations across files. Reports
/// every problem it finds and still builds the model from what is valid, so one bad fact never hides
/// the others.
/// </summary>
public static class Binder
{
    private static readonly string[] BuiltInFields = ["id", "citations", "basis", "note"];
    // Members a generated static class has or inherits, and FactData, which its properties name:
    // a fact property with one of these names would hide it (CS0108) or shadow it.
    private static readonly string[] StaticMembers = ["All", "Get", "TryGet", "Count", "Equals", "ReferenceEquals", "GetHashCode", "ToString", "GetType", "MemberwiseClone", "Finalize", "FactData"];

    /// <summary>Binds one data file without the rest of the corpus; with an invalid schema, only its reading problems.</summary>
    public static FileBinding BindFile(SchemaModel schema, ParsedFile file)
    {
        if (!schema.IsValid || file.IsSchema) return new FileBinding(file.Path, EquatableArray<FileFact>.Empty, file.Diagnostics);
        var binder = new FileBinder(schema, file.Diagnostics);
        binder.Bind(file);
        return new FileBinding(file.Path, binder.Facts.ToEquatableArray(), binder.Diagnostics.ToEquatableArray());
    }

    /// <summary>Joins files bound by <see cref="BindFile"/> into the model.</summary>
    /// <param name="sources">The articles, to check quotes and coverage; null when none are given.</param>
    public static BindResult Bind(SchemaModel schema, IEnumerable<FileBinding> files, IReadOnlyList<SourceDocument>? sources, ReadLimits limits)
    {
        var diagnostics = new List<FactDiagnostic>();
        // '/' and '\' sort differently against digits: normalize, so Windows and Linux number facts alike.
        var ordered = files.OrderBy(f => f.Path.Replace('\\', '/'), StringComparer.Ordinal).ToList();
        foreach (var file in ordered) diagnostics.AddRange(file.Diagnostics);
        if (!schema.IsValid) return new BindResult(FactModel.Empty, diagnostics.ToEquatableArray());

        var context = new BindingContext(schema, diagnostics, limits, ordered.Sum(f => f.Facts.Count));
        foreach (var file in ordered)
        {
            foreach (var fact in file.Facts) context.Collect(fact);
        }
        context.ReportLimits();
        context.CheckNames();
        context.ReportValues();
        context.CheckReferences();
        new CitationChecker(context, sources).Check();
        return new BindResult(context.BuildModel(), diagnostics.ToEquatableArray());
    }

    /// <summary>A fact of the corpus: its file binding, and what the corpus checks take away from it.</summary>
    internal sealed class RawFact
    {
        public RawFact(KindSchema kind, FileFact source)
        {
            Kind = kind;
            Source = source;
            Values = source.Fact.Values;
            Citations = source.Citations;
            FieldCitations = source.FieldCitations;
        }

        public KindSchema Kind { get; }
        public FileFact Source { get; }
        public string Id => Source.Fact.Id;
        public SourceSpan IdSpan => Source.IdSpan;
        public bool IsInferred => Source.Fact.IsInferred;
        public string? Note => Source.Fact.Note;
        public EquatableArray<FactValue?> Values { get; private set; }
        public EquatableArray<LocatedCitation> Citations { get; private set; }

        /// <summary>Citations held in fields of type citation: checked like <see cref="Citations"/>.</summary>
        public EquatableArray<LocatedCitation> FieldCitations { get; private set; }
        public bool Dropped { get; set; }
        private bool _changed;

        /// <summary>Takes out references and citations that do not resolve.</summary>
        public void Remove(Func<FactValue?, bool> invalid)
        {
            var values = new FactValue?[Values.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Values[i] switch
                {
                    ListValue list => new ListValue(list.Items.Where(v => !invalid(v)).ToEquatableArray()),
                    var value when invalid(value) => null,
                    var value => value,
                };
            }
            Values = new EquatableArray<FactValue?>(values);
            Citations = Citations.Where(c => !invalid(c.Citation)).ToEquatableArray();
            FieldCitations = FieldCitations.Where(c => !invalid(c.Citation)).ToEquatableArray();
            _changed = true;
        }

        /// <summary>The fact for the model: the file's own unless references were taken out.</summary>
        public BoundFact ToBound() =>
            _changed ? new BoundFact(Id, Values, Citations.Select(c => c.Citation).ToEquatableArray(), IsInferred, Note) : Source.Fact;
    }

    /// <summary>Binds the facts of one file: what can be checked without the other files.</summary>
    private sealed class FileBinder
    {
        private readonly SchemaModel _schema;

        public FileBinder(SchemaModel schema, EquatableArray<FactDiagnostic> readProblems)
        {
            _schema = schema;
            Diagnostics = new List<FactDiagnostic>(readProblems);
        }

        public List<FactDiagnostic> Diagnostics { get; }
        public List<FileFact> Facts { get; } = new();

        private void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
            Diagnostics.Add(FactDiagnostic.Create(descriptor, span, args));

        public void Bind(ParsedFile file)
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
            var kind = _schema.FindKind(kindName);
            if (kind is null)
            {
                Report(DiagnosticCatalog.UnknownKind, kindNode.Span, kindName, Naming.DidYouMean(kindName, _schema.Kinds.Select(k => k.Name)));
                return;
            }

            var factsNode = root.Find("facts")?.Value;
            if (factsNode is null || factsNode is YamlScalar { IsNull: true }) return;
            if (factsNode is not YamlSequence facts)
            {
                Report(DiagnosticCatalog.UnknownShape, factsNode.Span, "'facts:' must be a list of facts, each starting with '- id:'");
                return;
            }
            foreach (var item in facts.Items) BindFact(kind, item);
        }

        private void BindFact(KindSchema kind, YamlNode item)
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
            Facts.Add(new FactBinder(kind, idNode, body).Bind());
        }
    }

    /// <summary>Binds one fact's entries: field values, citations, basis and note.</summary>
    private sealed class FactBinder
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
                    case "id":
                        continue;
                    case "citations":
                        BindCitations(entry.Value, converter);
                        continue;
                    case "basis":
                        BindBasis(entry.Value);
                        continue;
                    case "note":
                        _note = entry.Value is YamlScalar { IsNull: false } note ? note.Value : null;
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
            var hasCitationsEntry = _body.Find("citations")?.Value is YamlSequence { Items.Count: > 0 };
            var fileSpan = kind.IsSource ? _body.Find("file")?.Value.Span : null;
            return new FileFact(kind.Name, Naming.ToPascalCase(_idNode.Value), _idNode.Span, fact, _citations.ToEquatableArray(), converter.FieldCitations.ToEquatableArray(),
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
                Report(DiagnosticCatalog.WrongValueType, node.Span, "citations", "a list of { source, paragraph, quote }", ValueConverter.Describe(node));
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
            Report(DiagnosticCatalog.InvalidEnumValue, node.Span, text ?? ValueConverter.Describe(node), "basis", "stated, inferred");
        }
    }

    internal sealed class BindingContext
    {
        private readonly List<RawFact> _facts;
        private readonly Dictionary<string, RawFact> _byId;
        private readonly Dictionary<string, KindSchema> _kinds = new(StringComparer.Ordinal);
        private int _overLimit;
        private SourceSpan? _firstOverLimit;

        /// <param name="facts">How many facts the files hold, so the tables are made once at their size.</param>
        public BindingContext(SchemaModel schema, List<FactDiagnostic> diagnostics, ReadLimits limits, int facts)
        {
            var capacity = Math.Min(facts, limits.MaxFacts);
            _facts = new List<RawFact>(capacity);
            _byId = new Dictionary<string, RawFact>(capacity, StringComparer.Ordinal);
            Schema = schema;
            Diagnostics = diagnostics;
            Limits = limits;
            foreach (var kind in schema.Kinds) _kinds[kind.Name] = kind;
        }

        public SchemaModel Schema { get; }
        public List<FactDiagnostic> Diagnostics { get; }
        public ReadLimits Limits { get; }
        public IReadOnlyList<RawFact> Facts => _facts;
        public IReadOnlyDictionary<string, RawFact> ById => _byId;

        public void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
            Diagnostics.Add(FactDiagnostic.Create(descriptor, span, args));

        /// <summary>Adds a fact of a file to the corpus: unless its id is taken, or the corpus is full.</summary>
        public void Collect(FileFact source)
        {
            if (!_kinds.TryGetValue(source.Kind, out var kind)) return;
            if (_facts.Count >= Limits.MaxFacts)
            {
                // Counted, not bound: reported once, with the corpus's real size, by ReportLimits.
                _overLimit++;
                _firstOverLimit ??= source.IdSpan;
                return;
            }

            var fact = new RawFact(kind, source);
            if (_byId.TryGetValue(fact.Id, out var first))
            {
                Report(DiagnosticCatalog.DuplicateId, fact.IdSpan, fact.Id, OtherPlace(first.IdSpan, fact.IdSpan));
                Report(DiagnosticCatalog.DuplicateId, first.IdSpan, fact.Id, OtherPlace(fact.IdSpan, first.IdSpan));
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

        /// <summary>The problems in the values of the facts kept (a duplicate's or one over the limit are not reported).</summary>
        public void ReportValues()
        {
            foreach (var fact in _facts) Diagnostics.AddRange(fact.Source.Diagnostics);
        }

        public void CheckReferences()
        {
            var invalid = new HashSet<(RawFact, string)>();
            var sourceKind = Schema.SourceKind?.Name;
            foreach (var fact in _facts)
            {
                foreach (var reference in fact.Source.References) Check(fact, reference);
            }
            if (invalid.Count == 0) return;

            // Drop what does not resolve, so the emitted model still compiles; the other facts keep the
            // very BoundFact their file made, so the model compares fast and the cache holds one copy.
            var affected = new HashSet<RawFact>(invalid.Select(pair => pair.Item1));
            foreach (var fact in _facts)
            {
                if (!affected.Contains(fact)) continue;
                fact.Remove(value => value switch
                {
                    ReferenceValue reference => invalid.Contains((fact, reference.Id)),
                    CitationValue citation => invalid.Contains((fact, citation.SourceId)),
                    _ => false,
                });
            }

            void Check(RawFact fact, PendingReference reference)
            {
                var targetKind = reference.IsCitation ? sourceKind! : reference.Field!.TargetKind!;
                if (_byId.TryGetValue(reference.Id, out var target) && target.Kind.Name == targetKind)
                {
                    // A fact dropped for a name clash (FG0015, already reported) is not in the model either.
                    if (target.Dropped) invalid.Add((fact, reference.Id));
                    return;
                }
                invalid.Add((fact, reference.Id));
                if (target is not null)
                {
                    Report(DiagnosticCatalog.ReferenceToWrongKind, reference.Span, reference.Field?.Name ?? "source", targetKind, reference.Id, target.Kind.Name);
                    return;
                }
                var candidates = _facts.Where(f => f.Kind.Name == targetKind).Select(f => f.Id);
                var suggestion = Naming.DidYouMean(reference.Id, candidates);
                if (reference.IsCitation) Report(DiagnosticCatalog.UnknownSource, reference.Span, reference.Id, suggestion);
                else Report(DiagnosticCatalog.UnresolvedReference, reference.Span, targetKind, reference.Id, suggestion);
            }
        }

        public void CheckNames()
        {
            foreach (var group in _facts.GroupBy(f => f.Kind.Name))
            {
                var kind = group.First().Kind;
                // The fact that took a name, or null for a member the class already has; the message is
                // made only on a clash (one string per fact cost more than the check at 100,000 facts).
                var taken = new Dictionary<string, RawFact?>(StringComparer.Ordinal);
                foreach (var member in StaticMembers.Concat([kind.Plural, kind.Name + "Ids"]).Concat(kind.Fields.Where(f => f.IsIndexed).Select(f => "By" + f.PropertyName)))
                {
                    taken[member] = null;
                }
                foreach (var fact in group)
                {
                    var name = fact.Source.Member;
                    if (taken.TryGetValue(name, out var owner))
                    {
                        Report(DiagnosticCatalog.NameCollision, fact.IdSpan, fact.Id, name, owner is null ? "a member the generated class already has" : $"the same as '{owner.Id}'");
                        fact.Dropped = true;
                        continue;
                    }
                    taken[name] = fact;
                }
            }
        }

        public FactModel BuildModel()
        {
            var byKind = _facts.Where(f => !f.Dropped).ToLookup(f => f.Kind.Name, StringComparer.Ordinal);
            var kinds = new List<BoundKind>();
            foreach (var kind in Schema.Kinds)
            {
                kinds.Add(new BoundKind(kind, byKind[kind.Name].Select(f => f.ToBound()).ToEquatableArray()));
            }
            return new FactModel(kinds.ToEquatableArray());
        }
    }
}
