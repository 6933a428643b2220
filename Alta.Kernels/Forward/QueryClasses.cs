using System;
using System.Numerics;

namespace Alta.Forward;

/// <summary>
/// Positions whose query vectors are equal bit for bit. Without an offset mask such positions score every key
/// alike, so their softmax and mixed values are equal too: each class is computed once, at its first position
/// (its representative). Compiled queries read one categorical variable, so a layer has at most as many
/// classes as that variable has values, however long the input.
/// </summary>
internal sealed class QueryClasses
{
    private int[] _table = [];
    private int[] _representatives = [];

    /// <summary>The representatives found by the last <see cref="Build"/>, ascending.</summary>
    public ReadOnlySpan<int> Representatives => _representatives.AsSpan(0, Count);

    public int Count { get; private set; }

    public void Ensure(int n)
    {
        if (_representatives.Length < n) _representatives = new int[n];
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, 2 * n));
        if (_table.Length < size) _table = new int[size];
    }

    /// <summary>Sets <c>rowOf[i]</c> to the representative of position i's class, for <c>i &lt; n</c>.</summary>
    public void Build(AltaSession s, int n, int dk, Span<int> rowOf)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, 2 * n));
        var table = _table.AsSpan(0, size);
        table.Fill(-1);
        Count = 0;
        for (int i = 0; i < n; i++)
        {
            int slot = (int)(Hash(s, i, dk) & (uint)(size - 1));
            while (true)
            {
                int other = table[slot];
                if (other < 0)
                {
                    table[slot] = i;
                    _representatives[Count++] = i;
                    rowOf[i] = i;
                    break;
                }
                if (SameQuery(s, i, other, dk))
                {
                    rowOf[i] = other;
                    break;
                }
                slot = (slot + 1) & (size - 1);
            }
        }
    }

    private static uint Hash(AltaSession s, int i, int dk)
    {
        uint hash = 2166136261;
        int entries = s.QueryNonZeroCount[i];
        for (int e = 0; e < entries; e++)
        {
            int c = s.QueryNonZero[i * dk + e];
            hash = (hash ^ (uint)c) * 16777619;
            hash = (hash ^ (uint)BitConverter.SingleToInt32Bits(s.Q[i * dk + c])) * 16777619;
        }
        return hash ^ (hash >> 15);
    }

    private static bool SameQuery(AltaSession s, int a, int b, int dk)
    {
        int entries = s.QueryNonZeroCount[a];
        if (entries != s.QueryNonZeroCount[b]) return false;
        for (int e = 0; e < entries; e++)
        {
            int c = s.QueryNonZero[a * dk + e];
            if (c != s.QueryNonZero[b * dk + e]) return false;
            if (BitConverter.SingleToInt32Bits(s.Q[a * dk + c]) != BitConverter.SingleToInt32Bits(s.Q[b * dk + c])) return false;
        }
        return true;
    }
}
