using System;
using System.Runtime.InteropServices;
using System.Numerics.Tensors;

namespace Alta.Forward;

/// <summary>
/// The fast forward pass: the same function as <see cref="ReferencePass"/> (the same additions, in the same
/// order, so the results agree to the bit) but skipping every term that is known to be zero. The residual
/// is mostly zero (one-hot slices), so only its non-zero dimensions are multiplied; a selector's softmax is
/// computed once for all heads that share it and only over the allowed offsets; a key vector is usually
/// one-hot, so a score touches only its non-zero entries; and each feed-forward layer iterates only over the
/// active inputs (the rules that fired), with <see cref="TensorPrimitives"/> for the residual additions and <see cref="ClippedRelu"/> for bias and clip.
/// </summary>
internal static class FastPass
{
    // No AggressiveOptimization on the per-run methods (this one, Attend, FeedForward, Bucketed): it compiles them once,
    // without tiered PGO, and a one-program process's short runs read 5-10% slower so (performance.md, issue 12, step
    // 23). The arithmetic kernels (AddRow, Project, Scored) keep it. Long runs reach the optimised code by OSR.
    public static (int Layers, bool Halted) Run(AltaModel model, AltaSession s, ReadOnlySpan<int> tokens, int budget)
    {
        int n = tokens.Length, d = model.Layout.ModelWidth;
        s.Ensure(n);
        var x = s.X.AsSpan(0, n * d);
        if (model.Plan.Embedded is { } embedded) Embed(embedded, s, tokens, x, d);
        else Embed(model, s, tokens, x, d);

        // Kept selections belong to the last input.
        foreach (var selections in s.Selections) selections.Forget();
        int layers = 0;
        bool halted = false;
        bool quiescence = Quiescence.Looks(model, s);
        while (layers < budget && !halted)
        {
            layers++;
            // Positions that this layer would leave unchanged are skipped (none in the first layer).
            var quiet = quiescence && Quiescence.Mark(model, s, n, layers) ? s.Quiet.AsSpan(0, n) : default;
            FastAttention.Attend(model, s, n, layers, quiet);
            if (model.Guards.Length > 0) StateReadout.CheckGuards(s, n, layers);
            FastFeedForward.FeedForward(model, s, n, quiet);
            halted = StateReadout.IsHalted(s, n);
        }
        if (quiescence) Quiescence.Finish(s);
        s.LastRunLayers = layers;
        return (layers, halted);
    }

    /// <summary>Each position's row and integer state copied from the precomputed pairs (<see cref="EmbeddedRows"/>).</summary>
    private static void Embed(EmbeddedRows embedded, AltaSession s, ReadOnlySpan<int> tokens, Span<float> x, int d)
    {
        int width = s.StateWidth;
        for (int i = 0; i < tokens.Length; i++)
            s.RowExact[i] = embedded.Write(tokens[i], i, x.Slice(i * d, d), s.RowStates.AsSpan(i * width, width), s.RowCounts.AsSpan(i * width, width));
    }

    /// <summary>The embedding where the pairs are not tabulated: the token's row and the position's row added (or the
    /// token's whole row copied), then the integer state from precounted rows or read from the row.</summary>
    private static void Embed(AltaModel model, AltaSession s, ReadOnlySpan<int> tokens, Span<float> x, int d)
    {
        int n = tokens.Length;
        // A token's whole row, copied, leaves what clearing and adding its embedding row would (see FastPlan.TokenRows).
        var tokenRows = model.Plan.TokenRows;
        if (tokenRows is null) x.Clear();
        int width = s.StateWidth;
        var pos = model.Weights.PositionEmbedding;
        var tokenEmbedding = model.Weights.TokenEmbedding;
        // The embedding's integer state is known per token and per position from the weights: summing their
        // precounted slices is cheaper than visiting every dimension the two rows wrote (the largest fixed cost
        // of a short run).
        var tokenCounts = model.Plan.TokenCounts;
        var positionCounts = model.Plan.PositionCounts;
        var integers = model.Plan.State;
        for (int i = 0; i < n; i++)
        {
            var row = x.Slice(i * d, d);
            if (tokenRows is not null) tokenRows.AsSpan(tokens[i] * d, d).CopyTo(row);
            else SparseRows.AddRow(tokenEmbedding, tokens[i], 1f, row);
            if (pos is not null) SparseRows.AddRow(pos, i, 1f, row);
            var state = s.RowStates.AsSpan(i * width, width);
            var counts = s.RowCounts.AsSpan(i * width, width);
            if (tokenCounts is not null)
            {
                s.RowExact[i] = integers.FromEmbedded(row, tokenCounts.AsSpan(tokens[i] * width, width),
                    positionCounts is null ? default : positionCounts.AsSpan(i * width, width), state, counts);
                continue;
            }
            s.RowExact[i] = model.Plan.EmbeddingsDisjoint
                ? model.Plan.State.ReadEmbedded(row, model.Weights.TokenEmbedding.RowColumns(tokens[i]), pos is null ? default : pos.RowColumns(i), state, counts)
                : model.Plan.State.ReadRow(row, state, counts);
        }
    }
}
