using System;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Alta.Interpretation;

namespace Alta.Forward;

/// <summary>
/// A position's integer state: the value index of each categorical variable, read from its residual slice in one
/// pass over the row's non-zero entries. A slice's width stands for null (an all-zero head output); -1 marks a
/// slice that is not exactly one-hot (a single 1f, the rest +0), where only the arithmetic path is exact. The fast
/// pass reads every row once after the embedding (<see cref="ReadEmbedded"/>); after that each write updates the counts
/// of the one slice it lands in (<see cref="Add"/>), so no row is scanned again.
/// </summary>
internal sealed class IntegerState
{
    private const int OneBits = 0x3F800000;
    private readonly int[] _sliceOfDimension;
    private readonly int[] _offsets;
    private readonly int[] _widths;

    public IntegerState(ModelLayout layout)
    {
        Slices = layout.Variables.Where(v => v.Kind == VariableKind.Categorical).ToArray();
        _sliceOfDimension = new int[layout.ModelWidth];
        _sliceOfDimension.AsSpan().Fill(-1);
        for (int s = 0; s < Slices.Length; s++)
            for (int k = 0; k < Slices[s].Width; k++) _sliceOfDimension[Slices[s].Offset + k] = s;
        _offsets = Slices.Select(v => v.Offset).ToArray();
        _widths = Slices.Select(v => v.Width).ToArray();
    }

    /// <summary>The categorical variables, in layout order: index <c>s</c> of a state is <c>Slices[s]</c>.</summary>
    public VariableSlice[] Slices { get; }

    /// <summary>The categorical slice that residual dimension <paramref name="dimension"/> belongs to, or -1.</summary>
    public int SliceOf(int dimension) => _sliceOfDimension[dimension];

    /// <summary>Each slice's width (its null value index), by state index.</summary>
    public ReadOnlySpan<int> Widths => _widths;

    /// <summary><see cref="SliceOf"/> for every residual dimension.</summary>
    public ReadOnlySpan<int> SliceOfDimension => _sliceOfDimension;

    /// <summary>The index of <paramref name="slice"/> in <see cref="Slices"/>, or -1.</summary>
    public int IndexOf(VariableSlice slice) => Array.IndexOf(Slices, slice);

    /// <summary>Reads a row's state and slice counts by scanning it; returns whether its One is exactly 1 (if not, the
    /// state is -1 throughout).</summary>
    public bool ReadRow(ReadOnlySpan<float> row, Span<int> state, Span<SliceCount> counts)
    {
        var bits = MemoryMarshal.Cast<float, int>(row);
        counts.Clear();
        int r = 1;
        while (true)
        {
            int next = bits.Slice(r).IndexOfAnyExcept(0);
            if (next < 0) break;
            r += next;
            Count(bits, r, counts);
            r++;
        }
        bool exact = bits[ModelLayout.One] == OneBits;
        StatesFromCounts(state, counts, exact);
        return exact;
    }

    /// <summary><see cref="ReadRow"/> for a freshly embedded row, visiting only the dimensions its embedding rows wrote
    /// (every other dimension is still +0). Valid only when each embedding row lists a dimension once and no token row
    /// shares a dimension with a position row (<see cref="FastPlan.EmbeddingsDisjoint"/>).</summary>
    public bool ReadEmbedded(ReadOnlySpan<float> row, ReadOnlySpan<int> token, ReadOnlySpan<int> position, Span<int> state, Span<SliceCount> counts)
    {
        var bits = MemoryMarshal.Cast<float, int>(row);
        counts.Clear();
        foreach (var r in token) Count(bits, r, counts);
        foreach (var r in position) Count(bits, r, counts);
        bool exact = bits[ModelLayout.One] == OneBits;
        StatesFromCounts(state, counts, exact);
        return exact;
    }

