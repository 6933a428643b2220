using System.Threading;
using Alta.Generators.Diagnostics;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile;

/// <summary>
/// The compile step's output: the program (for <c>Interpret</c>), and either the Transformer's weights or why
/// there are none. Holds no source position: see <see cref="CompileInput"/>.
/// </summary>
/// <param name="Program">The parsed program when the analysis found no error.</param>
/// <param name="Evaluation">Its evaluation (the guards of <c>Run</c> come from it).</param>
/// <param name="Model">The weights, when the program compiled.</param>
/// <param name="Failure">Why a valid program did not compile, or null.</param>
internal sealed record CompiledProgram(ProgramIdentity Identity, ProgramSpec? Program, Evaluation? Evaluation, CompiledTransformer? Model, CompileFailure? Failure)
{
    public static CompiledProgram From(CompileInput input, CancellationToken cancellationToken)
    {
        if (input is not { Model: { } model, Evaluation: { } evaluation }) return new(input.Identity, null, null, null, null);
        using var budget = GeneratorBudget.Start(model.ClassName, GeneratorBudget.Stage.Compilation, cancellationToken);
        try
        {
            return new(input.Identity, model, evaluation, ModelCompiler.Compile(model, evaluation, budget.Token), null);
        }
        catch (System.OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(input.Identity, model, evaluation, null, new CompileFailure(CompilationDiagnostics.OverBudget, -1, GeneratorBudget.ExceededArguments(
                model.ClassName, "building the weights", $"{evaluation.Rules.Count} rules over {model.Variables.Count} variables").ToEquatableArray()));
        }
        catch (ModelCompilationException e)
        {
            return new(input.Identity, model, evaluation, null, e.Failure);
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            // A bug in the compiler must not crash the build: report it, and the class gets members that throw.
            return new(input.Identity, model, evaluation, null, new CompileFailure(AltaDiagnostics.InternalError, -1,
                EquatableArray.Create(model.ClassName, e.GetType().Name + ": " + e.Message)));
        }
    }

    /// <summary>Whether <c>Run</c> and <c>Interpret</c> can be emitted (else both are stubs that throw).</summary>
    public bool IsValid => Program is not null && Failure is null;
}
