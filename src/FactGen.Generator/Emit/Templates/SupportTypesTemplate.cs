using static FactGen.Core.GeneratedNames;

namespace FactGen.Generator.Emit.Templates;

/// <summary>
/// The types every model shares whatever its kinds: <c>IFact</c>, <c>FactBasis</c>,
/// <c>DatePrecision</c>, <c>FactDate</c> and the cross-kind <c>FactCatalog</c> class. Only the visibility
/// and the version in the attribute vary. <c>Citation</c>, <c>Sourced&lt;T&gt;</c> and
/// <c>SourcedValue</c>, which name the source kind, are emitted with that kind; the index behind
/// <c>FactCatalog</c>, which lists every kind, with <c>FactData</c>.
/// </summary>
internal static class SupportTypesTemplate
{
    public static string Text(string visibility, string generatedCode) => $$"""
        /// <summary>What every fact has: an id, citations, how it is known, other names, and what each source states.</summary>
        {{generatedCode}}
        {{visibility}} partial interface {{FactInterface}}
        {
            /// <summary>The fact's id: a lowercase slug, unique across the corpus.</summary>
            string {{Id}} { get; }
            /// <summary>Where in the sources the fact is stated.</summary>
            {{TypeNames.ReadOnlyList}}<{{Citation}}> {{Citations}} { get; }
            /// <summary>Whether the sources state the fact or a curator inferred it.</summary>
            {{FactBasis}} {{Basis}} { get; }
            /// <summary>The curator's note; always present on an inferred fact.</summary>
            string? {{Note}} { get; }
            /// <summary>True when a curator inferred the fact; <see cref="{{Note}}"/> says how.</summary>
            bool {{IsInferred}} { get; }
            /// <summary>The properties whose values a curator inferred in a fact otherwise stated; <see cref="{{Note}}"/> says how.</summary>
            {{TypeNames.ReadOnlyList}}<string> {{InferredFields}} { get; }
            /// <summary>Other names the sources use for the fact.</summary>
            {{TypeNames.ReadOnlyList}}<string> {{Aliases}} { get; }
            /// <summary>What each source states for the fields that may differ by source, field by field.</summary>
            {{TypeNames.ReadOnlyList}}<{{SourcedValue}}> {{BySource}} { get; }
        }

        /// <summary>How a fact is known.</summary>
        {{generatedCode}}
        {{visibility}} enum {{FactBasis}}
        {
            /// <summary>The source says it.</summary>
            Stated,
            /// <summary>A curator concluded it; the fact's note explains how.</summary>
            Inferred,
        }

        /// <summary>How much of a date is known.</summary>
        {{generatedCode}}
        {{visibility}} enum {{DatePrecision}}
        {
            /// <summary>Only the year.</summary>
            Year,
            /// <summary>The year and month.</summary>
            Month,
            /// <summary>The full date.</summary>
            Day,
        }

        /// <summary>A date known to a year, a month or a day.</summary>
        {{generatedCode}}
        {{visibility}} readonly record struct {{FactDate}}(int Year, int? Month, int? Day) : global::System.IComparable<{{FactDate}}>
        {
            /// <summary>How much of the date is known.</summary>
            public {{DatePrecision}} Precision => Day is not null ? {{DatePrecision}}.Day : Month is not null ? {{DatePrecision}}.Month : {{DatePrecision}}.Year;

            // Clamped, so default(FactDate) reads as 0001-01-01 instead of throwing.
            /// <summary>The first day the date can mean (the 1st of the month, or 1 January).</summary>
            public global::System.DateOnly Start => new(global::System.Math.Max(1, Year), global::System.Math.Clamp(Month ?? 1, 1, 12), global::System.Math.Clamp(Day ?? 1, 1, global::System.DateTime.DaysInMonth(global::System.Math.Max(1, Year), global::System.Math.Clamp(Month ?? 1, 1, 12))));

            /// <inheritdoc/>
            public int CompareTo({{FactDate}} other) => Start != other.Start ? Start.CompareTo(other.Start) : Precision.CompareTo(other.Precision);

            /// <summary>ISO 8601 to the known precision: 2024, 2024-04 or 2024-04-24.</summary>
            public override string ToString() => Precision switch
            {
                {{DatePrecision}}.Day => Start.ToString("yyyy-MM-dd", global::System.Globalization.CultureInfo.InvariantCulture),
                {{DatePrecision}}.Month => Start.ToString("yyyy-MM", global::System.Globalization.CultureInfo.InvariantCulture),
                _ => Year.ToString("D4", global::System.Globalization.CultureInfo.InvariantCulture),
            };
        }

        /// <summary>Every fact of every kind, by id.</summary>
        {{generatedCode}}
        {{visibility}} static partial class {{FactCatalog}}
        {
            /// <summary>All facts, kind by kind in schema order.</summary>
            public static {{TypeNames.ReadOnlyList}}<{{FactInterface}}> {{All}} => {{FactData}}.{{DataNames.AllFactsList}}.{{DataNames.HeldAll}};

            /// <summary>The fact with this id, of whatever kind.</summary>
            /// <exception cref="global::System.Collections.Generic.KeyNotFoundException">No fact has the id.</exception>
            public static {{FactInterface}} {{Get}}(string id) => {{TryGet}}(id, out var fact) ? fact : throw new global::System.Collections.Generic.KeyNotFoundException("No fact has the id '" + id + "'.");

            /// <summary>Finds the fact with this id, of whatever kind, without throwing.</summary>
            public static bool {{TryGet}}(string id, [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out {{FactInterface}}? fact)
            {
                if (id is null) throw new global::System.ArgumentNullException(nameof(id));
                return {{FactData}}.{{DataNames.TryGetAny}}(id, out fact);
            }
        }
        """;
}
