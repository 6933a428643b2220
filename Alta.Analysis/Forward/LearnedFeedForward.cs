using System;
using Alta.Analysis.Training;

namespace Alta.Analysis.Forward;

/// <summary>
/// A trained MLP in place of the compiled feed-forward block: it reads each residual row and predicts the
/// delta, as it was trained to on traces (<see cref="Traces.FeedForwardTrace"/>).
/// </summary>
public sealed class LearnedFeedForward : IFeedForward
{
    readonly Mlp mlp;

    public LearnedFeedForward(Mlp mlp, int modelWidth)
    {
        if (mlp.Inputs != modelWidth || mlp.Outputs != modelWidth)
            throw new ArgumentException($"The MLP maps {mlp.Inputs} -> {mlp.Outputs} values; the residual has {modelWidth}.", nameof(mlp));
        this.mlp = mlp;
    }

    public void Apply(ReadOnlySpan<float> input, Span<float> delta, int positions)
    {
        int d = mlp.Inputs;
        var batch = new Matrix(positions, d, input.Slice(0, positions * d).ToArray());
        mlp.Predict(batch).Data.AsSpan().CopyTo(delta);
    }
}
