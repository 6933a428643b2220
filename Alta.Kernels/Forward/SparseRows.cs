using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Numerics.Tensors;

namespace Alta.Forward;

/// <summary>The two sparse products of the fast pass, each visiting stored entries only.</summary>
internal static class SparseRows
{
    /// <summary><c>target += scale * W[row, :]</c>, over the row's stored entries.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void AddRow(SparseMatrix w, int row, float scale, Span<float> target)
    {
        var columns = w.RowColumns(row);
        var values = w.RowValues(row);
        // The hot loop of the fast pass. Column indices were checked against Columns when the matrix was built,
        // so once the target is known to be that wide the per-entry bounds checks can go.
        if (target.Length < w.Columns) throw new ArgumentException("The target is narrower than the matrix.", nameof(target));
        ref float first = ref MemoryMarshal.GetReference(target);
        for (int k = 0; k < columns.Length; k++) Unsafe.Add(ref first, columns[k]) += values[k] * scale;
    }

    /// <summary><c>target = x W</c> restricted to the given rows of W (ascending) where x is non-zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Project(SparseMatrix w, int[] rows, ReadOnlySpan<float> x, Span<float> target)
    {
        // A numerical head's value and presence are two entries: a loop, not a call to clear.
        if (target.Length <= 4)
            for (int c = 0; c < target.Length; c++) target[c] = 0f;
        else target.Clear();
        foreach (var r in rows)
        {
            float value = x[r];
            if (value != 0) AddRow(w, r, value, target);
        }
    }
}
