using System;
using System.Globalization;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Compile;

/// <summary>
/// The generator's deterministic work budget for the weights step (issue 10, finding 8): the non-zero weights
/// built so far, counted as each part is built (embeddings, each head, each feed-forward unit), against
/// <see cref="ModelCompiler.MaxNonZeros"/>. The first part that passes it stops the build with ALTA053 naming that
/// part, instead of finishing millions of weights that would be rejected anyway (Sort with <c>Size = 256</c> built
/// 8.7 million in 17 s before). It counts weights, not seconds, so the same program stops at the same place
/// on every machine and under any load; the wall-clock guard (ALTA054) stays only as a last resort.
/// </summary>
internal sealed class WeightBudget(string className, long limit)
{
    private long _spent;

    public long Spent => _spent;

    /// <summary>What is being built, named in the diagnostic if it passes the limit.</summary>
    public string Part { get; set; } = "the weights";

    public void Spend(long nonZeros)
    {
        _spent += nonZeros;
        if (_spent > limit)
            throw ModelCompilationException.Create(CompilationDiagnostics.ModelTooLarge, -1, className,
                "more than " + limit.ToString(CultureInfo.InvariantCulture), limit.ToString(CultureInfo.InvariantCulture), Part);
    }

    /// <summary>A budget that starts where this one stands (the compiler builds two candidate networks).</summary>
    public WeightBudget Fork() => new(className, limit) { _spent = _spent, Part = Part };
}
