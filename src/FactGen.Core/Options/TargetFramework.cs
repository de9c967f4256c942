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

    /// <summary>.NET 7 or later: C# 11 by default, and every API the generated model uses.</summary>
    public bool IsModernDotNet => DotNetVersion >= 7m;

    /// <summary>.NET 6: every API the model uses, but C# 10 by default.</summary>
    public bool IsDotNet6 => DotNetVersion is >= 6m and < 7m;

    /// <summary>The version of .NET (Core) targeted, or 0 for another framework or an unknown one.</summary>
    private decimal DotNetVersion =>
        string.Equals(Identifier, ".NETCoreApp", StringComparison.OrdinalIgnoreCase)
        && decimal.TryParse(Version.TrimStart('v', 'V'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            ? value
            : 0m;

    /// <summary><c>.NETCoreApp v6.0</c>, or the identifier alone.</summary>
    public string Display => Version.Length == 0 ? Identifier : Identifier + " " + Version;
}
