using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;
using FactGen.Core.Reading;

namespace FactGen.Core.Schema;

/// <summary>Reading the schema's YAML: scalar values, true/false flags, allowed keys and the shape of names.</summary>
internal static class SchemaNodes
{
    public static string? ScalarText(YamlMapping mapping, string key) =>
        mapping.Find(key)?.Value is YamlScalar { IsNull: false } scalar ? scalar.Value : null;

    public static bool Flag(YamlMapping mapping, string key, List<FactDiagnostic> diagnostics)
    {
        if (mapping.Find(key)?.Value is not YamlScalar scalar) return false;
        if (scalar.Value == "true") return true;
        if (scalar.Value == "false") return false;
        Report(diagnostics, DiagnosticCatalog.SchemaFlagNotBool, scalar.Span, key, scalar.Value);
        return false;
    }

    public static void CheckKeys(YamlMapping mapping, IReadOnlyList<string> allowed, string what, List<FactDiagnostic> diagnostics)
    {
        foreach (var entry in mapping.Entries)
        {
            if (allowed.Contains(entry.Key.Value)) continue;
            Report(diagnostics, DiagnosticCatalog.UnknownSchemaKey, entry.Key.Span, what, entry.Key.Value, Naming.DidYouMean(entry.Key.Value, allowed));
        }
    }

    public static bool IsPascalIdentifier(string name) =>
        name.Length > 0 && name[0] is >= 'A' and <= 'Z' && name.All(Naming.IsAsciiLetterOrDigit);

    public static bool IsCamelIdentifier(string name) =>
        name.Length > 0 && name[0] is >= 'a' and <= 'z' && name.All(Naming.IsAsciiLetterOrDigit);

    public static void Report(List<FactDiagnostic> diagnostics, DiagnosticDescriptor descriptor, SourceSpan span, params object[] args) =>
        diagnostics.Add(FactDiagnostic.Create(descriptor, span, args));
}
