using Microsoft.CodeAnalysis;

namespace Alta.Generators.Diagnostics;

/// <summary>Problems found while turning rules into weights: ALTA050..ALTA059.</summary>
internal static class CompilationDiagnostics
{
    public static readonly DiagnosticDescriptor SetQueryRelation = Error("ALTA050", "Set query relation is not membership",
        "Head '{0}': a set-valued query can only select the keys that are members of the set; its Where predicate selects key {1} for the set {2}");

    public static readonly DiagnosticDescriptor UnsupportedSelector = Error("ALTA051", "Query or key cannot be compiled",
        "Head '{0}': the {1} '{2}' is {3}; attention compares one-hot slices, so queries must be categorical or sets and keys categorical");

    public static readonly DiagnosticDescriptor UnsupportedHeadValue = Error("ALTA052", "Head value cannot be compiled",
        "Head '{0}' reads the set variable '{1}'; heads can read categorical and numerical variables");

    public static readonly DiagnosticDescriptor ModelTooLarge = Error("ALTA053", "Compiled model is too large",
        "'{0}' compiles to {1} non-zero weights, more than the limit of {2}; reduce the variables' ranges or the MLP's rules");

    public static readonly DiagnosticDescriptor OverBudget = Error("ALTA054", "The program takes too long to compile",
        "'{0}' took more than {1} s to compile and was stopped while {2}: {3}; reduce the ranges of the variables the MLP reads, or split its work over layers with a phase variable");

    public static DiagnosticDescriptor[] All { get; } = [SetQueryRelation, UnsupportedSelector, UnsupportedHeadValue, ModelTooLarge, OverBudget];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, "Alta", DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());
}
