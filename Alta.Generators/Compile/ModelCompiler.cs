using System.Linq;
using System.Threading;
using Alta.Generators.Compile.FeedForward;
using Alta.Generators.Spec;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Compile;

/// <summary>Turns a program's layout and rules into Transformer weights (docs/design.md, "One layer, applied up to MaxLayers times").</summary>
internal static class ModelCompiler
{
    /// <summary>Above this many non-zero weights the generated tables would no longer be reasonable source code.</summary>
    public const long MaxNonZeros = 2_000_000;

    /// <summary>Compiles the weights; throws <see cref="ModelCompilationException"/> for programs without a compiled form.</summary>
    public static CompiledTransformer Compile(ProgramSpec model, Evaluation evaluation, CancellationToken cancellationToken)
    {
        var layout = new ResidualLayout(model, evaluation);
        var budget = new WeightBudget(model.ClassName, MaxNonZeros) { Part = "the embeddings" };
        var tokens = EmbeddingCompiler.Tokens(layout);
        var positions = EmbeddingCompiler.Positions(layout);
        budget.Spend(tokens.NonZeros + (positions?.NonZeros ?? 0));
        var heads = model.Heads.Select((h, i) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            var head = AttentionCompiler.Compile(layout, h, i);
            budget.Part = $"head '{model.Variables[h.Output].Name}'";
            budget.Spend((long)head.Query.NonZeros + head.Key.NonZeros + head.Value.NonZeros + head.Output.NonZeros);
            return head;
        }).ToEquatableArray();
        cancellationToken.ThrowIfCancellationRequested();
        var (layers, output) = FeedForwardCompiler.Compile(layout, budget, cancellationToken);
        budget.Part = "the read-out";
        var readout = ReadoutCompiler.Compile(layout);
        budget.Spend(readout?.NonZeros ?? 0);

        var statistics = ModelStatisticsCounter.Count(model, layout, tokens, positions, heads, layers, output, evaluation.Rules.Count, readout);
        if (statistics.NonZeros > MaxNonZeros)
            throw ModelCompilationException.Create(CompilationDiagnostics.ModelTooLarge, -1, model.ClassName, statistics.NonZeros.ToString(),
                MaxNonZeros.ToString(), "the whole model");
        return new CompiledTransformer(model.ClassName, model.Vocabulary, model.MaxLength, model.MaxLayers, model.Output, model.HaltWhen, model.HaltValue,
            model.Variables[model.Output].Type, model.Variables[model.Output].TypeName, layout.ModelWidth, layout.Slices.ToEquatableArray(), tokens, positions, heads, layers.ToEquatableArray(), output, statistics, readout);
    }
}

/// <summary>The statistics of docs/design.md, "Statistics", counted from the weights.</summary>
internal static class ModelStatisticsCounter
{
    /// <summary>Exact float32 counting: softmax weights 1/k stay exact while k is an exact float.</summary>
    public const int ExactCountLimit = 1 << 24;

    /// <summary>.NET's largest array length (<c>Array.MaxLength</c>, which netstandard2.0 does not have).</summary>
    public const int MaxArrayLength = 0x7FFFFFC7;

    public static CompiledStatistics Count(ProgramSpec model, ResidualLayout layout, SparseWeights tokens, SparseWeights? positions,
        EquatableArray<CompiledHead> heads, CompiledLayer[] layers, SparseWeights output, int rules, SparseWeights? readout = null)
    {
        var matrices = new[] { tokens, output }.Concat(positions is null ? [] : [positions]).Concat(readout is null ? [] : [readout])
            .Concat(heads.SelectMany(h => new[] { h.Query, h.Key, h.Value, h.Output }))
            .Concat(layers.Select(l => l.Weights)).ToList();
        long parameters = matrices.Sum(m => (long)m.Rows * m.Columns) + layers.Sum(l => (long)l.Bias.Count);
        long nonZeros = matrices.Sum(m => (long)m.NonZeros) + layers.Sum(l => (long)l.Bias.Count(b => b != 0));
        // No promise beyond what Run can do: it keeps n x d_model floats in one array.
        int runnable = MaxArrayLength / layout.ModelWidth;
        int exact = System.Math.Min(model.MaxLength > 0 ? System.Math.Min(model.MaxLength, ExactCountLimit) : ExactCountLimit, runnable);
        return new CompiledStatistics(layout.ModelWidth, heads.Count, layers.Select(l => l.Bias.Count).ToEquatableArray(), rules,
            parameters, nonZeros, Scale(model), exact);
    }

    /// <summary>The largest lambda of any head: 16, or more for heads with a preference.</summary>
    private static float Scale(ProgramSpec model) =>
        model.Selectors.Select(s => PreferenceScores.Scale(s.Prefer, model.MaxLength)).DefaultIfEmpty(AttentionCompiler.Scale).Max();
}
