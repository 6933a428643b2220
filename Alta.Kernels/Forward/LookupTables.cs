using System;
using System.Collections.Generic;

namespace Alta.Forward;

/// <summary>
/// A session's tables for <see cref="FirstLayerLookup"/>: per group, per combination of value indices, the units
/// that fire and their activations. Filled on first sight of a combination, by the same additions in the same
/// order as the arithmetic path (so the activations are equal to the bit); afterwards a position costs one
/// lookup per group. Per session, so no locking; once every combination of an input has been seen, runs allocate
/// nothing.
/// </summary>
internal sealed class LookupTables(FirstLayerLookup plan)
{
    /// <summary>Groups with few combinations get a flat array, the rest a dictionary.</summary>
    private const long FlatLimit = 1 << 14;

    private readonly LookupEntry?[]?[] _flat = new LookupEntry?[plan.Groups.Length][];
    private readonly Dictionary<long, LookupEntry>?[] _sparse = new Dictionary<long, LookupEntry>?[plan.Groups.Length];

    public LookupEntry Get(int g, ReadOnlySpan<int> state)
    {
        var group = plan.Groups[g];
        long key = 0;
        for (int s = 0; s < group.State.Length; s++) key += state[group.State[s]] * group.Strides[s];
        if (group.Combinations <= FlatLimit)
        {
            var flat = _flat[g] ??= new LookupEntry?[group.Combinations];
            return flat[key] ??= Compute(group, state);
        }
        var sparse = _sparse[g] ??= [];
        if (!sparse.TryGetValue(key, out var entry)) sparse[key] = entry = Compute(group, state);
        return entry;
    }

    private static LookupEntry Compute(LookupGroup group, ReadOnlySpan<int> state)
    {
        var units = new List<int>();
        var values = new List<float>();
        for (int k = 0; k < group.Units.Length; k++)
        {
            // The arithmetic path adds w * x_r over the non-zero rows, ascending; here every such x_r is exactly 1.
            float pre = 0f;
            foreach (var (row, weight) in group.Rows[k])
                if (IsActive(group, state, row)) pre += weight * 1f;
            float h = MathF.Min(MathF.Max(pre + group.Bias[k], 0f), 1f);
            if (BitConverter.SingleToInt32Bits(h) == 0) continue;
            units.Add(group.Units[k]);
            values.Add(h);
        }
        return new LookupEntry(units.ToArray(), values.ToArray());
    }

    private static bool IsActive(LookupGroup group, ReadOnlySpan<int> state, int row)
    {
        if (row == ModelLayout.One) return true;
        for (int s = 0; s < group.Slices.Length; s++)
        {
            var slice = group.Slices[s];
            if (row >= slice.Offset && row < slice.Offset + slice.Width) return row - slice.Offset == state[group.State[s]];
        }
        return false;
    }
}

/// <summary>The units of a group that are non-zero for one combination of values, ascending, and their activations.</summary>
internal sealed class LookupEntry(int[] units, float[] values)
{
    public int[] Units { get; } = units;

    public float[] Values { get; } = values;
}
