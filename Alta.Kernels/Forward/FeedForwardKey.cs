using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Forward;

/// <summary>
/// What the feed-forward network reads at a position, as a memo key: the value index of each categorical slice that
/// its first layer has a weight on, and the float bits of every other dimension it has a weight on (numerical
/// values, presence and set bits). Dimensions without a weight add nothing, so the network's whole change to the row
/// is a function of this key alone, given that One is exactly 1 and the slices are exactly one-hot (or all zero).
/// Planned from the weights, not the program.
/// </summary>
internal sealed class FeedForwardKey
{
    /// <summary>Longer keys cost more to compare than a lookup saves; such networks stay arithmetic.</summary>
    public const int MaxLength = 64;

    public FeedForwardKey(ModelLayout layout, IntegerState state, FeedForwardLayer first)
    {
        var slices = new SortedSet<int>();
        var raw = new List<int>();
        for (int r = 0; r < first.Weights.Rows; r++)
        {
            if (!first.Weights.HasRow(r) || r == ModelLayout.One) continue;
            int s = state.SliceOf(r);
            if (s >= 0) slices.Add(s);
            else raw.Add(r);
        }
        Slices = slices.ToArray();
        RawDimensions = raw.ToArray();
        Length = Slices.Length + RawDimensions.Length;
        Enabled = Length <= MaxLength;
        FixedByKey = new bool[layout.ModelWidth];
        foreach (var r in RawDimensions) FixedByKey[r] = true;
        foreach (var s in Slices)
            for (int k = 0; k < state.Slices[s].Width; k++) FixedByKey[state.Slices[s].Offset + k] = true;
    }

    /// <summary>Per residual dimension, whether a row's key fixes its float: a raw dimension of the key (its bits), or a
    /// dimension of a categorical slice the key reads (a key is built only where that slice is exactly one-hot or all
    /// zero, so every entry is +0 or 1f as the value index says). The memo stores such dimensions' results.</summary>
    public bool[] FixedByKey { get; }

    /// <summary>Categorical slices read (indices into the integer state).</summary>
    public int[] Slices { get; }

    /// <summary>Other residual dimensions read, ascending.</summary>
    public int[] RawDimensions { get; }

    public int Length { get; }

    public bool Enabled { get; }

    /// <summary>Writes the key of a row whose integer state is <paramref name="state"/>, and its <see cref="DeltaMemo.Hash"/>; false when a slice it reads is
    /// not exactly one-hot (then only the arithmetic path is exact).</summary>
    public bool Build(ReadOnlySpan<float> row, ReadOnlySpan<int> state, Span<int> key, out uint hash)
    {
        // DeltaMemo.Hash, computed as the key is written (the key is read once instead of twice per position).
        hash = DeltaMemo.HashStart;
        int k = 0;
        foreach (var s in Slices)
        {
            int value = state[s];
            if (value < 0) return false;
            key[k++] = value;
            hash = DeltaMemo.HashStep(hash, value);
        }
        foreach (var r in RawDimensions)
        {
            int bits = BitConverter.SingleToInt32Bits(row[r]);
            key[k++] = bits;
            hash = DeltaMemo.HashStep(hash, bits);
        }
        hash = DeltaMemo.HashEnd(hash);
        return true;
    }
}
