using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Alta.Forward;

/// <summary>
/// A sparse accumulator: the entries of a target vector that some row wrote since <see cref="Start"/>, in the
/// order first written. Untouched entries are never cleared, read or written, so a sum over a few rows costs
/// what those rows cost, not the vector's width. A touched entry starts from +0, as a cleared vector would.
/// </summary>
internal sealed class TouchedDimensions(int width)
{
    private readonly int[] _stamp = new int[width];
    private readonly int[] _indices = new int[width];
    private int _now;
    private int _count;

    /// <summary>The touched entries, in the order first written.</summary>
    public ReadOnlySpan<int> Indices => _indices.AsSpan(0, _count);

    /// <summary>Forgets every touched entry (without visiting them).</summary>
    public void Start()
    {
        _count = 0;
        if (++_now == int.MaxValue)
        {
            Array.Clear(_stamp);
            _now = 1;
        }
    }

    /// <summary>Whether entry <paramref name="index"/> was written since <see cref="Start"/>.</summary>
    public bool IsTouched(int index) => _stamp[index] == _now;

    /// <summary><c>target += scale * W[row, :]</c> over the row's stored entries, recording the entries it touches.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AddRow(SparseMatrix w, int row, float scale, float[] target)
    {
        var columns = w.RowColumns(row);
        var values = w.RowValues(row);
        if (target.Length < w.Columns || _stamp.Length < w.Columns) throw new ArgumentException("The target is narrower than the matrix.", nameof(target));
        // Column indices were checked against Columns when the matrix was built.
        ref float first = ref MemoryMarshal.GetArrayDataReference(target);
        ref int stamp = ref MemoryMarshal.GetArrayDataReference(_stamp);
        for (int k = 0; k < columns.Length; k++)
        {
            int c = columns[k];
            ref float entry = ref Unsafe.Add(ref first, c);
            ref int seen = ref Unsafe.Add(ref stamp, c);
            if (seen != _now)
            {
                seen = _now;
                _indices[_count++] = c;
                entry = 0f;
            }
            entry += values[k] * scale;
        }
    }
}
