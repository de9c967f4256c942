using System.Linq;

namespace FactGen.Generator.Emit;

/// <summary>The types every model shares: IFact, FactBasis, Citation, FactDate and the cross-kind Facts class.</summary>
internal static class SupportEmitter
{
    public static void Emit(SourceWriter w, ModelIndex index, EmitOptions options)
    {
        var visibility = options.Visibility;
        var source = index.SourceKind!;
        var generated = ModelEmitter.GeneratedCode(options);

        w.Line("/// <summary>What every fact has: an id, citations and how it is known.</summary>").Line(generated);
        w.Open($"{visibility} interface IFact");
        w.Line("/// <summary>The fact's id: a lowercase slug, unique across the corpus.</summary>").Line("string Id { get; }");
        w.Line("/// <summary>Where in the sources the fact is stated.</summary>").Line($"{TypeNames.ReadOnlyList}<Citation> Citations {{ get; }}");
        w.Line("/// <summary>Whether the sources state the fact or a curator inferred it.</summary>").Line("FactBasis Basis { get; }");
        w.Line("/// <summary>The curator's note; always present on an inferred fact.</summary>").Line("string? Note { get; }");
        w.Close().Line();

        w.Line("/// <summary>How a fact is known.</summary>").Line(generated);
        w.Open($"{visibility} enum FactBasis");
        w.Line("/// <summary>The source says it.</summary>").Line("Stated,");
        w.Line("/// <summary>A curator concluded it; the fact's note explains how.</summary>").Line("Inferred,");
        w.Close().Line();

        w.Line("/// <summary>A quoted anchor in a source: the source, the paragraph (0 is the headline) and the exact words.</summary>").Line(generated);
        w.Open($"{visibility} sealed record Citation({source.Name} Source, int Paragraph, string Quote)");
        w.Line("/// <inheritdoc/>");
        w.Line("public override string ToString() => Source.Id + \", paragraph \" + Paragraph.ToString(global::System.Globalization.CultureInfo.InvariantCulture) + \": \\\"\" + Quote + \"\\\"\";");
        w.Close().Line();

        w.Line("/// <summary>How much of a date is known.</summary>").Line(generated);
        w.Open($"{visibility} enum DatePrecision");
        w.Line("/// <summary>Only the year.</summary>").Line("Year,");
        w.Line("/// <summary>The year and month.</summary>").Line("Month,");
        w.Line("/// <summary>The full date.</summary>").Line("Day,");
        w.Close().Line();

        w.Line("/// <summary>A date known to a year, a month or a day.</summary>").Line(generated);
        w.Open($"{visibility} readonly record struct FactDate(int Year, int? Month, int? Day) : global::System.IComparable<FactDate>");
        w.Line("/// <summary>How much of the date is known.</summary>");
        w.Line("public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;").Line();
        w.Line("/// <summary>The first day the date can mean (the 1st of the month, or 1 January).</summary>");
        // Clamped, so default(FactDate) reads as 0001-01-01 instead of throwing.
        w.Line("public global::System.DateOnly Start => new(global::System.Math.Max(1, Year), global::System.Math.Clamp(Month ?? 1, 1, 12), global::System.Math.Clamp(Day ?? 1, 1, global::System.DateTime.DaysInMonth(global::System.Math.Max(1, Year), global::System.Math.Clamp(Month ?? 1, 1, 12))));").Line();
        w.Line("/// <inheritdoc/>");
        w.Line("public int CompareTo(FactDate other) => Start != other.Start ? Start.CompareTo(other.Start) : Precision.CompareTo(other.Precision);").Line();
        w.Line("/// <summary>ISO 8601 to the known precision: 2024, 2024-04 or 2024-04-24.</summary>");
        w.Line("public override string ToString() => Precision switch");
        w.Line("{");
        w.Line("    DatePrecision.Day => Start.ToString(\"yyyy-MM-dd\", global::System.Globalization.CultureInfo.InvariantCulture),");
        w.Line("    DatePrecision.Month => Start.ToString(\"yyyy-MM\", global::System.Globalization.CultureInfo.InvariantCulture),");
        w.Line("    _ => Year.ToString(\"D4\", global::System.Globalization.CultureInfo.InvariantCulture),");
        w.Line("};");
        w.Close().Line();

        w.Line("/// <summary>Every fact of every kind, by id.</summary>").Line(generated);
        w.Open($"{visibility} static partial class Facts");
        w.Line("/// <summary>All facts, kind by kind in schema order.</summary>");
        w.Line($"public static {TypeNames.ReadOnlyList}<IFact> All => FactData.{DataNames.AllFacts};").Line();
        w.Line("/// <summary>The fact with this id, of whatever kind.</summary>");
        w.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No fact has the id.</exception>");
        w.Line("public static IFact Get(string id) => TryGet(id, out var fact) ? fact : throw new global::System.Collections.Generic.KeyNotFoundException(\"No fact has the id '\" + id + \"'.\");").Line();
        w.Line("/// <summary>Finds the fact with this id, of whatever kind, without throwing.</summary>");
        w.Open("public static bool TryGet(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out IFact? fact)");
        w.Line("if (id is null) throw new global::System.ArgumentNullException(nameof(id));");
        w.Line($"return FactData.{DataNames.AllFactsById}.TryGetValue(id, out fact);");
        w.Close();
        w.Close().Line();

        w.Open("internal static partial class FactData");
        w.Line($"internal static {TypeNames.ReadOnlyList}<IFact> {DataNames.AllFacts} = null!;");
        w.Line($"internal static global::System.Collections.Generic.Dictionary<string, IFact> {DataNames.AllFactsById} = null!;").Line();
        w.Open($"private static void {DataNames.IndexAllFacts}()");
        var total = string.Join(" + ", index.Kinds.Select(k => $"{DataNames.Items(k.Plural)}.Length"));
        w.Line($"var all = new IFact[{total}];");
        w.Line("var next = 0;");
        foreach (var kind in index.Kinds)
        {
            w.Line($"foreach (var fact in {DataNames.Items(kind.Plural)}) all[next++] = fact;");
        }
        w.Line($"{DataNames.AllFacts} = {DataNames.ReadOnlyList}(all);");
        w.Line($"{DataNames.AllFactsById} = new global::System.Collections.Generic.Dictionary<string, IFact>(all.Length, global::System.StringComparer.Ordinal);");
        w.Line($"foreach (var fact in all) {DataNames.AllFactsById}.Add(fact.Id, fact);");
        w.Close();
        w.Close();
    }
}
