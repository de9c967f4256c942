using FactGen.Core.Binding;

namespace FactGen.Cli.Output;

/// <summary>
/// The grounding check's figures under the text summary: how many reference values were checked
/// against the cited words, and how many were not grounded or stand on a curator's inference, so
/// an exemption is never silent.
/// </summary>
internal static class GroundingText
{
    public static string Line(GroundingSummary grounding) =>
        $"grounding: {TextConventions.Count(grounding.Checked, "reference")} checked against the cited paragraphs: "
        + $"{grounding.Grounded.ToString(System.Globalization.CultureInfo.InvariantCulture)} grounded, "
        + $"{grounding.Ungrounded.ToString(System.Globalization.CultureInfo.InvariantCulture)} not grounded, "
        + $"{grounding.Inferred.ToString(System.Globalization.CultureInfo.InvariantCulture)} inferred by a curator (inferred: or basis: inferred)";
}
