using System.Threading;
using Alta.Generators.Model;

namespace Alta.Generators.Compile;

/// <summary>The compile step's output: the analysis, plus the Transformer's weights when the program is valid.</summary>
internal sealed record CompiledProgram(AnalyzedProgram Analysis, CompiledModel? Model)
{
    public static CompiledProgram From(AnalyzedProgram analysis, CancellationToken cancellationToken) =>
        new(analysis,
            analysis is { HasErrors: false, Model: { } model, Evaluation: { } evaluation }
                ? ModelCompiler.Compile(model, evaluation, cancellationToken)
                : null);
}
