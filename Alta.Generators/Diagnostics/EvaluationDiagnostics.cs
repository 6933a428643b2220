using Microsoft.CodeAnalysis;

namespace Alta.Generators.Diagnostics;

/// <summary>Findings of the build-time evaluator (docs/language.md, "What the MLP may contain"): ALTA012, ALTA013 and ALTA030..ALTA049.
/// Findings on paths that may never occur at run time are warnings (the rules leave the variable unchanged there);
/// what makes the program impossible to evaluate is an error.</summary>
internal static class EvaluationDiagnostics
{
    public static readonly DiagnosticDescriptor OutOfRangeWrite = Descriptors.Warning("ALTA012", "Variable may be assigned a value outside its range",
        "'{0}' is assigned {1} (range {2}) {3}");

    public static readonly DiagnosticDescriptor NullValue = Descriptors.Warning("ALTA013", "Value of a head output that may be null",
        "'{0}.Value' may read null {1}");

    public static readonly DiagnosticDescriptor Unsupported = Descriptors.Error("ALTA030", "Construct is not supported in an ALTA program",
        "{0} is not supported in an ALTA program: {1}");

    public static readonly DiagnosticDescriptor HeadWrite = Descriptors.Error("ALTA031", "The MLP assigns a head output",
        "The MLP assigns the head output '{0}'; head outputs are written by attention only");

    // The arithmetic findings: each takes the failing expression and the counterexample ("when B = 0").
    public static readonly DiagnosticDescriptor DivisionByZero = Descriptors.Warning("ALTA032", "Division by zero",
        "'{0}' may divide by zero {1}");

    public static readonly DiagnosticDescriptor Overflow = Descriptors.Warning("ALTA042", "Checked arithmetic may overflow",
        "'{0}' may overflow {1}");

    public static readonly DiagnosticDescriptor ConversionOverflow = Descriptors.Warning("ALTA043", "Conversion may overflow",
        "The conversion '{0}' may overflow {1}");

    public static readonly DiagnosticDescriptor MathFailure = Descriptors.Warning("ALTA044", "Math call may fail",
        "'{0}' may overflow or have min > max {1}");

    public static readonly DiagnosticDescriptor SetElementOutOfRange = Descriptors.Warning("ALTA045", "IndexSet element outside 0..255",
        "'{0}' may use an element outside 0..255 {1}");

    public static readonly DiagnosticDescriptor ArraySize = Descriptors.Warning("ALTA046", "Array size may be negative or huge",
        "'{0}' may have a negative or huge size {1}");

    public static readonly DiagnosticDescriptor IndexOutOfRange = Descriptors.Warning("ALTA047", "Array index may be out of range",
        "'{0}' may index outside the array {1}");

    /// <summary>A constant written to a numerical variable, or compared with one, that it can never hold.</summary>
    public static readonly DiagnosticDescriptor NotACentre = Descriptors.Warning("ALTA048", "Constant is not a bucket centre",
        "{0} is not a bucket centre of '{1}', so {2}; {3}");

    public static readonly DiagnosticDescriptor NotFinite = Descriptors.Warning("ALTA033", "Numerical variable may become NaN or infinite",
        "'{0}' is assigned {1} {2}");

    public static readonly DiagnosticDescriptor LoopCap = Descriptors.Warning("ALTA034", "Loop did not finish within the iteration cap",
        "The loop did not finish within {0} iterations {1}");

    public static readonly DiagnosticDescriptor UnknownSet = Descriptors.Warning("ALTA035", "Set variable may be assigned a set it does not list",
        "'{0}' is assigned {1}, which is not among its {2}, {3}");

    public static readonly DiagnosticDescriptor ExplorationCap = Descriptors.Error("ALTA036", "The MLP is too large to explore",
        "The MLP of '{0}' is too large to explore: {1}");

    public static readonly DiagnosticDescriptor InitialOutOfRange = Descriptors.Error("ALTA037", "Initial value outside the variable's range",
        "'{0}' starts as {1} for {2}, outside its range {3}");

    public static readonly DiagnosticDescriptor BuildTimeFailure = Descriptors.Error("ALTA038", "A build-time method fails",
        "'{0}' fails for {1}: {2}");

    public static readonly DiagnosticDescriptor BadCentres = Descriptors.Error("ALTA039", "Bucket centres are invalid",
        "The bucket centres of '{0}' {1}");

    public static readonly DiagnosticDescriptor BadSets = Descriptors.Error("ALTA040", "Possible sets are invalid",
        "The possible sets of '{0}' {1}");

    /// <summary>A finding of ALTA012, ALTA013 or ALTA032..ALTA035 that holds in every state: no run can succeed.</summary>
    public static readonly DiagnosticDescriptor FailsEverywhere = Descriptors.Error("ALTA041", "The MLP fails in every state",
        "{1} in every state, so the program can never run (the finding of {0} on every path)");

    public static DiagnosticDescriptor[] All { get; } =
    [
        OutOfRangeWrite, NullValue, Unsupported, HeadWrite, DivisionByZero, NotFinite, LoopCap, UnknownSet,
        ExplorationCap, InitialOutOfRange, BuildTimeFailure, BadCentres, BadSets, FailsEverywhere,
        Overflow, ConversionOverflow, MathFailure, SetElementOutOfRange, ArraySize, IndexOutOfRange, NotACentre,
    ];
}
