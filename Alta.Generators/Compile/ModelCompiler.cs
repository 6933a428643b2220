using System.Threading;
using Alta.Generators.Model;

namespace Alta.Generators.Compile;

/// <summary>Turns a program's layout and rules into Transformer weights (compiler.md).</summary>
internal static class ModelCompiler
{
    public static CompiledModel? Compile(ProgramModel model, Evaluation evaluation, CancellationToken cancellationToken)
    {
        // Not built yet (issue 4).
        return null;
    }
}

/// <summary>The compiled weights and statistics, as plain equatable data.</summary>
internal sealed record CompiledModel(int ModelWidth);
