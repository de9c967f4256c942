using System;
using System.Globalization;

namespace FactGen.Core.Options;

/// <summary>
/// The consuming project's target framework, as MSBuild's <c>TargetFrameworkIdentifier</c> and
/// <c>TargetFrameworkVersion</c> give it (<c>.NETCoreApp</c>, <c>v8.0</c>). Empty when the build did not
/// make them visible (a consumer that does not import FactGen's props).
/// </summary>
public readonly record struct TargetFramework(string Identifier, string Version)
{
    public static TargetFramework From(string? identifier, string? version) => new(identifier?.Trim() ?? string.Empty, version?.Trim() ?? string.Empty);

    /// <summary>.NET 7 or later: C# 11 by default, and the span APIs the generated model uses.</summary>
    public bool IsModernDotNet =>
        string.Equals(Identifier, ".NETCoreApp", StringComparison.OrdinalIgnoreCase)
        && Version.TrimStart('v', 'V') is var number
        && Version.Length > 0
        && decimal.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
        && value >= 7m;

    /// <summary><c>.NETCoreApp v6.0</c>, or the identifier alone.</summary>
    public string Display => Version.Length == 0 ? Identifier : Identifier + " " + Version;
}
