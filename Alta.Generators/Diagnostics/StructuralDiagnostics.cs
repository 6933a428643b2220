using Microsoft.CodeAnalysis;

namespace Alta.Generators.Diagnostics;

/// <summary>Structural errors found while reading the class (docs/language.md, "The attributes"): ALTA001..ALTA029.</summary>
internal static class StructuralDiagnostics
{
    public static readonly DiagnosticDescriptor NotPartial = Descriptors.Error("ALTA001", "ALTA program class must be partial",
        "The ALTA program class '{0}' must be declared 'partial' so the generator can add Model, Run and Interpret");

    public static readonly DiagnosticDescriptor BadVocabulary = Descriptors.Error("ALTA002", "Vocabulary is missing or invalid",
        "'{0}' needs a Vocabulary between 1 and 256 (token ids 0 .. Vocabulary-1), not {1}");

    public static readonly DiagnosticDescriptor UnknownVariable = Descriptors.Error("ALTA003", "Name is not a variable",
        "{0} names '{1}', which is not a variable of '{2}'");

    public static readonly DiagnosticDescriptor BadMethod = Descriptors.Error("ALTA004", "Method is missing or has the wrong signature",
        "{0} names '{1}', which must be a method of '{2}' with the signature {3}");

    public static readonly DiagnosticDescriptor UnsupportedType = Descriptors.Error("ALTA005", "Variable type is not supported",
        "Variable '{0}' has type '{1}'; ALTA variables are bool, enum, int, double, float or IndexSet (heads: their nullable forms)");

    public static readonly DiagnosticDescriptor BadEnum = Descriptors.Error("ALTA006", "Enum members must be 0 to count-1",
        "Enum '{0}' of variable '{1}' must have members with the values 0 .. {2}, each once");

    public static readonly DiagnosticDescriptor BadRange = Descriptors.Error("ALTA007", "Variable range is missing or invalid",
        "Variable '{0}' {1}");

    public static readonly DiagnosticDescriptor QueryKeyMismatch = Descriptors.Error("ALTA008", "Query and key ranges differ",
        "Head '{0}': {1}");

    public static readonly DiagnosticDescriptor HeadTypeMismatch = Descriptors.Error("ALTA009", "Head field type does not match its value",
        "Head '{0}' has type '{1}' but its value '{2}' needs the type '{3}'");

    public static readonly DiagnosticDescriptor MlpCount = Descriptors.Error("ALTA010", "There must be exactly one [Mlp] method",
        "'{0}' {1}");

    public static readonly DiagnosticDescriptor BadHalt = Descriptors.Error("ALTA011", "HaltWhen must name a categorical variable",
        "{0}");

    public static readonly DiagnosticDescriptor PositionWithoutMaxLength = Descriptors.Error("ALTA014", "Position initialiser needs MaxLength",
        "Variable '{0}' is initialised from the position, so [AltaProgram] needs MaxLength > 0");

    public static readonly DiagnosticDescriptor NotAVariable = Descriptors.Error("ALTA015", "State that is not a variable",
        "'{0}' is {1}; an ALTA program keeps its state only in variables (instance fields of a supported type)");

    public static readonly DiagnosticDescriptor NonConstantInitialiser = Descriptors.Error("ALTA016", "Variable initialiser is not a constant",
        "The initialiser of '{0}' must be a constant; use [FromToken] or [FromPosition] for values that depend on the input");

    public static readonly DiagnosticDescriptor MissingOutput = Descriptors.Error("ALTA017", "Output is missing",
        "'{0}' needs Output = nameof(...) naming its output variable");

    public static readonly DiagnosticDescriptor BadHead = Descriptors.Error("ALTA018", "Head is not well formed",
        "Head '{0}' {1}");

    public static readonly DiagnosticDescriptor BadProgramSetting = Descriptors.Error("ALTA019", "Program setting is invalid",
        "'{0}': {1}");

    public static readonly DiagnosticDescriptor UnsupportedClass = Descriptors.Error("ALTA020", "Class shape is not supported",
        "'{0}' {1}");

    public static readonly DiagnosticDescriptor BadInitialValue = Descriptors.Error("ALTA021", "Initial value is invalid",
        "Variable '{0}' {1}");

    public static readonly DiagnosticDescriptor BadReadout = Descriptors.Error("ALTA022", "Read-out output is not well formed",
        "[Readout] variable '{0}' {1}");

    public static readonly DiagnosticDescriptor BadVotes = Descriptors.Error("ALTA023", "[Votes] method is not well formed",
        "[Votes] method '{0}' {1}");

    public static readonly DiagnosticDescriptor MlpUsesReadout = Descriptors.Error("ALTA024", "The MLP uses the read-out output",
        "The MLP {0} the read-out '{1}'; {2}");

    public static DiagnosticDescriptor[] All { get; } =
    [
        NotPartial, BadVocabulary, UnknownVariable, BadMethod, UnsupportedType, BadEnum, BadRange,
        QueryKeyMismatch, HeadTypeMismatch, MlpCount, BadHalt, PositionWithoutMaxLength, NotAVariable,
        NonConstantInitialiser, MissingOutput, BadHead, BadProgramSetting, UnsupportedClass, BadInitialValue,
        BadReadout, BadVotes, MlpUsesReadout,
    ];
}
