using System;
using System.Runtime.CompilerServices;

namespace Alta.Forward;

/// <summary>
/// The softmax of one query over its candidate positions, written to the session as the positions with a
/// non-zero weight (ascending) and their weights. Both ways give the reference pass's numbers to the bit.
/// </summary>
internal static class Selection
{
    /// <summary>Scores every candidate (touching only the non-zero key entries); returns how many were selected.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Scored(SelectorGroup group, AltaSession s, int i, ReadOnlySpan<int> candidates)
    {
        var query = ProjectedRows.Query(group, s, i, out _);
        var logits = s.Logits;
        float max = group.SinkLogit;
        int a = ProjectedRows.LookupIndex(group.QueryProjection, s, i);
        var table = a >= 0 ? group.Scores : null;
        // Keys by value and position (a tie-break by position): their scores are tabulated per position.
        var positionScores = a >= 0 && table is null ? group.PositionScores : null;
        var positional = group.KeyByPosition;
        for (int t = 0; t < candidates.Length; t++)
        {
            int j = candidates[t];
            int b = table is not null ? ProjectedRows.LookupIndex(group.KeyProjection, s, j)
                : positionScores is not null ? positional!.Index(s, j) : -1;
            float score;
            if (b >= 0)
                score = table is not null ? table[a * group.ScoreStride + b]
                    : positionScores![(a * positional!.Values + b) * positional.Positions + j];
            else
            {
                var key = ProjectedRows.Key(group, s, j, out var columns);
                score = 0;
                foreach (var c in columns) score += query[c] * key[c];
            }
            logits[t] = score;
            max = MathF.Max(max, score);
        }
        // exp(l - max), summed sink first and then in position order; positions whose exp underflowed to 0
        // add nothing and are not kept.
        float sum = SinkSoftmax.Exp(group.SinkLogit, max);
        int selected = 0;
        for (int t = 0; t < candidates.Length; t++)
        {
            float weight = SinkSoftmax.Exp(logits[t], max);
            if (weight == 0) continue;
            sum += weight;
            s.Selected[selected] = candidates[t];
            s.SelectedWeight[selected++] = weight;
        }
        for (int t = 0; t < selected; t++) s.SelectedWeight[t] /= sum;
        return selected;
    }

    /// <summary>
    /// The same softmax from the key buckets: a bucket's positions share one score, so a query scores only the
    /// buckets of its non-zero columns (every other key scores exactly 0, and is selected alike when 0 is the
    /// maximum). Applies when every weight is exactly 0 or 1 (the compiled form: selected scores sit at the maximum,
    /// the rest underflow); then the float sum of the weights is an exact integer in any order and each selected weight
    /// is <c>1 / sum</c>, returned in <paramref name="weight"/>. Lists the selected positions (ascending, with their
    /// weights) only when <paramref name="list"/>: a counts-only group needs just how many. Returns how many positions
    /// were selected, or -1 when the weights do not have that form.
    /// </summary>
    public static int Bucketed(SelectorGroup group, AltaSession s, int i, int n, bool list, out float weight)
    {
        int dk = group.Query.Columns;
        var buckets = s.Buckets;
        var query = ProjectedRows.Query(group, s, i, out var columns);
        weight = 0f;

        // Keys that meet none of the query's columns score 0: the all-zero keys, and any bucket the query misses.
        // One pass for both: the maximum does not depend on the order it is taken in (no NaN reaches it, and MathF.Max
        // orders +0 above -0).
        int scored = 0;
        float max = group.SinkLogit;
        foreach (var c in columns)
        {
            int size = buckets.Count(c);
            if (size == 0) continue;
            scored += size;
            float score = query[c] * buckets.Value(c);
            if (float.IsNaN(score)) return -1;
            max = MathF.Max(max, score);
        }
        bool zeroScores = scored < n;
        if (zeroScores) max = MathF.Max(max, 0f);

        float sink = SinkSoftmax.Exp(group.SinkLogit, max);
        if (sink is not (0f or 1f)) return -1;
        // Zero-scoring keys weigh exp(0 - max): nothing, or (a maximum of 0, as in a selector that selects every
        // position) exactly 1 each.
        bool zeroSelected = false;
        if (zeroScores)
        {
            float zero = SinkSoftmax.Exp(0f, max);
            if (zero is not (0f or 1f)) return -1;
            zeroSelected = zero == 1f;
        }
        int count = zeroSelected ? n - scored : 0, selectedBuckets = 0, only = -1;
        buckets.ClearMarks();
        foreach (var c in columns)
        {
            if (buckets.Count(c) == 0) continue;
            float w = SinkSoftmax.Exp(query[c] * buckets.Value(c), max);
            if (w == 0f) continue;
            if (w != 1f) return -1;
            count += buckets.Count(c);
            selectedBuckets++;
            only = c;
            buckets.Mark(c);
        }
        if (count == 0) return 0;
        // Integer partial sums stay exact up to 2^24.
        if (count >= 1 << 24) return -1;
        float p = weight = 1f / (sink + count);
        if (!list) return count;
        if (zeroSelected)
        {
            // Every position but those of the query's buckets that underflowed, in position order.
            int t = 0;
            for (int j = 0; j < n; j++)
            {
                int c = buckets.ColumnOf(j);
                if (c == dk || buckets.IsMarked(c) || !InColumns(columns, c)) s.Selected[t++] = j;
            }
        }
        else if (selectedBuckets == 1)
        {
            buckets.Positions(only).CopyTo(s.Selected);
        }
        else if (!Concatenated(buckets, columns, s.Selected))
        {
            // Several buckets: their union, in position order.
            int t = 0;
            for (int j = 0; j < n; j++)
            {
                int c = buckets.ColumnOf(j);
                if (c < dk && buckets.IsMarked(c)) s.Selected[t++] = j;
            }
        }
        s.SelectedWeight.AsSpan(0, count).Fill(p);
        return count;
    }

    /// <summary>The marked buckets' positions in column order, when that is already position order (a positional key such
    /// as a prefix selector's, whose bucket c holds position c): then the union costs the selected positions, not n.
    /// Returns false, having written a partial list, when a bucket's positions come before the previous one's.</summary>
    private static bool Concatenated(KeyBuckets buckets, ReadOnlySpan<int> columns, int[] selected)
    {
        int t = 0, last = -1;
        foreach (var c in columns)
        {
            if (!buckets.IsMarked(c)) continue;
            foreach (var j in buckets.Positions(c))
            {
                if (j < last) return false;
                selected[t++] = last = j;
            }
        }
        return true;
    }

    /// <summary>Whether <paramref name="column"/> is one of the query's columns (ascending; a few at most on the rare path
    /// that needs it).</summary>
    private static bool InColumns(ReadOnlySpan<int> columns, int column) => columns.BinarySearch(column) >= 0;
}
