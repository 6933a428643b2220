using System;
using System.Numerics.Tensors;

namespace Alta.Forward;

/// <summary>
/// The linear read-out of a <c>[Readout]</c> output (docs/design.md, "Linear read-out"): the label with the largest score of
/// <c>x W_U</c>, the first label on a tie. The reference computes the dense product; the fast pass, on a row whose state
/// is exact, adds the one row of W_U that each categorical slice's value selects, in ascending dimension order, which is
/// the reference's sum without its terms of exactly zero. Votes are integers whose partial sums stay within 2^24
/// (ALTA055), so both sums are exact and give the same label.
/// </summary>
internal static class ReadoutScores
{
    /// <summary>The read-out label of one residual row by the dense product (<paramref name="dense"/> is W_U row-major).</summary>
    public static double Reference(ReadOnlySpan<float> dense, int labels, ReadOnlySpan<float> row)
    {
        Span<float> scores = labels <= 256 ? stackalloc float[labels] : new float[labels];
        scores.Clear();
        for (int r = 0; r < row.Length; r++) TensorPrimitives.MultiplyAdd(dense.Slice(r * labels, labels), row[r], scores, scores);
        return ArgMax(scores);
    }

    /// <summary>The read-out label of position <paramref name="i"/> in the fast pass.</summary>
    public static double Fast(AltaSession s, int i)
    {
        var model = s.Model;
        var w = model.Weights.Readout!;
        int d = model.Layout.ModelWidth;
        var slices = model.Plan.ReadoutSlices;
        if (slices is null || !s.RowExact[i]) return Reference(model.Dense.Readout!, w.Columns, s.X.AsSpan(i * d, d));
        Span<float> scores = w.Columns <= 256 ? stackalloc float[w.Columns] : new float[w.Columns];
        scores.Clear();
        var state = model.Plan.State;
        foreach (int slice in slices)
        {
            int value = s.RowStates[i * s.StateWidth + slice];
            if (value < 0) return Reference(model.Dense.Readout!, w.Columns, s.X.AsSpan(i * d, d));
            if (value == state.Slices[slice].Width) continue; // null: an all-zero slice adds nothing
            int r = state.Slices[slice].Offset + value;
            var columns = w.RowColumns(r);
            var values = w.RowValues(r);
            for (int k = 0; k < columns.Length; k++) scores[columns[k]] += values[k];
        }
        return ArgMax(scores);
    }

    /// <summary>The categorical slices (indices into the integer state) that W_U has rows in, ascending; null when W_U
    /// also has a row outside every categorical slice, where only the dense product is faithful to the weights.</summary>
    public static int[]? SlicesOf(SparseMatrix? w, IntegerState state)
    {
        if (w is null) return null;
        var slices = new System.Collections.Generic.SortedSet<int>();
        for (int r = 0; r < w.Rows; r++)
        {
            if (!w.HasRow(r)) continue;
            int slice = state.SliceOf(r);
            if (slice < 0) return null;
            slices.Add(slice);
        }
        var result = new int[slices.Count];
        slices.CopyTo(result);
        Array.Sort(result, (a, b) => state.Slices[a].Offset.CompareTo(state.Slices[b].Offset));
        return result;
    }

    /// <summary>The index of the largest score, the first on a tie.</summary>
    private static double ArgMax(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int l = 1; l < scores.Length; l++)
            if (scores[l] > scores[best]) best = l;
        return best;
    }
}
