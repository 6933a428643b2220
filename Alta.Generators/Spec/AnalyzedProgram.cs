using System.Linq;

namespace Alta.Generators.Spec;

/// <summary>
/// The output of the analyze step for one class: what it is (always known, so stubs can be emitted),
/// its model when it parsed, the evaluator's findings when it evaluated, every diagnostic, and where its parts
/// are declared (for the compile step's diagnostics; the compile step itself sees no positions).
/// </summary>
internal sealed record AnalyzedProgram(
    ProgramIdentity Identity,
    ProgramSpec? Model,
    Evaluation? Evaluation,
    EquatableArray<DiagnosticInfo> Diagnostics,
    ProgramLocations Locations)
{
    /// <summary>Whether any diagnostic is an error (then only stubs are emitted).</summary>
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>The class's name, namespace, nesting and output type: enough to emit members that compile.</summary>
/// <param name="ContainingTypes">Declarations of enclosing types, outermost first, e.g. <c>partial class Outer</c>.</param>
/// <param name="OutputTypeName">Fully qualified type of the output variable, or <c>object</c> when unknown.</param>
/// <param name="CanEmit">Whether a generated partial part would compile (the class and its containers are partial, not generic).</param>
internal sealed record ProgramIdentity(
    string? Namespace,
    EquatableArray<string> ContainingTypes,
    string ClassName,
    string OutputTypeName,
    bool CanEmit);
