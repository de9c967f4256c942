using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Binding;
using FactGen.Core.Collections;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>
/// Model in, C# out: one file per kind, the shared support types, and <c>FactData</c>, which
/// builds every fact once, at first use, from UTF-8 data compiled into the assembly: no YAML or
/// reflection at run time, and code whose size does not grow with the corpus.
/// Pure: no Roslyn types, so it can be tested on a hand-built model.
/// </summary>
public static class ModelEmitter
{
    public const string SupportHintName = "FactGen.Support.g.cs";
    public const string DataHintName = "FactGen.FactData.g.cs";

    /// <summary>Every file, in one go: the shared files and one per kind.</summary>
    public static IReadOnlyList<GeneratedSource> Emit(FactModel model, EmitOptions options)
    {
        if (model.Kinds.Count == 0) return [];
        // In the order the generator adds them: the kinds' files, then the shared ones.
        var sources = Units(model, options).Select(EmitKind).ToList();
        sources.AddRange(EmitShared(Shape(model, options)));
        return sources;
    }

    /// <summary>
    /// One unit per kind, holding all its file depends on, so the generator caches each kind's file
    /// apart: editing a person re-emits the people, not the statements.
    /// </summary>
    public static EquatableArray<KindUnit> Units(FactModel model, EmitOptions options)
    {
        if (model.Kinds.Count == 0) return EquatableArray<KindUnit>.Empty;
        var ids = model.Kinds.Select(IdsOf).ToEquatableArray();
        return model.Kinds.Select(kind => Unit(kind, ids, options)).ToEquatableArray();
    }

    /// <summary>A kind's schema and its facts' ids in order: what another kind's file needs to point at them.</summary>
    public static KindIds IdsOf(BoundKind kind) => new(kind.Schema, kind.Facts.Select(f => f.Id).ToEquatableArray());

    /// <summary>
    /// One kind's unit. The generator makes one per kind from the kind and every kind's ids, so a
    /// unit is worked out again only when its own facts change or a kind's ids do, and only the
    /// kinds it points at are looked through.
    /// </summary>
    public static KindUnit Unit(BoundKind kind, EquatableArray<KindIds> ids, EmitOptions options)
    {
        var schemas = ids.Select(i => i.Schema).ToEquatableArray();
        var sourceKind = schemas.FirstOrDefault(k => k.IsSource)?.Name;
        var tables = new Dictionary<string, Dictionary<string, int>>(System.StringComparer.Ordinal);
        // The facts this kind points at, in the order its facts first name them: deterministic, and
        // unchanged for a kind whose facts and whose targets' slots did not change.
        var referenced = new List<IdSlot>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var fields = kind.Schema.Fields;
        foreach (var fact in kind.Facts)
        {
            for (var i = 0; i < fact.Values.Count && i < fields.Count; i++)
            {
                var target = fields[i].Type == FieldType.Citation ? sourceKind : fields[i].TargetKind;
                if (target is not null) AddReferenced(fact.Values[i], target);
            }
            if (sourceKind is not null)
            {
                foreach (var citation in fact.Citations) AddReferenced(citation, sourceKind);
            }
        }
        return new KindUnit(kind, schemas, new EquatableArray<IdSlot>(referenced.ToArray()), options);

        void AddReferenced(FactValue? value, string targetKind)
        {
            switch (value)
            {
                case ReferenceValue reference:
                    Add(reference.Id, targetKind);
                    break;
                case CitationValue citation:
                    Add(citation.SourceId, targetKind);
                    break;
                case ListValue list:
                    foreach (var item in list.Items) AddReferenced(item, targetKind);
                    break;
            }
        }

        void Add(string id, string targetKind)
        {
            if (!seen.Add(id)) return;
            if (!tables.TryGetValue(targetKind, out var table)) tables[targetKind] = table = SlotsOf(ids, targetKind);
            if (table.TryGetValue(id, out var slot)) referenced.Add(new IdSlot(id, slot));
        }
    }

    private static Dictionary<string, int> SlotsOf(EquatableArray<KindIds> ids, string kind)
    {
        var table = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (var entry in ids)
        {
            if (entry.Schema.Name != kind) continue;
            for (var i = 0; i < entry.Ids.Count; i++) table[entry.Ids[i]] = i;
        }
        return table;
    }

    /// <summary>What the shared files depend on: the kinds' schemas and how many facts each has.</summary>
    public static ModelShape Shape(FactModel model, EmitOptions options) =>
        new(model.Kinds.Select(k => k.Schema).ToEquatableArray(), model.Kinds.Select(k => k.Facts.Count).ToEquatableArray(), options);

    public static GeneratedSource EmitKind(KindUnit unit)
    {
        if (unit.Error is not null) throw new System.InvalidOperationException(unit.Error);
        var index = new ModelIndex(unit.Schemas, unit.Slots.ToDictionary(s => s.Id, s => s.Slot, System.StringComparer.Ordinal));
        var emitter = new KindEmitter(unit.Kind, index, unit.Options);
        return new GeneratedSource($"FactGen.{unit.Kind.Schema.Name}.g.cs", Wrap(unit.Options, emitter.Emit));
    }

