using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Alta.Forward;

/// <summary>
/// The feed-forward half of a fast layer. Each layer visits only its non-zero inputs (in ascending order, as the
/// reference pass sums) and touches only the units those inputs reach: the rest hold <c>clip(b)</c>, known from
/// the weights, so nothing is cleared, biased, clipped or scanned across a whole layer. Where what the network reads
/// is exact (<see cref="FeedForwardKey"/>), its whole change to the row is memoised per key (<see cref="DeltaMemo"/>):
/// a position then costs one lookup and the few additions of that change. A quiet position (<see cref="Quiescence"/>)
/// is skipped.
/// </summary>
internal static class FastFeedForward
{
    public static void FeedForward(AltaModel model, AltaSession s, int n, ReadOnlySpan<bool> quiet)
    {
        var plan = model.Plan;
        int d = model.Layout.ModelWidth;
        int width = plan.State.Slices.Length;
        var memo = s.FeedForwardMemo;
        var keyPlan = plan.FeedForwardKey;
        var key = s.FeedForwardKey.AsSpan();
        for (int i = 0; i < n; i++)
        {
            if (!quiet.IsEmpty && quiet[i]) continue;
            var row = s.X.AsSpan(i * d, d);
            var state = s.RowStates.AsSpan(i * width, width);
            var counts = s.RowCounts.AsSpan(i * width, width);
            ref bool exact = ref s.RowExact[i];
            // Where the key is exact, the network's change to the row was computed before or is computed once now.
            uint hash = 0;
            bool memoised = exact && keyPlan.Enabled && keyPlan.Build(row, state, key, out hash);
            if (memoised)
            {
                int entry = memo.Find(key, hash);
                if (entry >= 0)
                {
                    ApplyChange(plan.State, memo, entry, row, state, counts, ref exact);
                    continue;
                }
            }
            Compute(model, s, row, state, counts, ref exact, memoised, hash);
        }
    }

    /// <summary>The network by arithmetic at one position (stored in the memo under the key just built when
    /// <paramref name="memoised"/>). Apart from the loop above, which is mostly memo hits and keeps its registers.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void Compute(AltaModel model, AltaSession s, Span<float> row, Span<int> state, Span<SliceCount> counts, ref bool exact, bool memoised, uint hash)
    {
        var weights = model.Weights;
        var plan = model.Plan;
        int active = FirstLayer(plan, weights.FeedForward[0], s, row, exact, state);
        ReadOnlySpan<float> input = s.Hidden[0];
        for (int l = 1; l < weights.FeedForward.Length; l++)
        {
            var layer = weights.FeedForward[l];
            var hidden = s.Hidden[l];
            var touched = s.HiddenTouched[l];
            touched.Start();
            for (int a = 0; a < active; a++)
            {
                int r = s.Active[a];
                touched.AddRow(layer.Weights, r, input[r], hidden);
            }
            Mark(layer, plan.AlwaysOn[l], hidden, touched, s.ActiveBits);
            active = Collect(layer.Width, s.ActiveBits, s.Active);
            input = hidden;
        }
        var delta = s.Touched;
        delta.Start();
        for (int a = 0; a < active; a++)
        {
            int u = s.Active[a];
            delta.AddRow(weights.FeedForwardOutput, u, input[u], s.Delta);
        }
        foreach (var r in delta.Indices) plan.State.Add(row, r, s.Delta[r], state, counts, ref exact);
        // Stored after applying, so the dimensions the key fixes are stored with the floats they now hold.
        if (memoised)
            s.FeedForwardMemo.Add(s.FeedForwardKey, hash, delta.Indices, s.Delta, plan.State.SliceOfDimension,
                plan.FeedForwardKey.FixedByKey, row, counts, plan.State.Widths);
    }

    /// <summary>Applies a memoised change to the row. The dimensions the key fixes get their stored results and their
    /// slices their stored counts and value indices (the row is exact with the key's values there, so the arithmetic path
    /// would leave exactly these); the rest are added. The row was exact when its key was built, so a guarded zero
    /// addition lands on +0 or 1f, and leaves it as it is, wherever its slice is still exact: then only the changes are
    /// applied. A method of its own, so the few registers this loop needs are not spilled by the arithmetic path's.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ApplyChange(IntegerState integers, DeltaMemo memo, int entry, Span<float> row, Span<int> state, Span<SliceCount> counts, ref bool exact)
    {
        var results = memo.Results(entry, out var resultValues);
        for (int t = 0; t < results.Length; t++) row[results[t]] = resultValues[t];
        var settled = memo.Settled(entry, out var settledCounts, out var settledValues);
        for (int t = 0; t < settled.Length; t++)
        {
            counts[settled[t]] = settledCounts[t];
            state[settled[t]] = settledValues[t];
        }
        var dimensions = memo.Dimensions(entry);
        var values = memo.Values(entry);
        int length = memo.Changes(entry);
        foreach (var g in memo.Guards(entry))
            if (state[g] < 0)
            {
                length = dimensions.Length;
                break;
            }
        for (int t = 0; t < length; t++) integers.Add(row, dimensions[t], values[t], state, counts, ref exact);
    }

