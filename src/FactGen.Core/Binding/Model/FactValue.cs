using FactGen.Core.Collections;

namespace FactGen.Core.Binding;

/// <summary>A checked field value. Positions are left behind in binding: the emitter never needs them.</summary>
public abstract record FactValue;

public sealed record StringValue(string Value) : FactValue;

public sealed record IntValue(int Value) : FactValue;

public sealed record DecimalValue(decimal Value) : FactValue;

public sealed record BoolValue(bool Value) : FactValue;

public sealed record DateValue(int Year, int? Month, int? Day) : FactValue;

public sealed record UrlValue(string Value) : FactValue;

public sealed record EnumValue(string Value) : FactValue;

/// <summary>The id of a fact of the field's target kind; binding has checked that it exists.</summary>
public sealed record ReferenceValue(string Id) : FactValue;

public sealed record CitationValue(string SourceId, int Paragraph, string Quote) : FactValue;

public sealed record ListValue(EquatableArray<FactValue> Items) : FactValue;