    /// <summary>The slice counts each row of an embedding matrix gives a freshly cleared residual row on its own
    /// (<c>Rows x Slices.Length</c>, row-major): the bits of <c>+0 + v * 1f</c>, as <see cref="SparseRows.AddRow"/> writes them.</summary>
    public SliceCount[] CountRows(SparseMatrix w)
    {
        var counts = new SliceCount[w.Rows * Slices.Length];
        for (int t = 0; t < w.Rows; t++)
        {
            var columns = w.RowColumns(t);
            var values = w.RowValues(t);
            for (int k = 0; k < columns.Length; k++)
            {
                int r = columns[k], s = _sliceOfDimension[r];
                if (s >= 0) counts[t * Slices.Length + s].Add(r - _offsets[s], BitConverter.SingleToInt32Bits(0f + values[k] * 1f));
            }
        }
        return counts;
    }

    /// <summary><see cref="ReadEmbedded"/> from the counts of the token's and the position's rows
    /// (<see cref="CountRows"/>): the two rows write disjoint dimensions, so a slice's counts are the sum of theirs.
    /// A run's embedding then costs one addition per slice instead of a lookup per written dimension.</summary>
    public bool FromEmbedded(ReadOnlySpan<float> row, ReadOnlySpan<SliceCount> token, ReadOnlySpan<SliceCount> position, Span<int> state, Span<SliceCount> counts)
    {
        if (position.IsEmpty) token.CopyTo(counts);
        else
            for (int s = 0; s < counts.Length; s++) counts[s] = SliceCount.Sum(token[s], position[s]);
        bool exact = BitConverter.SingleToInt32Bits(row[ModelLayout.One]) == OneBits;
        StatesFromCounts(state, counts, exact);
        return exact;
    }

    private void Count(ReadOnlySpan<int> bits, int r, Span<SliceCount> counts)
    {
        int s = _sliceOfDimension[r];
        if (s >= 0) counts[s].Add(r - _offsets[s], bits[r]);
    }

    /// <summary>
    /// <c>row[r] += delta</c>, keeping the row's state current: a write changes one slice's counts, and the slice's
    /// state follows from them without reading the slice again. Every write to the residual after the embedding goes
    /// through here.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Span<float> row, int r, float delta, Span<int> state, Span<SliceCount> counts, ref bool exact)
    {
        int before = BitConverter.SingleToInt32Bits(row[r]);
        float value = row[r] + delta;
        row[r] = value;
        int after = BitConverter.SingleToInt32Bits(value);
        if (before == after) return;
        int s = _sliceOfDimension[r];
        if (s >= 0)
        {
            ref var count = ref counts[s];
            count.Remove(r - _offsets[s], before);
            count.Add(r - _offsets[s], after);
            if (exact) state[s] = count.Value(_widths[s]);
        }
        else if (r == ModelLayout.One)
        {
            exact = after == OneBits;
            StatesFromCounts(state, counts, exact);
        }
    }

    private void StatesFromCounts(Span<int> state, ReadOnlySpan<SliceCount> counts, bool exact)
    {
        if (!exact)
        {
            state.Fill(-1);
            return;
        }
        for (int s = 0; s < state.Length; s++) state[s] = counts[s].Value(_widths[s]);
    }
}

/// <summary>What a slice holds, as counts over its entries: how many have non-zero bits, how many of those are not
/// exactly 1f, and the sum of their indices. Exactly one-hot is "one non-zero, and it is 1f"; then the sum is its index.</summary>
internal struct SliceCount
{
    private const int OneBits = 0x3F800000;
    private int _nonZero;
    private int _notOne;
    private int _indexSum;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(int index, int bits)
    {
        if (bits == 0) return;
        _nonZero++;
        _indexSum += index;
        if (bits != OneBits) _notOne++;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Remove(int index, int bits)
    {
        if (bits == 0) return;
        _nonZero--;
        _indexSum -= index;
        if (bits != OneBits) _notOne--;
    }

    /// <summary>The counts of two disjoint sets of entries together.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static SliceCount Sum(SliceCount a, SliceCount b) => new()
    {
        _nonZero = a._nonZero + b._nonZero,
        _notOne = a._notOne + b._notOne,
        _indexSum = a._indexSum + b._indexSum,
    };

    /// <summary>The value index; <paramref name="width"/> (null) when all zero; -1 when not exactly one-hot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public readonly int Value(int width) => _nonZero == 0 ? width : _nonZero == 1 && _notOne == 0 ? _indexSum : -1;
}
