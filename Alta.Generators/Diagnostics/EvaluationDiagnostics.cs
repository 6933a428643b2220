using Microsoft.CodeAnalysis;

namespace Alta.Generators.Diagnostics;

/// <summary>Findings of the build-time evaluator (language.md sections 4 and 5): ALTA012, ALTA013 and ALTA030..ALTA049.
/// Findings on paths that may never occur at run time are warnings (the rules leave the variable unchanged there);
/// what makes the program impossible to evaluate is an error.</summary>
internal static class EvaluationDiagnostics
{
    public static readonly DiagnosticDescriptor OutOfRangeWrite = Warning("ALTA012", "Variable may be assigned a value outside its range",
        "'{0}' is assigned {1} (range {2}) {3}");

    public static readonly DiagnosticDescriptor NullValue = Warning("ALTA013", "Value of a head output that may be null",
        "{0} {1}");

    public static readonly DiagnosticDescriptor Unsupported = Error("ALTA030", "Construct is not supported in an ALTA program",
        "{0} is not supported in an ALTA program: {1}");

    public static readonly DiagnosticDescriptor HeadWrite = Error("ALTA031", "The MLP assigns a head output",
        "The MLP assigns the head output '{0}'; head outputs are written by attention only");

    public static readonly DiagnosticDescriptor ArithmeticFailure = Warning("ALTA032", "Operation may fail",
        "{0} {1}");

    public static readonly DiagnosticDescriptor NotFinite = Warning("ALTA033", "Numerical variable may become NaN or infinite",
        "'{0}' is assigned {1} {2}");

    public static readonly DiagnosticDescriptor LoopCap = Warning("ALTA034", "Loop did not finish within the iteration cap",
        "{0} {1}");

    public static readonly DiagnosticDescriptor UnknownSet = Warning("ALTA035", "Set variable may be assigned a set it does not list",
        "'{0}' is assigned {1}, which is not among its {2}, {3}");

    public static readonly DiagnosticDescriptor ExplorationCap = Error("ALTA036", "The MLP is too large to explore",
        "The MLP of '{0}' is too large to explore: {1}");

    public static readonly DiagnosticDescriptor InitialOutOfRange = Error("ALTA037", "Initial value outside the variable's range",
        "'{0}' starts as {1} for {2}, outside its range {3}");

    public static readonly DiagnosticDescriptor BuildTimeFailure = Error("ALTA038", "A build-time method fails",
        "'{0}' fails for {1}: {2}");

    public static readonly DiagnosticDescriptor BadCentres = Error("ALTA039", "Bucket centres are invalid",
        "The bucket centres of '{0}' {1}");

    public static readonly DiagnosticDescriptor BadSets = Error("ALTA040", "Possible sets are invalid",
        "The possible sets of '{0}' {1}");

    /// <summary>A finding of ALTA012, ALTA013 or ALTA032..ALTA035 that holds in every state: no run can succeed.</summary>
    public static readonly DiagnosticDescriptor FailsEverywhere = Error("ALTA041", "The MLP fails in every state",
        "{1} in every state, so the program can never run (the finding of {0} on every path)");

    public static DiagnosticDescriptor[] All { get; } =
    [
        OutOfRangeWrite, NullValue, Unsupported, HeadWrite, ArithmeticFailure, NotFinite, LoopCap, UnknownSet,
        ExplorationCap, InitialOutOfRange, BuildTimeFailure, BadCentres, BadSets, FailsEverywhere,
    ];

    private static DiagnosticDescriptor Error(string id, string title, string message) =>
        new(id, title, message, "Alta", DiagnosticSeverity.Error, isEnabledByDefault: true,
            helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());

    private static DiagnosticDescriptor Warning(string id, string title, string message) =>
        new(id, title, message, "Alta", DiagnosticSeverity.Warning, isEnabledByDefault: true,
            helpLinkUri: "docs/diagnostics.md#" + id.ToLowerInvariant());
}
