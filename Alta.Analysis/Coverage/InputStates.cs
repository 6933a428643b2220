using System;
using System.Collections.Generic;
using System.Runtime.InteropServices;
using Alta.Analysis.Traces;

namespace Alta.Analysis.Coverage;

/// <summary>
/// The distinct feed-forward inputs of a trace (exact residual rows). Rule coverage misses the inputs on
/// which no rule fires, but a learned block must get those right too (a delta of zero, heads reset): parity
/// trained on one- and two-bit inputs exercises every rule, yet never shows a position waiting for an
/// unfinished left neighbour. The share of a test trace's rows whose input never occurs in the training
/// trace measures that gap.
/// </summary>
public sealed class InputStates
{
    readonly HashSet<string> states = new();

    public InputStates(FeedForwardTrace trace)
    {
        for (int i = 0; i < trace.Rows; i++) states.Add(Key(trace.Inputs.Row(i)));
    }

    /// <summary>Distinct inputs.</summary>
    public int Count => states.Count;

    /// <summary>The share of <paramref name="other"/>'s rows whose input is not among these (0 when it has no rows).</summary>
    public double UnseenShare(FeedForwardTrace other)
    {
        if (other.Rows == 0) return 0;
        int unseen = 0;
        for (int i = 0; i < other.Rows; i++)
            if (!states.Contains(Key(other.Inputs.Row(i)))) unseen++;
        return (double)unseen / other.Rows;
    }

    /// <summary>Distinct inputs of <paramref name="other"/> that are not among these.</summary>
    public int UnseenDistinct(FeedForwardTrace other)
    {
        var unseen = new HashSet<string>();
        for (int i = 0; i < other.Rows; i++)
        {
            var key = Key(other.Inputs.Row(i));
            if (!states.Contains(key)) unseen.Add(key);
        }
        return unseen.Count;
    }

    static string Key(ReadOnlySpan<float> row) => Convert.ToBase64String(MemoryMarshal.AsBytes(row));
}