    /// <summary>The support types and <c>FactData</c>'s fields and static constructor; empty for a model without kinds.</summary>
    public static IReadOnlyList<GeneratedSource> EmitShared(ModelShape shape)
    {
        if (shape.Schemas.Count == 0) return [];
        var index = new ModelIndex(shape.Schemas, new Dictionary<string, int>());
        return
        [
            new(SupportHintName, Wrap(shape.Options, w => SupportEmitter.Emit(w, index, shape.Options))),
            new(DataHintName, Wrap(shape.Options, w => EmitData(w, index, shape))),
        ];
    }

    private static void EmitData(SourceWriter w, ModelIndex index, ModelShape shape)
    {
        var kinds = shape.Schemas;
        w.Line("/// <summary>Every fact, read once at first use from UTF-8 data compiled into the assembly, in passes so references may form cycles.</summary>");
        w.Line(GeneratedCode(shape.Options));
        w.Open("internal static partial class FactData");
        for (var k = 0; k < kinds.Count; k++)
        {
            foreach (var field in KindEmitter.Fields(kinds[k], shape.Counts[k])) w.Line(field);
        }
        w.Line();
        w.Open("static FactData()");
        w.Line("// Pass 1 creates every fact with its own values; pass 2 links references, which may point");
        w.Line("// at any fact, so cycles (Person -> Country -> Person) work; then the inverses and lookups.");
        foreach (var kind in kinds) w.Line(DataNames.Create(kind.Plural) + "();");
        foreach (var kind in kinds) w.Line(DataNames.Link(kind.Plural) + "();");
        foreach (var kind in kinds.Where(k => index.InversesOf(k).Any())) w.Line(DataNames.LinkInverses(kind.Plural) + "();");
        foreach (var kind in kinds) w.Line(DataNames.Index(kind.Plural) + "();");
        w.Line(DataNames.IndexAllFacts + "();");
        w.Close().Line();
        w.Line($"internal static {TypeNames.ReadOnlyList}<T> {DataNames.ReadOnlyList}<T>(T[] items) => new global::System.Collections.ObjectModel.ReadOnlyCollection<T>(items);").Line();
        w.Line("/// <summary>Adds a fact to the group of a key, once even when the fact has the key twice.</summary>");
        w.Open($"private static void {DataNames.AddToGroup}<TKey, T>(global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.List<T>> groups, TKey key, T fact) where TKey : notnull where T : class");
        w.Line("if (!groups.TryGetValue(key, out var group)) groups.Add(key, group = new global::System.Collections.Generic.List<T>());");
        w.Line("if (group.Count == 0 || !ReferenceEquals(group[group.Count - 1], fact)) group.Add(fact);");
        w.Close().Line();
        w.Line($"private static {TypeNames.ReadOnlyList}<T> {DataNames.Group}<TKey, T>(global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.List<T>> groups, TKey key) where TKey : notnull =>");
        w.Line($"    groups.TryGetValue(key, out var group) ? {DataNames.ReadOnlyList}(group.ToArray()) : global::System.Array.Empty<T>();").Line();
        w.Open($"private static global::System.Collections.Generic.Dictionary<TKey, {TypeNames.ReadOnlyList}<T>> {DataNames.ReadOnlyGroups}<TKey, T>(global::System.Collections.Generic.Dictionary<TKey, global::System.Collections.Generic.List<T>> groups, global::System.Collections.Generic.IEqualityComparer<TKey>? comparer) where TKey : notnull");
        w.Line($"var result = new global::System.Collections.Generic.Dictionary<TKey, {TypeNames.ReadOnlyList}<T>>(groups.Count, comparer);");
        w.Line($"foreach (var pair in groups) result.Add(pair.Key, {DataNames.ReadOnlyList}(pair.Value.ToArray()));");
        w.Line("return result;");
        w.Close().Line();
        EmitReader(w, index);
        w.Close();
    }

