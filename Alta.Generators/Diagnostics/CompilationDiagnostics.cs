using Microsoft.CodeAnalysis;

namespace Alta.Generators.Diagnostics;

/// <summary>Problems found while turning rules into weights: ALTA050..ALTA059.</summary>
internal static class CompilationDiagnostics
{
    public static readonly DiagnosticDescriptor SetQueryRelation = Descriptors.Error("ALTA050", "Set query relation is not membership",
        "Head '{0}': a set-valued query can only select the keys that are members of the set; its Where predicate selects key {1} for the set {2}");

    public static readonly DiagnosticDescriptor UnsupportedSelector = Descriptors.Error("ALTA051", "Query or key cannot be compiled",
        "Head '{0}': the {1} '{2}' is {3}; attention compares one-hot slices, so queries must be categorical or sets and keys categorical");

    public static readonly DiagnosticDescriptor VotesTooLarge = Descriptors.Error("ALTA055", "Read-out votes are too large for float32",
        "The votes of '{0}' can reach a total of {1} in magnitude, more than 2^24 = 16777216, above which float32 sums of integers are no longer exact; {2}");

    public static readonly DiagnosticDescriptor ModelTooLarge = Descriptors.Error("ALTA053", "Compiled model is too large",
        "'{0}' compiles to {1} non-zero weights, more than the limit of {2} (reached while building {3}); reduce the variables' ranges or the MLP's rules");

    public static readonly DiagnosticDescriptor OverBudget = Descriptors.Error("ALTA054", "The program takes too long to compile",
        "'{0}' took more than {1} s to compile and was stopped while {2}: {3}; reduce the ranges of the variables the MLP reads, or split its work over layers with a phase variable");

    public static DiagnosticDescriptor[] All { get; } = [SetQueryRelation, UnsupportedSelector, VotesTooLarge, ModelTooLarge, OverBudget];
}
