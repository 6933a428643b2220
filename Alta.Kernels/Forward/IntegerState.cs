using System;
using System.Runtime.InteropServices;

namespace Alta.Forward;

/// <summary>
/// A position's integer state: the value index of each categorical variable, read from its residual slice
/// (the slice's width stands for null, an all-zero head output). Read only where it is exact: the constant One
/// must be exactly 1 and every slice exactly one-hot (a single 1f, the rest +0) or all +0.
/// </summary>
internal static class IntegerState
{
    private const int OneBits = 0x3F800000;

    /// <summary>Fills <paramref name="state"/>; returns false when some slice (or One) is not of that form.</summary>
    public static bool Read(VariableSlice[] slices, ReadOnlySpan<float> row, Span<int> state)
    {
        var bits = MemoryMarshal.Cast<float, int>(row);
        if (bits[ModelLayout.One] != OneBits) return false;
        for (int s = 0; s < slices.Length; s++)
        {
            var slice = bits.Slice(slices[s].Offset, slices[s].Width);
            int first = slice.IndexOfAnyExcept(0);
            if (first < 0)
            {
                state[s] = slice.Length;
                continue;
            }
            if (slice[first] != OneBits || slice.Slice(first + 1).IndexOfAnyExcept(0) >= 0) return false;
            state[s] = first;
        }
        return true;
    }
}
