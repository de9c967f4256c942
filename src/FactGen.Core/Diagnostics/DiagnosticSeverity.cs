namespace FactGen.Core.Diagnostics;

public enum FactDiagnosticSeverity
{
    Info,
    Warning,
    Error,
}