    /// <summary>
    /// The first hidden layer at one position: by lookup where the row's categorical slices are exactly one-hot
    /// (or all zero), plus the arithmetic units; otherwise all by arithmetic. <paramref name="exact"/>: whether the
    /// row's One is exactly 1 (else <paramref name="state"/> is not to be used). Leaves the non-zero units, ascending,
    /// in <c>s.Active</c> and returns how many.
    /// </summary>
    private static int FirstLayer(FastPlan plan, FeedForwardLayer layer, AltaSession s, Span<float> row, bool exact, ReadOnlySpan<int> state)
    {
        var hidden = s.Hidden[0];
        var touched = s.HiddenTouched[0];
        var lookup = plan.FirstLayer;
        if (lookup.LookupUnits > 0 && exact && UsedExact(lookup.Used, state))
        {
            for (int g = 0; g < lookup.Groups.Length; g++)
            {
                var entry = s.Lookup.Get(g, state);
                var units = entry.Units;
                var values = entry.Values;
                for (int k = 0; k < units.Length; k++)
                {
                    int u = units[k];
                    hidden[u] = values[k];
                    s.ActiveBits[u >> 6] |= 1UL << u;
                }
            }
            touched.Start();
            if (lookup.Arithmetic.NonZeros > 0)
            {
                int inputs = NonZeroInputs(row, s.Active);
                for (int a = 0; a < inputs; a++)
                {
                    int r = s.Active[a];
                    touched.AddRow(lookup.Arithmetic, r, row[r], hidden);
                }
            }
            Mark(layer, lookup.ArithmeticAlwaysOn, hidden, touched, s.ActiveBits);
        }
        else
        {
            int inputs = NonZeroInputs(row, s.Active);
            touched.Start();
            for (int a = 0; a < inputs; a++)
            {
                int r = s.Active[a];
                touched.AddRow(layer.Weights, r, row[r], hidden);
            }
            Mark(layer, plan.AlwaysOn[0], hidden, touched, s.ActiveBits);
        }
        return Collect(layer.Width, s.ActiveBits, s.Active);
    }

    /// <summary>Whether every slice the lookup reads is exact in the row's integer state.</summary>
    private static bool UsedExact(int[] used, ReadOnlySpan<int> state)
    {
        foreach (var s in used)
            if (state[s] < 0) return false;
        return true;
    }

    /// <summary>The non-zero entries of the residual row, ascending; returns how many.</summary>
    private static int NonZeroInputs(ReadOnlySpan<float> row, int[] active)
    {
        // Searched as bits so the search is vectorised (float equality is not bitwise); a -0 is visited and adds nothing.
        var bits = MemoryMarshal.Cast<float, int>(row);
        int r = 0, count = 0;
        while (true)
        {
            int next = bits.Slice(r).IndexOfAnyExcept(0);
            if (next < 0) return count;
            r += next;
            active[count++] = r;
            r++;
        }
    }

    /// <summary>Bias and clip for the touched units, and <c>clip(b)</c> for the untouched ones that are on by their
    /// bias alone; marks the non-zero ones in the bitmap.</summary>
    private static void Mark(FeedForwardLayer layer, AlwaysOnUnits alwaysOn, float[] hidden, TouchedDimensions touched, ulong[] bits)
    {
        var bias = layer.Bias;
        foreach (var u in touched.Indices)
        {
            float h = MathF.Min(MathF.Max(hidden[u] + bias[u], 0f), 1f);
            hidden[u] = h;
            if (BitConverter.SingleToInt32Bits(h) != 0) bits[u >> 6] |= 1UL << u;
        }
        for (int k = 0; k < alwaysOn.Units.Length; k++)
        {
            int u = alwaysOn.Units[k];
            if (touched.IsTouched(u)) continue;
            hidden[u] = alwaysOn.Values[k];
            bits[u >> 6] |= 1UL << u;
        }
    }

    /// <summary>Lists the marked units in ascending order (the order the next layer sums in), clearing the bitmap.</summary>
    private static int Collect(int width, ulong[] bits, int[] active)
    {
        int count = 0;
        int words = (width + 63) >> 6;
        for (int w = 0; w < words; w++)
        {
            ulong word = bits[w];
            if (word == 0) continue;
            bits[w] = 0;
            while (word != 0)
            {
                active[count++] = (w << 6) + BitOperations.TrailingZeroCount(word);
                word &= word - 1;
            }
        }
        return count;
    }
}

/// <summary>The units of one hidden layer that are non-zero with no input at all, <c>clip(b) != 0</c>, and that value.</summary>
internal sealed class AlwaysOnUnits
{
    public AlwaysOnUnits(FeedForwardLayer layer, bool[]? only = null)
    {
        var units = new System.Collections.Generic.List<int>();
        var values = new System.Collections.Generic.List<float>();
        for (int u = 0; u < layer.Width; u++)
        {
            if (only is not null && !only[u]) continue;
            // What the reference pass computes for a unit whose every input is zero: clip(0 + b).
            float h = MathF.Min(MathF.Max(0f + layer.Bias[u], 0f), 1f);
            if (BitConverter.SingleToInt32Bits(h) == 0) continue;
            units.Add(u);
            values.Add(h);
        }
        Units = units.ToArray();
        Values = values.ToArray();
    }

    public int[] Units { get; }

    public float[] Values { get; }
}