    /// <summary>The reader of the data lines <see cref="DataLine"/> writes.</summary>
    private static void EmitReader(SourceWriter w, ModelIndex index)
    {
        var reader = DataNames.Reader;
        w.Line($"private delegate T {DataNames.ReaderItem}<T>(ref {reader} reader);").Line();
        w.Line("/// <summary>");
        w.Line("/// Reads the values the generator wrote: numbers in ASCII digits, a string as its UTF-8 byte count,");
        w.Line("/// ':' and its bytes, '~' for no value; every value ends with '|' and every fact with a line feed.");
        w.Line("/// </summary>");
        w.Open($"private ref struct {reader}");
        w.Line("private readonly global::System.ReadOnlySpan<byte> _data;");
        w.Line("private int _next;").Line();
        w.Open($"public {reader}(global::System.ReadOnlySpan<byte> data)");
        w.Line("_data = data;");
        w.Line("_next = 0;");
        w.Close().Line();
        w.Line("public bool More => _next < _data.Length;").Line();
        w.Open("public bool None()");
        w.Line("if (_data[_next] != (byte)'~') return false;");
        w.Line("_next++;");
        w.Line("Expect((byte)'|');");
        w.Line("return true;");
        w.Close().Line();
        w.Line("public int Int() => Number((byte)'|');").Line();
        w.Open("public string String()");
        w.Line("var length = Number((byte)':');");
        w.Line("var text = global::System.Text.Encoding.UTF8.GetString(_data.Slice(_next, length));");
        w.Line("_next += length;");
        w.Line("Expect((byte)'|');");
        w.Line("return text;");
        w.Close().Line();
        w.Line("/// <summary>Ids are interned, so an id constant finds its fact by reference equality.</summary>");
        w.Line("public string Id() => string.Intern(String());").Line();
        w.Line("public decimal Decimal() => decimal.Parse(String(), global::System.Globalization.NumberStyles.AllowLeadingSign | global::System.Globalization.NumberStyles.AllowDecimalPoint, global::System.Globalization.CultureInfo.InvariantCulture);").Line();
        w.Line($"public Citation Citation() => new Citation({DataNames.Items(index.SourceKind!.Plural)}[Int()], Int(), String());").Line();
        w.Line($"public {TypeNames.ReadOnlyList}<Citation> Citations() => List(static (ref {reader} item) => item.Citation());").Line();
        w.Open($"public {TypeNames.ReadOnlyList}<T> List<T>({DataNames.ReaderItem}<T> read)");
        w.Line("var count = Int();");
        w.Line("if (count == 0) return global::System.Array.Empty<T>();");
        w.Line("var items = new T[count];");
        w.Line("for (var i = 0; i < count; i++) items[i] = read(ref this);");
        w.Line($"return {DataNames.ReadOnlyList}(items);");
        w.Close().Line();
        w.Line("public void EndFact() => Expect((byte)'\\n');").Line();
        w.Open("private int Number(byte end)");
        w.Line("var negative = _data[_next] == (byte)'-';");
        w.Line("if (negative) _next++;");
        w.Line("var value = 0L;");
        w.Line("while (_data[_next] != end) value = value * 10 + (_data[_next++] - (byte)'0');");
        w.Line("_next++;");
        w.Line("return unchecked((int)(negative ? -value : value));");
        w.Close().Line();
        w.Open("private void Expect(byte expected)");
        w.Line("if (_data[_next++] != expected) throw new global::System.InvalidOperationException(\"FactGen: the generated fact data is corrupt; rebuild the project.\");");
        w.Close();
        w.Close();
    }

    private static string Wrap(EmitOptions options, System.Action<SourceWriter> body)
    {
        var w = new SourceWriter();
        w.Line("// <auto-generated/>");
        w.Line("// Generated by FactGen from the fact files. Do not edit: change the YAML instead.");
        w.Line("#nullable enable");
        w.Line();
        if (options.Namespace.Length > 0) w.Open($"namespace {options.Namespace}");
        body(w);
        if (options.Namespace.Length > 0) w.Close();
        return w.ToString();
    }

    internal static string GeneratedCode(EmitOptions options) =>
        $"[global::System.CodeDom.Compiler.GeneratedCode(\"FactGen\", {CSharp.Literal(options.Version)})]";

    internal static void Summary(SourceWriter w, string text) => w.Line($"/// <summary>{CSharp.DocText(text)}</summary>");

    /// <summary>A fact's docs show its citations, so IntelliSense tells where the fact comes from.</summary>
    internal static void FactDoc(SourceWriter w, ModelIndex index, BoundKind kind, BoundFact fact)
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
                var n => $" (and {(n - 1).ToString(System.Globalization.CultureInfo.InvariantCulture)} more citations)",
            };
            w.Line($"/// <para>{CSharp.DocText($"Cited: {citation.SourceId}, paragraph {citation.Paragraph.ToString(System.Globalization.CultureInfo.InvariantCulture)}: \"{citation.Quote}\"{more}")}</para>");
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

/// <summary>What one kind's file depends on: its facts, every kind's schema (for the names of
/// references and inverses), the array slots of the facts it points at, and the options.</summary>
/// <param name="Error">Why the unit could not be worked out (reported as FG0034 instead of a file); null when it could.</param>
public sealed record KindUnit(BoundKind Kind, EquatableArray<KindSchema> Schemas, EquatableArray<IdSlot> Slots, EmitOptions Options, string? Error = null);

public readonly record struct IdSlot(string Id, int Slot);

/// <summary>A kind's schema and its facts' ids in slot order (see <see cref="ModelEmitter.IdsOf"/>).</summary>
public sealed record KindIds(KindSchema Schema, EquatableArray<string> Ids);

/// <summary>What the shared files depend on: every kind's schema and fact count, and the options.</summary>
public sealed record ModelShape(EquatableArray<KindSchema> Schemas, EquatableArray<int> Counts, EmitOptions Options);
