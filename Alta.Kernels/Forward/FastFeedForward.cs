using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Numerics.Tensors;

namespace Alta.Forward;

/// <summary>The feed-forward half of a fast layer: each layer visits only its non-zero inputs (the rules that fired).</summary>
internal static class FastFeedForward
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void FeedForward(AltaModel model, AltaSession s, int n)
    {
        var weights = model.Weights;
        int d = model.Layout.ModelWidth;
        var delta = s.Delta.AsSpan();
        for (int i = 0; i < n; i++)
        {
            var row = s.X.AsSpan(i * d, d);
            ReadOnlySpan<float> input = row;
            for (int l = 0; l < weights.FeedForward.Length; l++)
            {
                var layer = weights.FeedForward[l];
                var hidden = s.Hidden[l].AsSpan();
                hidden.Clear();
                AddActive(layer.Weights, input, hidden);
                ClippedRelu.AddBiasAndClip(hidden, layer.Bias);
                input = hidden;
            }
            delta.Clear();
            AddActive(weights.FeedForwardOutput, input, delta);
            TensorPrimitives.Add(row, delta, row);
        }
    }

    /// <summary><c>target += input W</c>, visiting only the non-zero inputs (in ascending order).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddActive(SparseMatrix w, ReadOnlySpan<float> input, Span<float> target)
    {
        // Searched as bits so the search is vectorised (float equality is not bitwise); a -0 is visited and adds nothing.
        var bits = MemoryMarshal.Cast<float, int>(input);
        int r = 0;
        while (true)
        {
            int next = bits.Slice(r).IndexOfAnyExcept(0);
            if (next < 0) return;
            r += next;
            SparseRows.AddRow(w, r, input[r], target);
            r++;
        }
    }
}
