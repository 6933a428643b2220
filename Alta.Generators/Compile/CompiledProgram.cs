using System.Linq;
using System.Threading;
using Alta.Generators.Diagnostics;
using Alta.Generators.Model;

namespace Alta.Generators.Compile;

/// <summary>The compile step's output: the analysis (plus any compile diagnostic), and the Transformer's weights when the program is valid.</summary>
internal sealed record CompiledProgram(AnalyzedProgram Analysis, CompiledModel? Model)
{
    public static CompiledProgram From(AnalyzedProgram analysis, CancellationToken cancellationToken)
    {
        if (analysis is not { HasErrors: false, Model: { } model, Evaluation: { } evaluation }) return new(analysis, null);
        using var budget = GeneratorBudget.Start(model.ClassName, GeneratorBudget.Stage.Compilation, cancellationToken);
        try
        {
            return new(analysis, ModelCompiler.Compile(model, evaluation, budget.Token));
        }
        catch (System.OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return WithDiagnostic(analysis, GeneratorBudget.Exceeded(model.Location, model.ClassName, "building the weights",
                $"{evaluation.Rules.Count} rules over {model.Variables.Count} variables"));
        }
        catch (ModelCompilationException e)
        {
            return WithDiagnostic(analysis, e.Diagnostic);
        }
        catch (System.Exception e) when (e is not System.OperationCanceledException)
        {
            // A bug in the compiler must not crash the build: report it, and the class gets members that throw.
            return WithDiagnostic(analysis, DiagnosticInfo.Create("ALTA999", model.Location, model.ClassName, e.GetType().Name + ": " + e.Message));
        }
    }

    private static CompiledProgram WithDiagnostic(AnalyzedProgram analysis, DiagnosticInfo diagnostic) =>
        new(analysis with { Diagnostics = analysis.Diagnostics.Append(diagnostic).ToEquatableArray() }, null);
}
