using System;
using System.Runtime.CompilerServices;

namespace Alta.Forward;

/// <summary>
/// A position's query, key or value vector, wherever it lives: a row of a <see cref="SliceProjection"/> when the
/// projection reads one categorical slice and the position's value there is exact (or of a <see cref="PositionalProjection"/>
/// for a key that also reads the position), else the row that the arithmetic path wrote into the session. Lookup rows are never copied per position; only the arithmetic path writes.
/// </summary>
internal static class ProjectedRows
{
    /// <summary>The value index that selects a lookup row for position <paramref name="i"/>, or -1 (arithmetic).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int LookupIndex(SliceProjection? projection, AltaSession s, int i) =>
        projection is null ? -1
        : projection.StateIndex >= 0 ? s.RowStates[i * s.StateWidth + projection.StateIndex]
        : s.RowExact[i] ? 0 : -1;

    /// <summary>The query of position <paramref name="i"/> and its bitwise non-zero columns, ascending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<float> Query(SelectorGroup group, AltaSession s, int i, out ReadOnlySpan<int> columns)
    {
        int a = LookupIndex(group.QueryProjection, s, i);
        if (a >= 0)
        {
            columns = group.QueryProjection!.BitwiseNonZero(a);
            return group.QueryProjection.Vector(a);
        }
        int dk = group.Query.Columns;
        columns = s.QueryNonZero.AsSpan(i * dk, s.QueryNonZeroCount[i]);
        return s.Q.AsSpan(i * dk, dk);
    }

    /// <summary>The key of position <paramref name="j"/> and its non-zero columns, ascending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<float> Key(SelectorGroup group, AltaSession s, int j, out ReadOnlySpan<int> columns)
    {
        int b = LookupIndex(group.KeyProjection, s, j);
        if (b >= 0)
        {
            columns = group.KeyProjection!.NonZero(b);
            return group.KeyProjection.Vector(b);
        }
        if (group.KeyByPosition is { } positional && (b = positional.Index(s, j)) >= 0)
        {
            columns = positional.NonZero(b, j);
            return positional.Vector(b, j);
        }
        int dk = group.Key.Columns;
        columns = s.KeyNonZero.AsSpan(j * dk, s.KeyNonZeroCount[j]);
        return s.K.AsSpan(j * dk, dk);
    }

    /// <summary>Head <paramref name="h"/>'s value at position <paramref name="j"/> and its non-zero columns, ascending.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ReadOnlySpan<float> Value(HeadPlan head, AltaSession s, int h, int j, out ReadOnlySpan<int> columns)
    {
        int v = LookupIndex(head.ValueProjection, s, j);
        if (v >= 0)
        {
            columns = head.ValueProjection!.NonZero(v);
            return head.ValueProjection.Vector(v);
        }
        int dv = head.Head.Value.Columns;
        columns = s.ValueNonZero[h].AsSpan(j * dv, s.ValueNonZeroCount[h][j]);
        return s.Values[h].AsSpan(j * dv, dv);
    }
}
