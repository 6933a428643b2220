using System;
using Alta.Analysis.Traces;
using Alta.Interpretation;

namespace Alta.Analysis.Forward;

/// <summary>
/// A feed-forward block followed by a read-out and re-encoding of every variable: after the block, each
/// position's residual row is decoded as <c>Run</c> decodes it (argmax, bucket centre, nearest set) and
/// written back as the exact encoding, with head outputs null. A learned block is only ever within 0.1 of
/// the compiled deltas; without this step its small errors feed back through attention and grow layer
/// after layer. With it, a run measures whether the learned block makes the right decisions.
/// </summary>
public sealed class CleanedFeedForward : IFeedForward
{
    readonly IFeedForward inner;
    readonly AltaModel model;
    readonly ResidualEncoding encoding;

    public CleanedFeedForward(IFeedForward inner, AltaModel model, InterpretedProgram program)
    {
        this.inner = inner;
        this.model = model;
        encoding = new ResidualEncoding(program, model.Layout);
    }

    public void Apply(ReadOnlySpan<float> input, Span<float> delta, int positions)
    {
        inner.Apply(input, delta, positions);
        int d = model.Layout.ModelWidth;
        var row = new float[d];
        var values = new double[model.Layout.Variables.Length];
        for (int i = 0; i < positions; i++)
        {
            for (int k = 0; k < d; k++) row[k] = input[i * d + k] + delta[i * d + k];
            for (int v = 0; v < values.Length; v++) values[v] = model.Read(v, row);
            var clean = encoding.Encode(values, headsNull: true);
            for (int k = 0; k < d; k++) delta[i * d + k] = clean[k] - input[i * d + k];
        }
    }
}
