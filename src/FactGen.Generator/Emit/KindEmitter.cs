using System.Collections.Generic;
using System.Linq;
using FactGen.Core;
using FactGen.Core.Binding;
using FactGen.Core.Schema;

namespace FactGen.Generator.Emit;

/// <summary>
/// Emits one kind: its enums, the <c>sealed partial record</c>, the static class with a property
/// per fact and lookups, the id constants, and the part of <c>FactData</c> that creates its facts.
/// </summary>
internal sealed class KindEmitter
{
    /// <summary>Facts per data literal: one C# line each, joined with '+', which the compiler folds into one blob.</summary>
    public const int ChunkSize = 500;

    private readonly BoundKind _kind;
    private readonly KindSchema _schema;
    private readonly ModelIndex _index;
    private readonly EmitOptions _options;
    private readonly DataWriter _data;
    private readonly List<(KindSchema Owner, FieldSchema Field)> _inverses;

    public KindEmitter(BoundKind kind, ModelIndex index, EmitOptions options)
    {
        _kind = kind;
        _schema = kind.Schema;
        _index = index;
        _options = options;
        _data = new DataWriter(index);
        _inverses = index.InversesOf(kind.Schema).ToList();
    }

    public EmitOptions Options => _options;

    public int ChunkCount => (_kind.Facts.Count + ChunkSize - 1) / ChunkSize;

    public void Emit(SourceWriter w)
    {
        foreach (var field in _schema.Fields.Where(f => f.Type == FieldType.Enum)) EmitEnum(w, field);
        EmitRecord(w);
        EmitStaticClass(w);
        EmitIds(w);
        EmitData(w);
    }

    private void EmitEnum(SourceWriter w, FieldSchema field)
    {
        w.Line($"/// <summary>The values of <see cref=\"{_schema.Name}.{field.PropertyName}\"/>.</summary>");
        w.Line(ModelEmitter.GeneratedCode(_options));
        w.Open($"{_options.Visibility} enum {TypeNames.EnumType(_schema, field)}");
        foreach (var value in field.EnumValues)
        {
            w.Line($"/// <summary><c>{CSharp.DocText(value)}</c> in the fact files.</summary>");
            w.Line(Naming.ToPascalCase(value) + ",");
        }
        w.Close().Line();
    }

