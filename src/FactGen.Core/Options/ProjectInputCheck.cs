using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Collections;
using FactGen.Core.Diagnostics;
using FactGen.Core.Schema;

namespace FactGen.Core.Options;

/// <summary>
/// Project settings that would otherwise fail in silence (issue 18): a sources folder that is set
/// but gives no article turns quote checking off, a facts folder with no fact files generates
/// nothing, and a namespace part named like a generated type breaks the user's code, not ours.
/// Each is a project-level diagnostic that says what to change.
/// </summary>
public static class ProjectInputCheck
{
    /// <summary>FG0050 and FG0051, from what the build handed over.</summary>
    /// <param name="factFiles">Fact files found (schema.yaml included).</param>
    /// <param name="articles">Articles found (AdditionalFiles marked FactGenSource).</param>
    /// <param name="factsDirectory">FactGenFactsDirectory as the project sets it; null when not given.</param>
    /// <param name="sourcesDirectory">FactGenSourcesDirectory as the project sets it; null when not given.</param>
    public static EquatableArray<FactDiagnostic> CheckInputs(int factFiles, int articles, string? factsDirectory, string? sourcesDirectory)
    {
        var found = new List<FactDiagnostic>();
        var span = SourceSpan.StartOf(string.Empty);
        if (factFiles == 0)
        {
            found.Add(FactDiagnostic.Create(DiagnosticCatalog.NoFactFiles, span, Blank(factsDirectory) ? "facts/" : factsDirectory!.Trim()));
        }
        if (!Blank(sourcesDirectory) && articles == 0)
        {
            found.Add(FactDiagnostic.Create(DiagnosticCatalog.NoArticlesInSourcesDirectory, span, sourcesDirectory!.Trim()));
        }
        return found.ToEquatableArray();
    }

    /// <summary>
    /// FG0052: a part of <paramref name="ns"/> equal to a type a kind generates into it. With
    /// root namespace <c>Elements</c> and a kind whose plural is <c>Elements</c>, user code in that
    /// namespace that writes <c>Elements.Element</c> finds the static class, not the namespace.
    /// The support types (<c>FactCatalog</c>, <c>Citation</c> ...) are left out on purpose: <c>My.Facts</c>
    /// is the namespace the docs suggest, and a warning on every such project would be noise; a
    /// kind's names are the schema author's choice and can be changed.
    /// </summary>
    public static EquatableArray<FactDiagnostic> CheckNamespace(string ns, SchemaModel schema)
    {
        // Each generated type name, with what makes it and how the schema could rename it.
        var owners = new Dictionary<string, (string What, string Rename)>(StringComparer.Ordinal);
        foreach (var kind in schema.Kinds)
        {
            foreach (var type in GeneratedNames.TypesOf(kind))
            {
                if (owners.ContainsKey(type)) continue;
                owners[type] = type == GeneratedNames.FactsClass(kind)
                    ? ($"the static class of the kind {kind.Name}", $", or change the plural of {kind.Name} in schema.yaml")
                    : ($"a type of the kind {kind.Name}", $", or rename the kind {kind.Name} in schema.yaml");
            }
        }
        var parts = ns.Split('.');
        var found = new List<FactDiagnostic>();
        foreach (var part in parts.Distinct())
        {
            if (!owners.TryGetValue(part, out var owner)) continue;
            var suggestion = string.Join(".", parts.Select(p => p == part ? Unused(p + "Facts", owners.Keys) : p));
            found.Add(FactDiagnostic.Create(DiagnosticCatalog.NamespaceNamedLikeType, SourceSpan.StartOf(string.Empty), ns, part, owner.What, suggestion, owner.Rename));
        }
        return found.ToEquatableArray();
    }

    private static string Unused(string name, ICollection<string> taken)
    {
        var candidate = name;
        for (var i = 2; taken.Contains(candidate); i++) candidate = name + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return candidate;
    }

    private static bool Blank(string? value) => value is null || value.Trim().Length == 0;
}
