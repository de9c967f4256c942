using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;

namespace FactGen.Core.Options;

/// <summary>
/// The consuming project's FactGen properties, checked: a namespace that is not a C# namespace,
/// an unknown visibility or a limit that is not a positive number is reported (FG0035) and
/// replaced by its default, so the generated code still compiles.
/// </summary>
public sealed record FactGenOptions(string Namespace, bool IsPublic, ReadLimits Limits, EquatableArray<FactDiagnostic> Diagnostics)
{
    public const string DefaultNamespace = "GeneratedFacts";

    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const", "continue",
        "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern", "false", "finally",
        "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface", "internal", "is", "lock",
        "long", "namespace", "new", "null", "object", "operator", "out", "override", "params", "private", "protected",
        "public", "readonly", "ref", "return", "sbyte", "sealed", "short", "sizeof", "stackalloc", "static", "string",
        "struct", "switch", "this", "throw", "true", "try", "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort",
        "using", "virtual", "void", "volatile", "while",
    };

    /// <param name="property">Reads an MSBuild property by name; null or blank when it is not set.</param>
    public static FactGenOptions Read(Func<string, string?> property)
    {
        var diagnostics = new List<FactDiagnostic>();
        var span = SourceSpan.StartOf(string.Empty);
        void Invalid(string name, string value, string why) => diagnostics.Add(FactDiagnostic.Create(DiagnosticCatalog.InvalidOption, span, name, value, why));
        string? Get(string name) => property(name) is { } value && value.Trim().Length > 0 ? value.Trim() : null;

        var ns = Get("FactGenNamespace");
        if (ns is not null && !IsNamespace(ns))
        {
            Invalid("FactGenNamespace", ns, "a namespace is C# names joined by dots, none of them a keyword (My.Facts); using the project's RootNamespace");
            ns = null;
        }
        var root = Get("RootNamespace");
        ns ??= root is not null && IsNamespace(root) ? root : DefaultNamespace;

        var visibility = Get("FactGenVisibility");
        var isPublic = true;
        if (visibility is not null)
        {
            if (string.Equals(visibility, "internal", StringComparison.OrdinalIgnoreCase)) isPublic = false;
            else if (!string.Equals(visibility, "public", StringComparison.OrdinalIgnoreCase)) Invalid("FactGenVisibility", visibility, "use public or internal; using public");
        }

        var defaults = ReadLimits.Default;
        int Limit(string name, int fallback)
        {
            var text = Get(name);
            if (text is null) return fallback;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0) return value;
            Invalid(name, text, $"use a positive whole number; using {fallback.ToString(CultureInfo.InvariantCulture)}");
            return fallback;
        }
        var limits = new ReadLimits(
            Limit("FactGenMaxFileSize", defaults.MaxFileSize),
            Limit("FactGenMaxDepth", defaults.MaxDepth),
            Limit("FactGenMaxNodes", (int)Math.Min(int.MaxValue, defaults.MaxNodes)),
            Limit("FactGenMaxFacts", defaults.MaxFacts));
        return new FactGenOptions(ns, isPublic, limits, diagnostics.ToEquatableArray());
    }

    /// <summary>The oldest C# the generated model compiles with: 11, for its UTF-8 string literals.</summary>
    public const int MinimumLanguageVersion = 11;

    /// <summary>
    /// FG0036 when the consuming project compiles a C# older than <see cref="MinimumLanguageVersion"/>.
    /// </summary>
    /// <param name="languageVersion">The effective version as Roslyn numbers it (<c>LanguageVersion</c>):
    /// 1 to 7 for C# 1 to 7, then major * 100 + minor (703 is C# 7.3, 1000 is C# 10).</param>
    /// <param name="framework">The project's target framework as MSBuild names it
    /// (<c>TargetFrameworkIdentifier</c>, <c>TargetFrameworkVersion</c>: <c>.NETCoreApp</c>, <c>v8.0</c>);
    /// null when the build did not say. It decides the one thing to change.</param>
    public static EquatableArray<FactDiagnostic> CheckLanguageVersion(int languageVersion, TargetFramework? framework = null)
    {
        if (CompilesModel(languageVersion)) return EquatableArray<FactDiagnostic>.Empty;
        var major = languageVersion < 100 ? languageVersion : languageVersion / 100;
        var display = languageVersion < 100
            ? languageVersion.ToString(CultureInfo.InvariantCulture) + ".0"
            : major.ToString(CultureInfo.InvariantCulture) + "." + (languageVersion % 100).ToString(CultureInfo.InvariantCulture);
        var minimum = MinimumLanguageVersion.ToString(CultureInfo.InvariantCulture);
        var change = framework switch
        {
            // net7.0 and later default to C# 11 or newer: the project pins an older LangVersion.
            { IsModernDotNet: true } => $"Remove the <LangVersion> setting (this target framework defaults to a newer C#) or set it to {minimum} or later",
            // net6.0 has every API the model uses (DateOnly, ReferenceEqualityComparer, span decoding)
            // but defaults to C# 10.
            { IsDotNet6: true } => $"Set <LangVersion>{minimum}</LangVersion> or later (net6.0 defaults to C# 10), or target .NET 7 or later",
            // .NET Framework, .NET Standard, netcoreapp3.1, net5.0: a newer LangVersion alone is not
            // enough, the model also uses types they lack (DateOnly).
            { Identifier.Length: > 0 } => $"Target .NET 6 or later: {framework.Value.Display} has neither C# {minimum} by default nor the types the model uses (DateOnly)",
            _ => $"Set <LangVersion>{minimum}</LangVersion> or later on a project that targets .NET 6 or later; an older target framework needs .NET 6 or later",
        };
        var span = SourceSpan.StartOf(string.Empty);
        return new EquatableArray<FactDiagnostic>([FactDiagnostic.Create(DiagnosticCatalog.LanguageVersionTooOld, span, minimum, display, change)]);
    }

    /// <summary>Whether a project compiling this C# (numbered as in <see cref="CheckLanguageVersion"/>) can compile the generated model.</summary>
    public static bool CompilesModel(int languageVersion) =>
        (languageVersion < 100 ? languageVersion : languageVersion / 100) >= MinimumLanguageVersion;

    public static bool IsNamespace(string value) =>
        value.Split('.').All(part => part.Length > 0
            && (char.IsLetter(part[0]) || part[0] == '_')
            && part.All(c => char.IsLetterOrDigit(c) || c == '_')
            && !Keywords.Contains(part));
}
