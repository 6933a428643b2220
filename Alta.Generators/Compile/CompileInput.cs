using Alta.Generators.Spec;

namespace Alta.Generators.Compile;

/// <summary>
/// What the compile step reads: the program and its evaluation when the analysis found no error (else both null),
/// and nothing about where the class is. An edit that only moves the class changes the analysis (its diagnostics
/// and locations) but not this, so the compile step stays cached.
/// </summary>
internal sealed record CompileInput(ProgramIdentity Identity, ProgramSpec? Model, Evaluation? Evaluation)
{
    public static CompileInput From(AnalyzedProgram analysis) =>
        analysis is { HasErrors: false, Model: { } model, Evaluation: { } evaluation }
            ? new(analysis.Identity, model, evaluation)
            : new(analysis.Identity, null, null);
}
