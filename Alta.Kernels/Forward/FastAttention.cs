using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Numerics.Tensors;

namespace Alta.Forward;

/// <summary>
/// The attention half of a fast layer: per selector, the softmax weights (only over allowed offsets, scores
/// touching only the non-zero key entries); per head, the mixed values; then all heads' outputs added at once.
/// </summary>
internal static class FastAttention
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Attend(AltaModel model, AltaSession s, int n, int layer)
    {
        var plan = model.Plan;
        int d = model.Layout.ModelWidth;
        var x = s.X.AsSpan(0, n * d);
        AltaProgramException? ambiguous = null;
        int ambiguousHead = int.MaxValue;
        foreach (var group in plan.Groups)
        {
            Select(group, s, x, n, d);
            foreach (var h in group.Members)
            {
                if (plan.Heads[h].SelectsOne && h < ambiguousHead && Ambiguous(plan.Heads[h], s, n, layer) is { } error)
                    (ambiguous, ambiguousHead) = (error, h);
                Mix(plan.Heads[h], s.Mixed[h], s, x, n, d);
            }
        }
        // The interpreter reports the first ambiguous head (declaration order) at its first position; so does Run.
        if (ambiguous is not null) throw ambiguous;

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
                    if (mix[c] != 0) SparseRows.AddRow(output, c, mix[c], delta);
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
            SparseRows.Project(group.Query, group.QueryRows, row, s.Q.AsSpan(i * dk, dk));
            var key = s.K.AsSpan(i * dk, dk);
            SparseRows.Project(group.Key, group.KeyRows, row, key);
            int count = 0;
            for (int c = 0; c < dk; c++)
                if (key[c] != 0) s.KeyNonZero[i * dk + count++] = c;
            s.KeyNonZeroCount[i] = count;
        }

        var offsets = group.Offsets;
        var logits = s.Logits.AsSpan(0, n);
        var candidates = s.Candidates.AsSpan(0, n);
        if (offsets.Length == 0)
            for (int j = 0; j < n; j++) candidates[j] = j;
        for (int i = 0; i < n; i++)
        {
            // Allowed positions, ascending (the offsets are sorted): the order in which the reference pass sums.
            int count = n;
            if (offsets.Length > 0)
            {
                count = 0;
                foreach (var offset in offsets)
                    if ((uint)(i + offset) < (uint)n) candidates[count++] = i + offset;
            }
            var query = s.Q.AsSpan(i * dk, dk);
            float max = group.SinkLogit;
            for (int t = 0; t < count; t++)
            {
                int j = candidates[t], start = j * dk, entries = s.KeyNonZeroCount[j];
                float score = 0;
                for (int e = 0; e < entries; e++)
                {
                    int c = s.KeyNonZero[start + e];
                    score += query[c] * s.K[start + c];
                }
                logits[j] = score;
                max = MathF.Max(max, score);
            }
            // exp(l - max), summed sink first and then in position order; positions whose exp underflowed to 0
            // add nothing and are not kept.
            float sum = SinkSoftmax.Exp(group.SinkLogit, max);
            int selected = 0;
            for (int t = 0; t < count; t++)
            {
                int j = candidates[t];
                float weight = SinkSoftmax.Exp(logits[j], max);
                if (weight == 0) continue;
                sum += weight;
                s.Selected[i * n + selected] = j;
                s.SelectedWeight[i * n + selected++] = weight;
            }
            for (int t = 0; t < selected; t++) s.SelectedWeight[i * n + t] /= sum;
            s.SelectedCount[i] = selected;
        }
    }

    /// <summary>The error for a categorical head that selected two or more positions somewhere, or null.</summary>
    private static AltaProgramException? Ambiguous(HeadPlan head, AltaSession s, int n, int layer)
    {
        for (int i = 0; i < n; i++)
            if (s.SelectedCount[i] > 1)
                return ProgramErrors.Ambiguous(head.Head.Name, s.Selected.AsSpan(i * n, s.SelectedCount[i]).ToArray(), i, layer);
        return null;
    }

    /// <summary>A head's mixed values <c>sum_j p_ij (x_j W_V)</c> at every position.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Mix(HeadPlan head, float[] mixed, AltaSession s, Span<float> x, int n, int d)
    {
        int dv = head.Head.Value.Columns;
        for (int j = 0; j < n; j++)
        {
            // Value vectors are one-hot (or value and presence): keep their non-zero entries, ascending.
            var value = s.V.AsSpan(j * dv, dv);
            SparseRows.Project(head.Head.Value, head.ValueRows, x.Slice(j * d, d), value);
            int count = 0;
            for (int c = 0; c < dv; c++)
                if (value[c] != 0) s.ValueNonZero[j * dv + count++] = c;
            s.ValueNonZeroCount[j] = count;
        }
        for (int i = 0; i < n; i++)
        {
            var mix = mixed.AsSpan(i * dv, dv);
            mix.Clear();
            for (int t = 0; t < s.SelectedCount[i]; t++)
            {
                // mix += p * v_j, as TensorPrimitives.MultiplyAdd in the reference pass (zero entries add nothing).
                int j = s.Selected[i * n + t];
                float weight = s.SelectedWeight[i * n + t];
                for (int e = 0; e < s.ValueNonZeroCount[j]; e++)
                {
                    int c = s.ValueNonZero[j * dv + e];
                    mix[c] += s.V[j * dv + c] * weight;
                }
            }
        }
    }
}
