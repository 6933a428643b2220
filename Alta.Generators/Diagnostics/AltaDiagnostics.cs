using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Diagnostics;

/// <summary>Every diagnostic the generator reports. Each table lives in its own file; call sites name descriptors.</summary>
internal static class AltaDiagnostics
{
    /// <summary>ALTA999: the generator itself failed; the class still gets members that throw.</summary>
    public static readonly DiagnosticDescriptor InternalError = Descriptors.Error("ALTA999", "The ALTA generator failed",
        "The ALTA generator failed on '{0}': {1}. The class compiles with members that throw; please report this.");

    /// <summary>Every descriptor, for the catalog test and the release tracking files.</summary>
    public static IEnumerable<DiagnosticDescriptor> All =>
        StructuralDiagnostics.All
            .Concat(EvaluationDiagnostics.All)
            .Concat(CompilationDiagnostics.All)
            .Append(InternalError);
}