    private void EmitRecord(SourceWriter w)
    {
        var name = _schema.Name;
        var plain = _schema.Fields.Where(f => !TypeNames.IsLinked(f)).ToList();
        var linked = _schema.Fields.Where(TypeNames.IsLinked).ToList();

        ModelEmitter.Summary(w, _schema.Description ?? $"A {name} fact.");
        w.Line($"/// <remarks>Each {name} is one fact from the fact files; see <see cref=\"{_schema.Plural}\"/> for all of them. Equality and hashing are by <see cref=\"Id\"/>.</remarks>");
        w.Line(ModelEmitter.GeneratedCode(_options));
        w.Open($"{_options.Visibility} sealed partial record {name} : IFact");

        var parameters = new[] { "string id", "FactBasis basis", "string? note" }
            .Concat(plain.Select(f => $"{TypeNames.Property(_schema, f)} {Parameter(f)}"));
        w.Open($"internal {name}({string.Join(", ", parameters)})");
        w.Line("Id = id;").Line("Basis = basis;").Line("Note = note;");
        foreach (var field in plain) w.Line($"{field.PropertyName} = {Parameter(field)};");
        w.Close().Line();

        w.Line("/// <summary>The fact's id: a lowercase slug, unique across the corpus.</summary>").Line("public string Id { get; }").Line();
        foreach (var field in _schema.Fields)
        {
            ModelEmitter.Summary(w, field.Description ?? $"The {field.Name} of the {name}.");
            var setter = TypeNames.IsLinked(field) ? " private set; " : " ";
            var initializer = !TypeNames.IsLinked(field) ? string.Empty
                : field.IsList ? $" = global::System.Array.Empty<{TypeNames.Element(_schema, field)}>();"
                : field.IsRequired ? " = null!;" : string.Empty;
            w.Line($"public {TypeNames.Property(_schema, field)} {field.PropertyName} {{ get;{setter}}}{initializer}").Line();
        }
        foreach (var (owner, field) in _inverses)
        {
            var relation = field.IsList ? "includes" : "is";
            w.Line($"/// <summary>The {owner.Plural} whose <see cref=\"{owner.Name}.{field.PropertyName}\"/> {relation} this {name}.</summary>");
            w.Line($"public {TypeNames.ReadOnlyList}<{owner.Name}> {field.Inverse} {{ get; private set; }} = global::System.Array.Empty<{owner.Name}>();").Line();
        }
        w.Line("/// <summary>Where in the sources this fact is stated.</summary>");
        w.Line($"public {TypeNames.ReadOnlyList}<Citation> Citations {{ get; private set; }} = global::System.Array.Empty<Citation>();").Line();
        w.Line("/// <summary>Whether the articles state this fact or a curator inferred it.</summary>").Line("public FactBasis Basis { get; }").Line();
        w.Line("/// <summary>True when a curator inferred this fact; <see cref=\"Note\"/> says how.</summary>").Line("public bool IsInferred => Basis == FactBasis.Inferred;").Line();
        w.Line("/// <summary>The curator's note; always present on an inferred fact.</summary>").Line("public string? Note { get; }").Line();

        var linkParameters = linked.Select(f => $"{TypeNames.Property(_schema, f)} {Parameter(f)}")
            .Concat(new[] { $"{TypeNames.ReadOnlyList}<Citation> citations" });
        w.Open($"internal void Link({string.Join(", ", linkParameters)})");
        foreach (var field in linked) w.Line($"{field.PropertyName} = {Parameter(field)};");
        w.Line("Citations = citations;");
        w.Close().Line();

        if (_inverses.Count > 0)
        {
            var inverseParameters = _inverses.Select(i => $"{TypeNames.ReadOnlyList}<{i.Owner.Name}> {Parameter(i.Field.Inverse!)}");
            w.Open($"internal void LinkInverses({string.Join(", ", inverseParameters)})");
            foreach (var (_, field) in _inverses) w.Line($"{field.Inverse} = {Parameter(field.Inverse!)};");
            w.Close().Line();
        }

        w.Line("/// <summary>Facts are equal when their ids are: references between facts may form cycles.</summary>");
        w.Line($"public bool Equals({name}? other) => other is not null && string.Equals(Id, other.Id, global::System.StringComparison.Ordinal);").Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public override int GetHashCode() => global::System.StringComparer.Ordinal.GetHashCode(Id);").Line();
        w.Line("// Referenced facts print as their ids, so ToString never follows a cycle.");
        w.Open("private bool PrintMembers(global::System.Text.StringBuilder builder)");
        w.Line("builder.Append(\"Id = \").Append(Id);");
        foreach (var field in _schema.Fields.Where(f => !f.IsList && f.Type != FieldType.Citation))
        {
            // Numbers and dates print with the invariant culture, as everywhere else in the model.
            var value = field.Type switch
            {
                FieldType.Reference => $"{field.PropertyName}?.Id",
                FieldType.String or FieldType.Text or FieldType.Enum or FieldType.Url => field.PropertyName,
                _ => $"global::System.FormattableString.Invariant($\"{{{field.PropertyName}}}\")",
            };
            w.Line($"builder.Append(\", {field.PropertyName} = \").Append({value});");
        }
        w.Line("return true;");
        w.Close();
        w.Close().Line();
    }

    private void EmitStaticClass(SourceWriter w)
    {
        var name = _schema.Name;
        var plural = _schema.Plural;
        w.Line($"/// <summary>Every {name} in the fact files, by property, by id and through lookups.</summary>");
        w.Line(ModelEmitter.GeneratedCode(_options));
        w.Open($"{_options.Visibility} static partial class {plural}");
        for (var slot = 0; slot < _kind.Facts.Count; slot++)
        {
            var fact = _kind.Facts[slot];
            ModelEmitter.FactDoc(w, _index, _kind, fact);
            w.Line($"public static {name} {Naming.ToPascalCase(fact.Id)} => FactData.{DataNames.Items(plural)}[{slot}];").Line();
        }
        w.Line($"/// <summary>Every {name}, in the order of the fact files.</summary>");
        w.Line($"public static {TypeNames.ReadOnlyList}<{name}> All => FactData.{DataNames.All(plural)};").Line();
        w.Line($"/// <summary>The {name} with this id.</summary>");
        w.Line($"/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No {name} has the id.</exception>");
        w.Open($"public static {name} Get(string id)");
        w.Line($"if (TryGet(id, out var fact)) return fact;");
        w.Line($"throw new global::System.Collections.Generic.KeyNotFoundException(\"No {name} has the id '\" + id + \"'.\");");
        w.Close().Line();
        w.Line($"/// <summary>Finds the {name} with this id, without throwing.</summary>");
        w.Open($"public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {name}? fact)");
        w.Line("if (id is null) throw new global::System.ArgumentNullException(nameof(id));");
        w.Line($"return FactData.{DataNames.ById(plural)}.TryGetValue(id, out fact);");
        w.Close();
        foreach (var field in _schema.Fields.Where(f => f.IsIndexed))
        {
            var keyType = TypeNames.Element(_schema, field);
            var keyExpression = field.Type == FieldType.Reference ? "key.Id" : "key";
            w.Line();
            var relation = field.IsList ? "includes" : "is";
            w.Line($"/// <summary>The {plural} whose <see cref=\"{name}.{field.PropertyName}\"/> {relation} <paramref name=\"key\"/>; empty when none.</summary>");
            w.Open($"public static {TypeNames.ReadOnlyList}<{name}> By{field.PropertyName}({keyType} key)");
            if (field.Type == FieldType.Reference || field.Type == FieldType.String) w.Line("if (key is null) throw new global::System.ArgumentNullException(nameof(key));");
            w.Line($"return FactData.{DataNames.By(plural, field.PropertyName)}.TryGetValue({keyExpression}, out var facts) ? facts : global::System.Array.Empty<{name}>();");
            w.Close();
        }
        w.Close().Line();
    }

