using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Numerics.Tensors;

namespace Alta.Forward;

/// <summary>
/// The fast forward pass: the same function as <see cref="ReferencePass"/> (the same additions, in the same
/// order, so the results agree to the bit) but skipping every term that is known to be zero. The residual
/// is mostly zero (one-hot slices), so only its non-zero dimensions are multiplied; a selector's softmax is
/// computed once for all heads that share it and only over the allowed offsets; a key vector is usually
/// one-hot, so a score touches only its non-zero entries; and each feed-forward layer iterates only over the
/// active inputs (the rules that fired), with <see cref="TensorPrimitives"/> for the dense vector work.
/// </summary>
internal static class FastPass
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (int Layers, bool Halted) Run(AltaModel model, AltaSession s, ReadOnlySpan<int> tokens, int budget)
    {
        int n = tokens.Length, d = model.Layout.ModelWidth;
        s.Ensure(n);
        var x = s.X.AsSpan(0, n * d);
        x.Clear();
        for (int i = 0; i < n; i++)
        {
            var row = x.Slice(i * d, d);
            AddRow(model.Weights.TokenEmbedding, tokens[i], 1f, row);
            if (model.Weights.PositionEmbedding is { } pos) AddRow(pos, i, 1f, row);
        }

        int layers = 0;
        bool halted = false;
        while (layers < budget && !halted)
        {
            layers++;
            Attend(model, s, n);
            FeedForward(model, s, n);
            halted = Readout.IsHalted(model, x, n);
        }
        return (layers, halted);
    }

    /// <summary><c>target += scale * W[row, :]</c>, over the row's stored entries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddRow(SparseMatrix w, int row, float scale, Span<float> target)
    {
        var columns = w.RowColumns(row);
        var values = w.RowValues(row);
        for (int k = 0; k < columns.Length; k++) target[columns[k]] += values[k] * scale;
    }

    /// <summary><c>target = x W</c> restricted to the given rows of W (ascending) where x is non-zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Project(SparseMatrix w, int[] rows, ReadOnlySpan<float> x, Span<float> target)
    {
        target.Clear();
        foreach (var r in rows)
        {
            float value = x[r];
            if (value != 0) AddRow(w, r, value, target);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Attend(AltaModel model, AltaSession s, int n)
    {
        var plan = model.Plan;
        int d = model.Layout.ModelWidth;
        var x = s.X.AsSpan(0, n * d);
        foreach (var group in plan.Groups)
        {
            Select(group, s, x, n, d);
            foreach (var h in group.Members) Mix(plan.Heads[h], s.Mixed[h], s, x, n, d);
        }

        // All heads read the residual as it stood at the start of the layer; only now are their outputs added.
        var delta = s.Delta.AsSpan();
        for (int i = 0; i < n; i++)
        {
            delta.Clear();
            for (int h = 0; h < plan.Heads.Length; h++)
            {
                var output = plan.Heads[h].Head.Output;
                int dv = output.Rows;
                var mix = s.Mixed[h].AsSpan(i * dv, dv);
                for (int c = 0; c < dv; c++)
                    if (mix[c] != 0) AddRow(output, c, mix[c], delta);
            }
            var row = x.Slice(i * d, d);
            TensorPrimitives.Add(row, delta, row);
        }
    }

    /// <summary>The softmax weights of one selector: for each position, the positions with a non-zero weight.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Select(SelectorGroup group, AltaSession s, Span<float> x, int n, int d)
    {
        int dk = group.Query.Columns;
        for (int i = 0; i < n; i++)
        {
            var row = x.Slice(i * d, d);
            Project(group.Query, group.QueryRows, row, s.Q.AsSpan(i * dk, dk));
            var key = s.K.AsSpan(i * dk, dk);
            Project(group.Key, group.KeyRows, row, key);
            int count = 0;
            for (int c = 0; c < dk; c++)
                if (key[c] != 0) s.KeyNonZero[i * dk + count++] = c;
            s.KeyNonZeroCount[i] = count;
        }

        var offsets = group.Offsets;
        var logits = s.Logits.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            var query = s.Q.AsSpan(i * dk, dk);
            int candidates = offsets.Length == 0 ? n : offsets.Length;
            float max = group.SinkLogit;
            for (int t = 0; t < candidates; t++)
            {
                int j = offsets.Length == 0 ? t : i + offsets[t];
                if ((uint)j >= (uint)n) continue;
                float score = 0;
                var nonZero = s.KeyNonZero.AsSpan(j * dk, s.KeyNonZeroCount[j]);
                foreach (var c in nonZero) score += query[c] * s.K[j * dk + c];
                logits[j] = score;
                max = MathF.Max(max, score);
            }
            float sum = SinkSoftmax.Exp(group.SinkLogit, max);
            for (int t = 0; t < candidates; t++)
            {
                int j = offsets.Length == 0 ? t : i + offsets[t];
                if ((uint)j >= (uint)n) continue;
                logits[j] = SinkSoftmax.Exp(logits[j], max);
                sum += logits[j];
            }
            int selected = 0;
            for (int t = 0; t < candidates; t++)
            {
                int j = offsets.Length == 0 ? t : i + offsets[t];
                if ((uint)j >= (uint)n || logits[j] == 0) continue;
                s.Selected[i * n + selected] = j;
                s.SelectedWeight[i * n + selected++] = logits[j] / sum;
            }
            s.SelectedCount[i] = selected;
        }
    }

    /// <summary>A head's mixed values <c>sum_j p_ij (x_j W_V)</c> at every position.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Mix(HeadPlan head, float[] mixed, AltaSession s, Span<float> x, int n, int d)
    {
        int dv = head.Head.Value.Columns;
        for (int j = 0; j < n; j++) Project(head.Head.Value, head.ValueRows, x.Slice(j * d, d), s.V.AsSpan(j * dv, dv));
        for (int i = 0; i < n; i++)
        {
            var mix = mixed.AsSpan(i * dv, dv);
            mix.Clear();
            for (int t = 0; t < s.SelectedCount[i]; t++)
            {
                // mix += p * v_j, as TensorPrimitives.MultiplyAdd in the reference pass (zero entries add nothing).
                var value = s.V.AsSpan(s.Selected[i * n + t] * dv, dv);
                float weight = s.SelectedWeight[i * n + t];
                for (int c = 0; c < dv; c++)
                    if (value[c] != 0) mix[c] += value[c] * weight;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void FeedForward(AltaModel model, AltaSession s, int n)
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
                TensorPrimitives.Add(hidden, layer.Bias, hidden);
                TensorPrimitives.Clamp(hidden, 0f, 1f, hidden);
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
            AddRow(w, r, input[r], target);
            r++;
        }
    }
}
