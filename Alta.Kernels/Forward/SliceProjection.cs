using System;
using System.Linq;

namespace Alta.Forward;

/// <summary>
/// A projection (W_Q, W_K or W_V) whose non-zero rows all lie in one categorical slice, plus perhaps the constant
/// One (or that reads One alone, or nothing: then it is one vector for every position): then <c>x W</c> is one of a few
/// vectors, one per value of that variable (and one for null), precomputed by
/// the arithmetic path's own additions. A position whose slice is exactly one-hot (or all zero) and whose One is
/// exactly 1 copies its vector instead of multiplying; any other position takes the arithmetic path.
/// </summary>
internal sealed class SliceProjection
{
    private readonly float[] _vectors;
    private readonly int[] _columns;
    private readonly int[] _bitwiseColumns;
    private readonly int[] _counts;
    private readonly int[] _bitwiseCounts;
    private readonly int[] _single;

    private SliceProjection(SparseMatrix w, VariableSlice? slice, int stateIndex, bool usesOne)
    {
        Slice = slice;
        StateIndex = stateIndex;
        Width = w.Columns;
        int values = Values = slice is null ? 1 : slice.Width + 1;
        _vectors = new float[values * Width];
        _columns = new int[values * Width];
        _bitwiseColumns = new int[values * Width];
        _counts = new int[values];
        _bitwiseCounts = new int[values];
        _single = new int[values];
        for (int a = 0; a < values; a++)
        {
            var vector = _vectors.AsSpan(a * Width, Width);
            // SparseRows.Project: ascending rows, each added as w * x_r with x_r = 1.
            if (usesOne) SparseRows.AddRow(w, ModelLayout.One, 1f, vector);
            if (slice is not null && a < slice.Width) SparseRows.AddRow(w, slice.Offset + a, 1f, vector);
            for (int c = 0; c < Width; c++)
            {
                if (vector[c] != 0) _columns[a * Width + _counts[a]++] = c;
                if (BitConverter.SingleToInt32Bits(vector[c]) != 0) _bitwiseColumns[a * Width + _bitwiseCounts[a]++] = c;
            }
            _single[a] = _counts[a] switch { 0 => Width, 1 => _columns[a * Width], _ => -1 };
        }
    }

    /// <summary>The slice read, or null for a projection of One alone (the same vector at every position).</summary>
    public VariableSlice? Slice { get; }

    /// <summary>The slice's index in the <see cref="IntegerState"/>; -1 for a projection of One alone.</summary>
    public int StateIndex { get; }

    /// <summary>How many vectors: one per value and one for null, or one for a projection of One alone.</summary>
    public int Values { get; }

    public int Width { get; }

    /// <summary>The projection for <paramref name="w"/> when its used rows have that form; else null.</summary>
    public static SliceProjection? For(SparseMatrix w, int[] usedRows, IntegerState state)
    {
        var rows = usedRows.Where(r => r != ModelLayout.One).ToArray();
        if (rows.Length == 0) return new SliceProjection(w, null, -1, usesOne: usedRows.Length > 0);
        var slice = state.Slices.FirstOrDefault(v => rows[0] >= v.Offset && rows[0] < v.Offset + v.Width);
        if (slice is null || rows.Any(r => r < slice.Offset || r >= slice.Offset + slice.Width)) return null;
        return new SliceProjection(w, slice, state.IndexOf(slice), usedRows.Contains(ModelLayout.One));
    }

    public ReadOnlySpan<float> Vector(int value) => _vectors.AsSpan(value * Width, Width);

    /// <summary>The columns that are non-zero (<c>!= 0</c>), ascending.</summary>
    public ReadOnlySpan<int> NonZero(int value) => _columns.AsSpan(value * Width, _counts[value]);

    /// <summary>The one column of <see cref="NonZero"/>, <see cref="Width"/> when it is empty, -1 when it has several:
    /// what <see cref="KeyBuckets"/> reads per position.</summary>
    public int SingleColumn(int value) => _single[value];

    /// <summary>The columns whose bits are non-zero (a -0 included), ascending.</summary>
    public ReadOnlySpan<int> BitwiseNonZero(int value) => _bitwiseColumns.AsSpan(value * Width, _bitwiseCounts[value]);
}
