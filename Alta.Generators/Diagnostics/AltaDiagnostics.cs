using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Diagnostics;

/// <summary>Every diagnostic the generator reports, looked up by id. Each table lives in its own file.</summary>
internal static class AltaDiagnostics
{
    /// <summary>ALTA999: the generator itself failed; the class still gets members that throw.</summary>
    public static readonly DiagnosticDescriptor InternalError = new(
        "ALTA999", "The ALTA generator failed",
        "The ALTA generator failed on '{0}': {1}. The class compiles with members that throw; please report this.",
        "Alta", DiagnosticSeverity.Error, isEnabledByDefault: true);

    // Declared after the tables it reads, so static initialisation sees them filled.
    private static readonly Dictionary<string, DiagnosticDescriptor> ById =
        StructuralDiagnostics.All
            .Concat(EvaluationDiagnostics.All)
            .Concat(CompilationDiagnostics.All)
            .Append(InternalError)
            .ToDictionary(d => d.Id);

    public static IEnumerable<DiagnosticDescriptor> All => ById.Values;

    public static DiagnosticDescriptor Get(string id) => ById[id];

    public static bool IsError(string id) => ById[id].DefaultSeverity == DiagnosticSeverity.Error;

    public static Diagnostic ToDiagnostic(Model.DiagnosticInfo info) =>
        Diagnostic.Create(Get(info.Id), info.ToLocation(), info.Arguments.ToArray<object>());
}
