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
    private int[] _valueStamp = [];
    private int[] _valueFirst = [];
    private int _now;

    /// <summary>The representatives found by the last <see cref="Build"/>, ascending.</summary>
    public ReadOnlySpan<int> Representatives => _representatives.AsSpan(0, Count);

    public int Count { get; private set; }

    public void Ensure(int n)
    {
        if (_representatives.Length < n) _representatives = new int[n];
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, 2 * n));
        if (_table.Length < size) _table = new int[size];
    }

    /// <summary>Sets <c>rowOf[i]</c> to the representative of position i's class, for <c>i &lt; n</c>. A position whose
    /// query is a lookup row joins the class of that row's value index; any other is hashed by its vector. (Two equal
    /// vectors may end up in two classes, which only costs a second, equal softmax.)</summary>
    public void Build(SelectorGroup group, AltaSession s, int n, Span<int> rowOf)
    {
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, 2 * n));
        var table = _table.AsSpan(0, size);
        bool tableReady = false;
        int dk = group.Query.Columns;
        Count = 0;
        StartValues(group.QueryProjection);
        for (int i = 0; i < n; i++)
        {
            int a = ProjectedRows.LookupIndex(group.QueryProjection, s, i);
            if (a >= 0)
            {
                if (_valueStamp[a] == _now) rowOf[i] = _valueFirst[a];
                else
                {
                    _valueStamp[a] = _now;
                    _valueFirst[a] = i;
                    _representatives[Count++] = i;
                    rowOf[i] = i;
                }
                continue;
            }
            if (!tableReady)
            {
                table.Fill(-1);
                tableReady = true;
            }
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

    private void StartValues(SliceProjection? projection)
    {
        if (projection is null) return;
        int values = projection.Values;
        if (_valueStamp.Length < values)
        {
            _valueStamp = new int[values];
            _valueFirst = new int[values];
            _now = 0;
        }
        if (++_now == int.MaxValue)
        {
            Array.Clear(_valueStamp);
            _now = 1;
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
