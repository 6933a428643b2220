using Microsoft.CodeAnalysis;

namespace Alta.Generators.Diagnostics;

/// <summary>Findings of the build-time evaluator (language.md sections 4 and 5): ALTA012, ALTA013 and ALTA030..ALTA049.</summary>
internal static class EvaluationDiagnostics
{
    public static DiagnosticDescriptor[] All { get; } = [];
}
