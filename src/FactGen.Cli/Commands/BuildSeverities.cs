using System;
using System.Collections.Generic;
using System.Linq;
using FactGen.Core.Diagnostics;

namespace FactGen.Cli.Commands;

/// <summary>
/// How a project's build turns FactGen's diagnostics into what it reports (issue 27:
/// <c>validate --project</c> exited 0 where the build failed on a warning): <c>NoWarn</c>,
/// <c>WarningsAsErrors</c>, <c>WarningsNotAsErrors</c>, <c>TreatWarningsAsErrors</c> and the global
/// analyzer config severities, in the compiler's order. Each rule below was checked against a real
/// <c>dotnet build</c> of a FactGen project (<c>ProjectSeverityTests</c>).
/// </summary>
internal sealed record BuildSeverities(
    bool TreatWarningsAsErrors,
    IReadOnlyCollection<string> WarningsAsErrors,
    IReadOnlyCollection<string> WarningsNotAsErrors,
    IReadOnlyCollection<string> NoWarn,
    IReadOnlyDictionary<string, FactDiagnosticSeverity?> Configured)
{
    public static readonly BuildSeverities None = new(false, [], [], [], new Dictionary<string, FactDiagnosticSeverity?>());

    /// <summary>From the MSBuild properties as evaluated and the project's analyzer config files.</summary>
    public static BuildSeverities From(Func<string, string?> property, IEnumerable<string> analyzerConfigFiles) => new(
        string.Equals(property("TreatWarningsAsErrors"), "true", StringComparison.OrdinalIgnoreCase),
        Codes(property("WarningsAsErrors")),
        Codes(property("WarningsNotAsErrors")),
        Codes(property("NoWarn")),
        AnalyzerConfigSeverities.Read(analyzerConfigFiles));

    /// <summary>The diagnostics as the build reports them: some dropped, some made errors or warnings.</summary>
    public List<FactDiagnostic> Apply(IEnumerable<FactDiagnostic> diagnostics)
    {
        var reported = new List<FactDiagnostic>();
        foreach (var diagnostic in diagnostics)
        {
            if (SeverityOf(diagnostic) is not { } severity) continue;
            reported.Add(severity == diagnostic.Severity ? diagnostic : diagnostic with { Descriptor = diagnostic.Descriptor with { Severity = severity } });
        }
        return reported;
    }

    /// <summary>The severity the build gives the diagnostic; null when it does not report it.</summary>
    private FactDiagnosticSeverity? SeverityOf(FactDiagnostic diagnostic)
    {
        var id = diagnostic.Id;
        FactDiagnosticSeverity? severity = diagnostic.Severity;
        // The command line's own lists win over analyzer config, as csc's /nowarn and /warnaserror+:ID do;
        // NoWarn drops a FactGen error too (a generator's diagnostic is not a compiler error).
        if (Has(NoWarn, id)) return null;
        if (Has(WarningsAsErrors, id) && severity == FactDiagnosticSeverity.Warning) return FactDiagnosticSeverity.Error;
        if (Configured.TryGetValue(id, out var configured)) severity = configured;
        if (severity == FactDiagnosticSeverity.Warning && TreatWarningsAsErrors && !Has(WarningsNotAsErrors, id)) return FactDiagnosticSeverity.Error;
        return severity;
    }

    private static bool Has(IReadOnlyCollection<string> codes, string id) => codes.Contains(id, StringComparer.OrdinalIgnoreCase);

    /// <summary>MSBuild's list of codes: separated by ';' or ',', spaces around them ignored.</summary>
    private static string[] Codes(string? value) =>
        (value ?? string.Empty).Split([';', ','], StringSplitOptions.RemoveEmptyEntries).Select(c => c.Trim()).Where(c => c.Length > 0).ToArray();
}
