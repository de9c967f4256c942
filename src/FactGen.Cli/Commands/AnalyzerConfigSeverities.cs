using System;
using System.Collections.Generic;
using System.IO;
using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Commands;

/// <summary>
/// The <c>dotnet_diagnostic.FGxxxx.severity</c> settings of a project's global analyzer config files
/// (<c>.globalconfig</c>, or any config file with <c>is_global = true</c>), as the compiler applies
/// them to FactGen's diagnostics. Only the global ones: the compiler applies an <c>.editorconfig</c>
/// section to C# syntax trees, and a FactGen diagnostic is located in a YAML file, so a
/// <c>[*.yaml]</c> or <c>[*]</c> section changes nothing in the build (tried with a real build,
/// issue 27), and so changes nothing here either.
/// </summary>
internal static class AnalyzerConfigSeverities
{
    private const string Prefix = "dotnet_diagnostic.";
    private const string Suffix = ".severity";

    /// <summary>The severity each ID is given; null for <c>none</c> and <c>silent</c> (not reported at all).</summary>
    public static Dictionary<string, FactDiagnosticSeverity?> Read(IEnumerable<string> configFiles)
    {
        var severities = new Dictionary<string, FactDiagnosticSeverity?>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in configFiles)
        {
            if (!File.Exists(file)) continue;
            var lines = File.ReadAllLines(file);
            var isGlobal = string.Equals(Path.GetFileName(file), ".globalconfig", StringComparison.OrdinalIgnoreCase);
            var preamble = new List<(string Key, string Value)>();
            foreach (var raw in lines)
            {
                var line = raw.Trim();
                if (line.Length == 0 || line[0] is '#' or ';') continue;
                // Settings after the first section header are per file: the compiler never applies them to a YAML location.
                if (line[0] == '[') break;
                var equals = line.IndexOf('=');
                if (equals <= 0) continue;
                var key = line.Substring(0, equals).Trim();
                var value = line.Substring(equals + 1).Trim();
                if (string.Equals(key, "is_global", StringComparison.OrdinalIgnoreCase)) isGlobal = string.Equals(value, "true", StringComparison.OrdinalIgnoreCase);
                else preamble.Add((key, value));
            }
            if (!isGlobal) continue;
            foreach (var (key, value) in preamble)
            {
                if (!key.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase) || !key.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase)) continue;
                var id = key.Substring(Prefix.Length, key.Length - Prefix.Length - Suffix.Length);
                switch (value.ToLowerInvariant())
                {
                    case "error": severities[id] = FactDiagnosticSeverity.Error; break;
                    case "warning": severities[id] = FactDiagnosticSeverity.Warning; break;
                    case "suggestion": severities[id] = FactDiagnosticSeverity.Info; break;
                    case "silent" or "none": severities[id] = null; break;
                    case "default": severities.Remove(id); break;
                    // Any other value the compiler ignores too.
                }
            }
        }
        return severities;
    }
}
