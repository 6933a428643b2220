using Microsoft.CodeAnalysis;

namespace Alta.Generators.Diagnostics;

/// <summary>Problems found while turning rules into weights: ALTA050..ALTA059.</summary>
internal static class CompilationDiagnostics
{
    public static DiagnosticDescriptor[] All { get; } = [];
}
