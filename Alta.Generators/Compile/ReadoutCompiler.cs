using Alta.Generators.Spec;

namespace Alta.Generators.Compile;

/// <summary>
/// The linear read-out's matrix (docs/design.md, "Linear read-out"), a Transformer's unembedding: <c>d_model x labels</c> in the
/// <c>y = x W</c> convention, entry <c>(offset(X) + value index, label)</c> = the vote of that value of X for the label,
/// summed over every <c>[Votes]</c> method of X. The output is the argmax of <c>x W</c> (lowest label on a tie); the
/// read-out costs no feed-forward unit, and its integer sums are exact in float32 (VotesEvaluator bounds them).
/// </summary>
internal static class ReadoutCompiler
{
    public static SparseWeights? Compile(ResidualLayout layout)
    {
        var model = layout.Model;
        if (!model.HasReadout) return null;
        int labels = layout.ValueCount(model.Output);
        var weights = new SparseWeightsBuilder(layout.ModelWidth, labels);
        for (int m = 0; m < model.Votes.Count; m++)
        {
            var table = layout.Evaluation.Votes[m];
            int offset = layout.Offset(model.Votes[m].Variable);
            for (int value = 0; value < table.Values; value++)
                for (int label = 0; label < labels; label++)
                    if (table.Matrix[value * labels + label] is var vote and not 0) weights.Add(offset + value, label, vote);
        }
        return weights.Build();
    }
}