    private void EmitIds(SourceWriter w)
    {
        w.Line($"/// <summary>The id of every {_schema.Name}, as constants for attributes and switch statements.</summary>");
        w.Line(ModelEmitter.GeneratedCode(_options));
        w.Open($"{_options.Visibility} static partial class {_schema.Name}Ids");
        foreach (var fact in _kind.Facts)
        {
            w.Line($"/// <summary><c>{CSharp.DocText(fact.Id)}</c></summary>");
            w.Line($"public const string {Naming.ToPascalCase(fact.Id)} = {CSharp.Literal(fact.Id)};");
        }
        w.Close().Line();
    }

    private void EmitData(SourceWriter w)
    {
        var plural = _schema.Plural;
        var plain = _schema.Fields.Where(f => !TypeNames.IsLinked(f)).ToList();
        var linked = _schema.Fields.Where(TypeNames.IsLinked).ToList();

        w.Open("internal static partial class FactData");
        var line = new DataLine();
        for (var chunk = 0; chunk < ChunkCount; chunk++)
        {
            w.Line($"// {_schema.Name} {FirstSlot(chunk)} to {LastSlot(chunk)}: id, basis, note, {Describe(plain)}.");
            Blob(w, DataNames.Values(plural, chunk), chunk, fact =>
            {
                line.Start().String(fact.Id).Int(fact.IsInferred ? 1 : 0);
                if (fact.Note is null) line.None();
                else line.String(fact.Note);
                foreach (var field in plain) _data.Write(line, field, fact.Values[_schema.Fields.IndexOf(field)]);
                return line.End();
            });
            w.Line();
            w.Line($"// {_schema.Name} {FirstSlot(chunk)} to {LastSlot(chunk)}: {Describe(linked)}{(linked.Count > 0 ? ", " : string.Empty)}citations.");
            Blob(w, DataNames.Links(plural, chunk), chunk, fact =>
            {
                line.Start();
                foreach (var field in linked) _data.Write(line, field, fact.Values[_schema.Fields.IndexOf(field)]);
                _data.Citations(line, fact.Citations);
                return line.End();
            });
            w.Line();
        }

        var creation = new[] { "reader.Id()", "(FactBasis)reader.Int()", "reader.None() ? null : reader.String()" }
            .Concat(plain.Select(f => DataReading.Value(_schema, f, _index, "reader")));
        EmitPass(w, DataNames.Create(plural), DataNames.Values, $"{DataNames.Items(plural)}[slot++] = new {_schema.Name}({string.Join(", ", creation)});");
        w.Line();
        var linking = linked.Select(f => DataReading.Value(_schema, f, _index, "reader")).Concat(new[] { "reader.Citations()" });
        EmitPass(w, DataNames.Link(plural), DataNames.Links, $"{DataNames.Items(plural)}[slot++].Link({string.Join(", ", linking)});");
        w.Line();

        if (_inverses.Count > 0)
        {
            // Inverses are not stored: they are worked out from the forward references at first use.
            w.Open($"private static void {DataNames.LinkInverses(plural)}()");
            foreach (var (owner, field) in _inverses)
            {
                var map = "inverse" + field.Inverse;
                w.Line($"var {map} = new global::System.Collections.Generic.Dictionary<{_schema.Name}, global::System.Collections.Generic.List<{owner.Name}>>(global::System.Collections.Generic.ReferenceEqualityComparer.Instance);");
                w.Open($"foreach (var owner in {DataNames.Items(owner.Plural)})");
                if (field.IsList) w.Line($"foreach (var target in owner.{field.PropertyName}) {DataNames.AddToGroup}({map}, target, owner);");
                // A required reference is null only in a corpus with errors, but the model must still load.
                else w.Line($"if (owner.{field.PropertyName} is {{ }} target) {DataNames.AddToGroup}({map}, target, owner);");
                w.Close();
            }
            var arguments = _inverses.Select(i => $"{DataNames.Group}(inverse{i.Field.Inverse}, fact)");
            w.Line($"foreach (var fact in {DataNames.Items(plural)}) fact.LinkInverses({string.Join(", ", arguments)});");
            w.Close().Line();
        }

        w.Open($"private static void {DataNames.Index(plural)}()");
        w.Line($"{DataNames.All(plural)} = {DataNames.ReadOnlyList}({DataNames.Items(plural)});");
        w.Line($"{DataNames.ById(plural)} = new global::System.Collections.Generic.Dictionary<string, {_schema.Name}>({DataNames.Items(plural)}.Length, global::System.StringComparer.Ordinal);");
        w.Line($"foreach (var fact in {DataNames.Items(plural)}) {DataNames.ById(plural)}.Add(fact.Id, fact);");
        foreach (var field in _schema.Fields.Where(f => f.IsIndexed))
        {
            var keyType = ModelIndex.KeyType(_schema, field);
            var comparer = keyType == "string" ? "global::System.StringComparer.Ordinal" : "null";
            var groups = "by" + field.PropertyName;
            var key = field.Type == FieldType.Reference ? "key.Id" : "key";
            w.Line($"var {groups} = new global::System.Collections.Generic.Dictionary<{keyType}, global::System.Collections.Generic.List<{_schema.Name}>>({(comparer == "null" ? string.Empty : comparer)});");
            w.Open($"foreach (var fact in {DataNames.Items(plural)})");
            if (field.IsList) w.Line($"foreach (var key in fact.{field.PropertyName}) {DataNames.AddToGroup}({groups}, {key}, fact);");
            else if (field.IsRequired && field.Type is FieldType.Int or FieldType.Decimal or FieldType.Bool or FieldType.Date or FieldType.Enum) w.Line($"{DataNames.AddToGroup}({groups}, fact.{field.PropertyName}, fact);");
            else w.Line($"if (fact.{field.PropertyName} is {{ }} key) {DataNames.AddToGroup}({groups}, {key}, fact);");
            w.Close();
            w.Line($"{DataNames.By(plural, field.PropertyName)} = {DataNames.ReadOnlyGroups}({groups}, {comparer});");
        }
        w.Close();
        w.Close();
    }

