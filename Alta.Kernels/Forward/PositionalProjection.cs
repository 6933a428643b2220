using System;
using System.Linq;

namespace Alta.Forward;

/// <summary>
/// A key projection (W_K) that reads one categorical slice (or none), perhaps One, and dimensions that only the position
/// embedding writes: a selector's tie-break by position (<c>Prefer = Earliest</c>) reads the numerical position next to
/// the key variable. Such a key is a function of the slice's value index and the position, so it is precomputed for
/// every (value, position) pair by the arithmetic path's own product (<see cref="SparseRows.Project"/> over the row those
/// two determine), and a position whose slice is exact (One exactly 1) reads its key instead of multiplying. The form is
/// checked from the weights: no token row and no layer's output writes the positional dimensions, and the embeddings
/// are disjoint, so at every position and layer those dimensions hold what the position row wrote (<c>+0 + v * 1</c>).
/// </summary>
internal sealed class PositionalProjection
{
    /// <summary>Floats kept at most per table (value x position x column).</summary>
    public const int MaxEntries = 1 << 20;

    private readonly float[] _vectors;
    private readonly int[] _columns;
    private readonly int[] _counts;

    private PositionalProjection(SparseMatrix w, int[] usedRows, VariableSlice? slice, int stateIndex, int[] positional, SparseMatrix positions, int width)
    {
        StateIndex = stateIndex;
        Values = slice is null ? 1 : slice.Width + 1;
        Positions = positions.Rows;
        Width = w.Columns;
        _vectors = new float[Values * Positions * Width];
        _columns = new int[_vectors.Length];
        _counts = new int[Values * Positions];
        var x = new float[width];
        for (int a = 0; a < Values; a++)
            for (int j = 0; j < Positions; j++)
            {
                // The row as the fast pass holds it at an exact position j with value index a, on the dimensions W reads.
                Array.Clear(x);
                x[ModelLayout.One] = 1f;
                if (slice is not null && a < slice.Width) x[slice.Offset + a] = 1f;
                var columns = positions.RowColumns(j);
                var values = positions.RowValues(j);
                for (int k = 0; k < columns.Length; k++)
                    if (Array.IndexOf(positional, columns[k]) >= 0) x[columns[k]] = 0f + values[k] * 1f;
                int at = a * Positions + j;
                var vector = _vectors.AsSpan(at * Width, Width);
                SparseRows.Project(w, usedRows, x, vector);
                for (int c = 0; c < Width; c++)
                    if (vector[c] != 0) _columns[at * Width + _counts[at]++] = c;
            }
    }

    /// <summary>The slice's index in the <see cref="IntegerState"/>; -1 when the key reads no categorical slice.</summary>
    public int StateIndex { get; }

    /// <summary>Value indices: one per value and one for null (or 1 without a slice).</summary>
    public int Values { get; }

    /// <summary>Positions tabulated: the position embedding's rows (MaxLength).</summary>
    public int Positions { get; }

    public int Width { get; }

    /// <summary>The projection for <paramref name="w"/> when its used rows have that form (and the table stays under
    /// <see cref="MaxEntries"/>); else null. <paramref name="written"/>: per dimension, whether some W_O or the
    /// feed-forward output writes it.</summary>
    public static PositionalProjection? For(SparseMatrix w, int[] usedRows, IntegerState state, ModelWeights weights, bool[] written, bool embeddingsDisjoint)
    {
        if (!embeddingsDisjoint || weights.PositionEmbedding is not { } positions || positions.Rows == 0) return null;
        var sliceRows = usedRows.Where(r => state.SliceOf(r) >= 0).ToArray();
        var positional = usedRows.Where(r => r != ModelLayout.One && state.SliceOf(r) < 0).ToArray();
        if (positional.Length == 0) return null;
        if (sliceRows.Length > 0 && sliceRows.Any(r => state.SliceOf(r) != state.SliceOf(sliceRows[0]))) return null;
        var token = weights.TokenEmbedding;
        foreach (var r in positional)
        {
            if (written[r]) return null;
            for (int t = 0; t < token.Rows; t++)
                if (token.RowColumns(t).Contains(r)) return null;
        }
        var slice = sliceRows.Length == 0 ? null : state.Slices[state.SliceOf(sliceRows[0])];
        long entries = (long)(slice is null ? 1 : slice.Width + 1) * positions.Rows * w.Columns;
        if (entries > MaxEntries) return null;
        return new PositionalProjection(w, usedRows, slice, slice is null ? -1 : state.IndexOf(slice), positional, positions, token.Columns);
    }

    /// <summary>The value index that selects position <paramref name="j"/>'s key, or -1 (the arithmetic path): the slice's
    /// state where it is exact (it is -1 throughout where One is not exactly 1).</summary>
    public int Index(AltaSession s, int j) =>
        StateIndex >= 0 ? s.RowStates[j * s.StateWidth + StateIndex] : s.RowExact[j] ? 0 : -1;

    public ReadOnlySpan<float> Vector(int value, int position) => _vectors.AsSpan((value * Positions + position) * Width, Width);

    /// <summary>The columns that are non-zero (<c>!= 0</c>), ascending.</summary>
    public ReadOnlySpan<int> NonZero(int value, int position)
    {
        int at = value * Positions + position;
        return _columns.AsSpan(at * Width, _counts[at]);
    }
}
