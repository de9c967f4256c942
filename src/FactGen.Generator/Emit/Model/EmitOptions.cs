namespace FactGen.Generator.Emit;

/// <summary>What the consuming project chose: namespace (empty for the global one) and visibility.</summary>
public sealed record EmitOptions(string Namespace, bool IsPublic, string Version)
{
    internal string Visibility => IsPublic ? "public" : "internal";
}

/// <summary>One generated file: the hint name Roslyn shows and its text.</summary>
public sealed record GeneratedSource(string HintName, string Text);
