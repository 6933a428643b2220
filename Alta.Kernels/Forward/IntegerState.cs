using System;
using System.Linq;
using System.Runtime.InteropServices;
using Alta.Interpretation;

namespace Alta.Forward;

/// <summary>
/// A position's integer state: the value index of each categorical variable, read from its residual slice in one
/// pass over the row's non-zero entries. A slice's width stands for null (an all-zero head output); -1 marks a
/// slice that is not exactly one-hot (a single 1f, the rest +0), where only the arithmetic path is exact.
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

    /// <summary>The index of <paramref name="slice"/> in <see cref="Slices"/>, or -1.</summary>
    public int IndexOf(VariableSlice slice) => Array.IndexOf(Slices, slice);

    /// <summary>Fills <paramref name="state"/> (one entry per slice); returns false when One is not exactly 1, and then
    /// no entry may be used.</summary>
    public bool Read(ReadOnlySpan<float> row, Span<int> state)
    {
        var bits = MemoryMarshal.Cast<float, int>(row);
        if (bits[ModelLayout.One] != OneBits) return false;
        _widths.CopyTo(state);
        int r = 1;
        while (true)
        {
            int next = bits.Slice(r).IndexOfAnyExcept(0);
            if (next < 0) return true;
            r += next;
            int s = _sliceOfDimension[r];
            if (s >= 0)
                state[s] = bits[r] == OneBits && state[s] == _widths[s] ? r - _offsets[s] : -1;
            r++;
        }
    }
}
