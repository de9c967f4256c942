namespace FactGen.Core.Reading;

/// <summary>
/// Limits that keep hostile or runaway input from exhausting the compiler. Set through MSBuild
/// (FactGenMaxFileSize, FactGenMaxDepth, FactGenMaxNodes, FactGenMaxFacts) or CLI options.
/// </summary>
public sealed record ReadLimits(int MaxFileSize, int MaxDepth, long MaxNodes, int MaxFacts)
{
    public static readonly ReadLimits Default = new(MaxFileSize: 10 * 1024 * 1024, MaxDepth: 64, MaxNodes: 1_000_000, MaxFacts: 1_000_000);
}
