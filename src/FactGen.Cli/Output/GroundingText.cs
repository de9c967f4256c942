using System.Globalization;
using FactGen.Core.Binding;

namespace FactGen.Cli.Output;

/// <summary>
/// The grounding check's figures under the text summary: how many reference values were checked
/// against the cited words, by which rule each was grounded (a name in a cited paragraph, or a
/// paragraph both facts cite), and how many were not grounded, stand on a curator's inference or
/// are not checked (grounding: none), so an exemption is never silent.
/// </summary>
internal static class GroundingText
{
    public static string Line(GroundingSummary grounding) =>
        $"grounding: {TextConventions.Count(grounding.Checked, "reference")} checked against the cited paragraphs: "
        + $"{Number(grounding.ByName)} grounded by name, "
        + $"{Number(grounding.BySharedCitation)} grounded by a shared citation, "
        + $"{Number(grounding.Ungrounded)} not grounded, "
        + $"{Number(grounding.Inferred)} inferred by a curator (inferred: or basis: inferred); "
        + $"{Number(grounding.NotChecked)} not checked (grounding: none)";

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
