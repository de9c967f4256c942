using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.RegularExpressions;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;
using FactGen.Core.Schema;

namespace FactGen.Core.Binding;

/// <summary>
/// Converts one YAML value to a field's type. The schema decides what a scalar means, with the
/// invariant culture: YAML 1.1 habits (<c>NO</c> as false, <c>010</c> as octal) never apply.
/// </summary>
internal sealed class ValueConverter
{
    private static readonly Regex DatePattern = new(@"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", RegexOptions.CultureInvariant);
    private static readonly Regex IntPattern = new(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant);
    private static readonly Regex DecimalPattern = new(@"^[-+]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$", RegexOptions.CultureInvariant);

    private readonly List<FactDiagnostic> _diagnostics;

    public ValueConverter(List<FactDiagnostic> diagnostics) => _diagnostics = diagnostics;

    /// <summary>References found while converting, checked once every id is known.</summary>
    public List<PendingReference> References { get; } = new();

    /// <summary>Citations found in fields of type citation, with their places, for the quote check.</summary>
    public List<LocatedCitation> FieldCitations { get; } = new();

    /// <param name="sourceId">The source the value is given for, in a per-source field; null when it stands for every source.</param>
    public FactValue? Convert(FieldSchema field, YamlNode node, string? sourceId = null)
    {
        if (node is YamlScalar { IsNull: true }) return null;
        if (!field.IsList) return ConvertSingle(field, node, sourceId);
        if (node is not YamlSequence sequence)
        {
            Report(DiagnosticCatalog.WrongValueType, node.Span, field.Name, "a list of " + Describe(field.Type), Describe(node));
            return null;
        }
        var items = new List<FactValue>(sequence.Items.Count);
        foreach (var item in sequence.Items)
        {
            var value = ConvertSingle(field, item, sourceId);
            if (value is not null) items.Add(value);
        }
        return new ListValue(items.ToEquatableArray());
    }

    public LocatedCitation? ConvertCitation(YamlNode node)
    {
        if (node is not YamlMapping mapping)
        {
            Report(DiagnosticCatalog.WrongValueType, node.Span, "citation", "a mapping { source, paragraph, quote }", Describe(node));
            return null;
        }
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key.Value is "source" or "paragraph" or "quote") continue;
            Report(DiagnosticCatalog.UnknownField, entry.Key.Span, "citation", entry.Key.Value, Naming.DidYouMean(entry.Key.Value, ["source", "paragraph", "quote"]));
        }
        var source = RequiredScalar(mapping, "source");
        var paragraph = RequiredScalar(mapping, "paragraph");
        var quote = RequiredScalar(mapping, "quote");
        if (source is null || paragraph is null || quote is null) return null;
        if (!IntPattern.IsMatch(paragraph.Value) || !int.TryParse(paragraph.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) || number < 0)
        {
            Report(DiagnosticCatalog.WrongValueType, paragraph.Span, "paragraph", "a paragraph number (0 for the headline, 1 for the first body paragraph)", Describe(paragraph));
            return null;
        }
        if (string.IsNullOrWhiteSpace(quote.Value))
        {
            // "   " normalizes to the empty string (TextNormalizer only folds white space), which
            // every paragraph contains: no proof at all.
            Report(DiagnosticCatalog.BlankQuote, quote.Span, number, source.Value);
            return null;
        }
        References.Add(new PendingReference(null, source.Value, source.Span, IsCitation: true));
        return new LocatedCitation(new CitationValue(source.Value, number, quote.Value), paragraph.Span, quote.Span, source.Span);

        YamlScalar? RequiredScalar(YamlMapping map, string key)
        {
            var value = map.Find(key)?.Value;
            if (value is YamlScalar { IsNull: false } scalar) return scalar;
            if (value is null || value is YamlScalar) Report(DiagnosticCatalog.MissingRequiredField, map.Span, "citation", "at line " + map.Span.Line.ToString(CultureInfo.InvariantCulture), key);
            else Report(DiagnosticCatalog.WrongValueType, value.Span, key, "a single value", Describe(value));
            return null;
        }
    }

    private FactValue? ConvertSingle(FieldSchema field, YamlNode node, string? sourceId)
    {
        if (field.Type == FieldType.Citation)
        {
            var citation = ConvertCitation(node);
            if (citation is null) return null;
            FieldCitations.Add(citation);
            return citation.Citation;
        }
        if (node is not YamlScalar scalar)
        {
            Report(DiagnosticCatalog.WrongValueType, node.Span, field.Name, Describe(field.Type), Describe(node));
            return null;
        }
        var text = scalar.Value;
        switch (field.Type)
        {
            case FieldType.String:
            case FieldType.Text:
                return new StringValue(text);
            case FieldType.Int:
                if (IntPattern.IsMatch(text) && int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return new IntValue(number);
                break;
            case FieldType.Decimal:
                if (DecimalPattern.IsMatch(text) && decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) return new DecimalValue(amount);
                break;
            case FieldType.Bool:
                // Only YAML 1.2's true and false: a bool given NO, yes or on is an error, not a guess.
                if (text == "true") return new BoolValue(true);
                if (text == "false") return new BoolValue(false);
                break;
            case FieldType.Date:
                return ConvertDate(scalar);
            case FieldType.Url:
                if (Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == "http" || uri.Scheme == "https")) return new UrlValue(text);
                Report(DiagnosticCatalog.InvalidUrl, scalar.Span, text);
                return null;
            case FieldType.Enum:
                if (field.EnumValues.Contains(text)) return new EnumValue(text);
                Report(DiagnosticCatalog.InvalidEnumValue, scalar.Span, text, field.Name, string.Join(", ", field.EnumValues), Naming.DidYouMean(text, field.EnumValues));
                return null;
            case FieldType.Reference:
                References.Add(new PendingReference(field, text, scalar.Span, IsCitation: false, sourceId));
                return new ReferenceValue(text);
        }
        Report(DiagnosticCatalog.WrongValueType, scalar.Span, field.Name, Describe(field.Type), Describe(scalar));
        return null;
    }

    private FactValue? ConvertDate(YamlScalar scalar)
    {
        var match = DatePattern.Match(scalar.Value);
        if (match.Success)
        {
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            int? month = match.Groups[2].Success ? int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture) : null;
            int? day = match.Groups[3].Success ? int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture) : null;
            var valid = year >= 1 && (month is null || month is >= 1 and <= 12) && (day is null || day >= 1 && day <= DateTime.DaysInMonth(year, month!.Value));
            if (valid) return new DateValue(year, month, day);
        }
        Report(DiagnosticCatalog.InvalidDate, scalar.Span, scalar.Value);
        return null;
    }

    public static string Describe(FieldType type) => type switch
    {
        FieldType.String or FieldType.Text => "text",
        FieldType.Int => "a whole number",
        FieldType.Decimal => "a decimal number",
        FieldType.Bool => "true or false",
        FieldType.Date => "a date (YYYY, YYYY-MM or YYYY-MM-DD)",
        FieldType.Url => "a URL",
        FieldType.Enum => "one of the declared values",
        FieldType.Reference => "the id of a fact",
        _ => "a citation { source, paragraph, quote }",
    };

    public static string Describe(YamlNode node) => node switch
    {
        YamlScalar scalar => "'" + (scalar.Value.Length > 40 ? scalar.Value.Substring(0, 40) + "…" : scalar.Value) + "'",
        YamlSequence => "a list",
        _ => "a mapping",
    };

    private void Report(DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
        _diagnostics.Add(FactDiagnostic.Create(descriptor, span, args));
}