    /// <summary>A pass over every chunk of data: the method the static constructor calls, and the loop that reads one chunk.</summary>
    private void EmitPass(SourceWriter w, string name, System.Func<string, int, string> blob, string statement)
    {
        w.Open($"private static void {name}()");
        if (ChunkCount > 0) w.Line("var slot = 0;");
        for (var chunk = 0; chunk < ChunkCount; chunk++) w.Line($"{name}({blob(_schema.Plural, chunk)}, ref slot);");
        w.Close().Line();
        w.Open($"private static void {name}(global::System.ReadOnlySpan<byte> data, ref int slot)");
        w.Line($"var reader = new {DataNames.Reader}(data);");
        w.Open("while (reader.More)");
        w.Line(statement);
        w.Line("reader.EndFact();");
        w.Close();
        w.Close();
    }

    private void Blob(SourceWriter w, string name, int chunk, System.Func<BoundFact, string> write)
    {
        w.Line($"private static global::System.ReadOnlySpan<byte> {name} =>");
        var last = LastSlot(chunk);
        for (var slot = FirstSlot(chunk); slot <= last; slot++)
        {
            w.Line("    " + write(_kind.Facts[slot]) + (slot == last ? ";" : " +"));
        }
    }

    private static string Describe(List<FieldSchema> fields) => string.Join(", ", fields.Select(f => f.Name));

    private int FirstSlot(int chunk) => chunk * ChunkSize;

    private int LastSlot(int chunk) => System.Math.Min(_kind.Facts.Count, (chunk + 1) * ChunkSize) - 1;

    /// <summary>The <c>FactData</c> fields of a kind: they depend only on its schema and how many facts it has.</summary>
    public static IEnumerable<string> Fields(KindSchema schema, int count)
    {
        var name = schema.Name;
        var plural = schema.Plural;
        yield return $"internal static readonly {name}[] {DataNames.Items(plural)} = new {name}[{count.ToString(System.Globalization.CultureInfo.InvariantCulture)}];";
        yield return $"internal static {TypeNames.ReadOnlyList}<{name}> {DataNames.All(plural)} = null!;";
        yield return $"internal static global::System.Collections.Generic.Dictionary<string, {name}> {DataNames.ById(plural)} = null!;";
        foreach (var field in schema.Fields.Where(f => f.IsIndexed))
        {
            yield return $"internal static global::System.Collections.Generic.Dictionary<{ModelIndex.KeyType(schema, field)}, {TypeNames.ReadOnlyList}<{name}>> {DataNames.By(plural, field.PropertyName)} = null!;";
        }
    }

    private static string Parameter(FieldSchema field) => Parameter(field.Name);

    private static string Parameter(string name) => "@" + char.ToLowerInvariant(name[0]) + name.Substring(1);
}
