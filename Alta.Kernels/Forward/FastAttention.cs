using System;

namespace Alta.Forward;

/// <summary>
/// The attention half of a fast layer. Per selector: the queries and keys; then the softmax weights, once per
/// class of equal queries (or per position where an offset mask makes positions differ), from the key buckets
/// where the keys have the compiled one-hot form; per head, the mixed values of each class. Then all heads'
/// outputs are added at once, only where they write. Memory is linear in the input length.
/// </summary>
internal static class FastAttention
{
    /// <summary>A row's <c>MixNonZeroCount</c> when its mix is one selected position's lookup value (where the heads'
    /// outputs are disjoint): the value index and weight are in <c>SingleValue</c> and <c>SingleWeight</c>.</summary>
    internal const int SingleLookup = -1;

    public static void Attend(AltaModel model, AltaSession s, int n, int layer, ReadOnlySpan<bool> quiet)
    {
        var plan = model.Plan;
        int d = model.Layout.ModelWidth;
        var x = s.X.AsSpan(0, n * d);
        AltaProgramException? ambiguous = null;
        int ambiguousHead = int.MaxValue;
        for (int g = 0; g < plan.Groups.Length; g++)
        {
            var group = plan.Groups[g];
            // Values nothing writes are the first layer's for the whole run.
            foreach (var h in group.Heads)
                if (layer == 1 || !plan.Heads[h].ValuesStable) ProjectValues(plan.Heads[h], s, h, x, n, d);
            var kept = s.Selections[g];
            if (kept.Ready)
            {
                // A stable group selects as it did in this run's first layer (which raised any ambiguity then); its
                // rows (rowOf) are still that layer's.
                MixKept(group, s, kept, quiet);
                continue;
            }
            // A session whose last run stopped after one layer (most inputs of a one-layer program) keeps nothing in
            // the first layer, where keeping would be wasted; it keeps in the second, should there be one.
            if (group.Stable && (layer > 1 || s.LastRunLayers != 1)) kept.Begin(n);
            var rowOf = s.RowOf[g].AsSpan(0, n);
            // A categorical head that selects two positions has no meaning: the interpreter throws for the first
            // such head (declaration order) at its first position, and so does Run.
            int checkedHead = FirstSelectingOne(plan, group);
            s.AmbiguousPosition = checkedHead < ambiguousHead ? int.MaxValue : -1;
            if (group.Offsets.Length > 0)
            {
                Project(group, s, x, n, d);
                SelectEachPosition(group, s, n, rowOf);
            }
            else if (!SelectByValue(group, s, n, rowOf))
            {
                Project(group, s, x, n, d);
                SelectEachClass(group, s, n, rowOf);
            }
            if (s.AmbiguousPosition is >= 0 and < int.MaxValue)
                (ambiguous, ambiguousHead) = (ProgramErrors.Ambiguous(plan.Heads[checkedHead].Head.Name, s.AmbiguousSelected, s.AmbiguousPosition, layer), checkedHead);
            else if (kept.Storing) kept.Complete();
        }
        if (ambiguous is not null) throw ambiguous;
        AddOutputs(plan, s, x, n, d, quiet);
    }

    /// <summary>The group's first categorical head (all of its heads select alike), or int.MaxValue.</summary>
    private static int FirstSelectingOne(FastPlan plan, SelectorGroup group)
    {
        foreach (var h in group.Heads)
            if (plan.Heads[h].SelectsOne) return h;
        return int.MaxValue;
    }

    /// <summary>Records the lowest position that selected two or more positions, when the group is checked
    /// (<c>AmbiguousPosition</c> is -1 when it is not).</summary>
    private static void NoteSelection(AltaSession s, int position, int selected)
    {
        if (selected <= 1 || s.AmbiguousPosition < 0 || position >= s.AmbiguousPosition) return;
        s.AmbiguousPosition = position;
        s.AmbiguousSelected = s.Selected.AsSpan(0, selected).ToArray();
    }

    /// <summary>Queries and keys (with their non-zero columns) of the positions that the projections' lookups do not
    /// cover; the rest are read from the lookups where they are used (<see cref="ProjectedRows"/>).</summary>
    private static void Project(SelectorGroup group, AltaSession s, Span<float> x, int n, int d)
    {
        int dk = group.Query.Columns;
        for (int i = 0; i < n; i++)
        {
            var row = x.Slice(i * d, d);
            // Bitwise non-zero, so two queries with equal lists are equal vectors (a -0 entry is listed).
            if (ProjectedRows.LookupIndex(group.QueryProjection, s, i) < 0)
                s.QueryNonZeroCount[i] = ProjectRow(group.Query, group.QueryRows, row, s.Q.AsSpan(i * dk, dk), s.QueryNonZero.AsSpan(i * dk, dk), bitwise: true);
            if (ProjectedRows.LookupIndex(group.KeyProjection, s, i) < 0 && (group.KeyByPosition is not { } positional || positional.Index(s, i) < 0))
                s.KeyNonZeroCount[i] = ProjectRow(group.Key, group.KeyRows, row, s.K.AsSpan(i * dk, dk), s.KeyNonZero.AsSpan(i * dk, dk), bitwise: false);
        }
    }

    /// <summary>A head's value vectors (one-hot, or value and presence) where its lookup does not cover the position.</summary>
    private static void ProjectValues(HeadPlan head, AltaSession s, int h, Span<float> x, int n, int d)
    {
        int dv = head.Head.Value.Columns;
        for (int j = 0; j < n; j++)
            if (ProjectedRows.LookupIndex(head.ValueProjection, s, j) < 0)
                s.ValueNonZeroCount[h][j] = ProjectRow(head.Head.Value, head.ValueRows, x.Slice(j * d, d), s.Values[h].AsSpan(j * dv, dv), s.ValueNonZero[h].AsSpan(j * dv, dv), bitwise: false);
    }

    /// <summary><c>target = x W</c> by arithmetic, and its non-zero columns.</summary>
    private static int ProjectRow(SparseMatrix w, int[] rows, ReadOnlySpan<float> row, Span<float> target, Span<int> nonZero, bool bitwise)
    {
        SparseRows.Project(w, rows, row, target);
        int count = 0;
        for (int c = 0; c < target.Length; c++)
            if (bitwise ? BitConverter.SingleToInt32Bits(target[c]) != 0 : target[c] != 0) nonZero[count++] = c;
        return count;
    }

    /// <summary>With an offset mask every position sees its own candidates (at most one per offset).</summary>
    private static void SelectEachPosition(SelectorGroup group, AltaSession s, int n, Span<int> rowOf)
    {
        var candidates = s.Candidates.AsSpan();
        var single = group.OffsetWeights;
        for (int i = 0; i < n; i++)
        {
            if (single is not null)
            {
                // One offset, both projections lookups: the weight of the one candidate is a table entry.
                int j = i + group.Offsets[0];
                int a = (uint)j < (uint)n ? ProjectedRows.LookupIndex(group.QueryProjection, s, i) : -1;
                int b = a >= 0 ? ProjectedRows.LookupIndex(group.KeyProjection, s, j) : -1;
                if (b >= 0)
                {
                    float weight = single[a * group.ScoreStride + b];
                    int chosen = 0;
                    if (weight != SelectorGroup.NotSelected)
                    {
                        s.Selected[0] = j;
                        s.SelectedWeight[0] = weight;
                        chosen = 1;
                    }
                    MixMembers(group, s, i, chosen);
                    rowOf[i] = i;
                    continue;
                }
            }
            // Allowed positions, ascending (the offsets are sorted): the order in which the reference pass sums.
            int count = 0;
            foreach (var offset in OffsetsInRange(group.Offsets, i, n))
                if ((uint)(i + offset) < (uint)n) candidates[count++] = i + offset;
            int selected = Selection.Scored(group, s, i, candidates.Slice(0, count));
            NoteSelection(s, i, selected);
            MixMembers(group, s, i, selected);
            rowOf[i] = i;
        }
    }

    /// <summary>The offsets (sorted, distinct) that reach a position of the input from position <paramref name="i"/>:
    /// from <c>-i</c> to <c>n - 1 - i</c>. A range's offsets (every offset up to the program's MaxLength, for a prefix
    /// selector) are contiguous, so their first and last reachable ones are found by subtraction; a short input would
    /// otherwise visit all of them at every position. Other lists are filtered as they are read.</summary>
    private static ReadOnlySpan<int> OffsetsInRange(int[] offsets, int i, int n)
    {
        int lowest = offsets[0];
        if (offsets[^1] - lowest != offsets.Length - 1) return offsets;
        int first = Math.Max(0, -i - lowest), end = Math.Min(offsets.Length, n - i - lowest);
        return offsets.AsSpan(first, Math.Max(0, end - first));
    }

    /// <summary>Without a mask, positions with equal queries share one softmax: computed once per class.</summary>
    private static void SelectEachClass(SelectorGroup group, AltaSession s, int n, Span<int> rowOf)
    {
        s.Classes.Build(group, s, n, rowOf);
        s.Buckets.Build(group, s, n);
        var all = s.Candidates.AsSpan(0, n);
        bool allListed = false;
        // A counts-only group's heads read one value vector at every exact position: with equal weights their mix
        // depends on the count alone, and the bucketed selection need not list its positions.
        bool counted = group.CountsOnly && AllExact(s, n);
        foreach (var r in s.Classes.Representatives)
        {
            float weight = 0f;
            int selected = s.Buckets.Valid ? Selection.Bucketed(group, s, r, n, list: !counted, out weight) : -1;
            if (selected >= 0 && counted)
            {
                MixCounted(group, s, r, selected, weight);
                continue;
            }
            if (selected < 0)
            {
                if (!allListed)
                {
                    for (int j = 0; j < n; j++) all[j] = j;
                    allListed = true;
                }
                selected = Selection.Scored(group, s, r, all);
            }
            if (selected > 1 && s.AmbiguousPosition >= 0)
            {
                // Every position of the class selected the same positions; the class's first is the one to report.
                int first = r;
                for (int i = 0; i < first; i++)
                    if (rowOf[i] == r) { first = i; break; }
                NoteSelection(s, first, selected);
            }
            MixMembers(group, s, r, selected);
        }
    }

    /// <summary>The group's selections by key value (<see cref="CountedSelection"/>), where its queries and keys are
    /// lookups with a score table and the weights are 0 or 1: counts for a counts-only group, else the selected positions;
    /// false (nothing mixed) where they are not of that form.</summary>
    private static bool SelectByValue(SelectorGroup group, AltaSession s, int n, Span<int> rowOf)
    {
        bool counted = group.CountsOnly;
        if (group.Scores is null || !s.Counted.Select(group, s, n, rowOf, list: !counted)) return false;
        foreach (var r in s.Counted.Rows)
        {
            if (counted)
            {
                int count = s.Counted.Count(r, out float weight);
                MixCounted(group, s, r, count, weight);
                continue;
            }
            // A class's first position is its row: the one to report should it select two or more.
            int selected = s.Counted.List(r, s.Selected, s.SelectedWeight);
            NoteSelection(s, r, selected);
            MixMembers(group, s, r, selected);
        }
        return true;
    }

    /// <summary>Mixes every head of the group for one row from the selection just computed, and keeps that selection
    /// where the group is stable and this layer keeps (<see cref="SelectionCache.Storing"/>).</summary>
    private static void MixMembers(SelectorGroup group, AltaSession s, int row, int selected)
    {
        var positions = s.Selected.AsSpan(0, Math.Max(0, selected));
        var weights = s.SelectedWeight.AsSpan(0, positions.Length);
        var kept = s.Selections[group.Index];
        if (kept.Storing) kept.Store(row, positions, weights);
        foreach (var h in group.Heads) Mix(s, h, row, positions, weights);
    }

    /// <summary>Whether One is exactly 1 at every position (then a projection of One alone is its lookup row everywhere).</summary>
    private static bool AllExact(AltaSession s, int n) => !s.RowExact.AsSpan(0, n).Contains(false);

    /// <summary><see cref="MixMembers"/> for a counts-only group's row that selected <paramref name="count"/> positions,
    /// each of weight <paramref name="weight"/>, at exact positions: each head's mix is its <see cref="CountedMix"/>.</summary>
    private static void MixCounted(SelectorGroup group, AltaSession s, int row, int count, float weight)
    {
        var kept = s.Selections[group.Index];
        if (kept.Storing) kept.StoreCount(row, count, weight);
        foreach (var h in group.Heads) MixCount(s, h, row, count, weight);
    }

    /// <summary><see cref="Mix"/> of <paramref name="count"/> positions with one value vector and equal weights: the same
    /// non-zero columns, ascending, with the sums <see cref="CountedMix"/> kept for that count.</summary>
    private static void MixCount(AltaSession s, int h, int row, int count, float weight)
    {
        var head = s.Model.Plan.Heads[h];
        int dv = head.Head.Value.Columns;
        var mix = s.Mixed[h].AsSpan(row * dv, dv);
        var nonZero = s.MixNonZero[h].AsSpan(row * dv, dv);
        int columns = 0;
        if (count > 0)
        {
            var sum = s.CountedMixes[h]!.Sum(count, weight);
            foreach (var c in head.ValueProjection!.NonZero(0))
            {
                mix[c] = sum[c];
                if (mix[c] != 0) nonZero[columns++] = c;
            }
        }
        s.MixNonZeroCount[h][row] = columns;
    }

    /// <summary>Mixes the heads of a stable group whose values change (<see cref="SelectorGroup.Remixed"/>) from the
    /// selections an earlier layer of the run kept; the other heads' mixes are that layer's.</summary>
    private static void MixKept(SelectorGroup group, AltaSession s, SelectionCache kept, ReadOnlySpan<bool> quiet)
    {
        var heads = group.Remixed;
        if (heads.Length == 0) return;
        // Under an offset mask a row is a position: a quiet one's mix is not read (its outputs are skipped).
        bool byPosition = !quiet.IsEmpty && group.Offsets.Length > 0;
        for (int k = 0; k < kept.Count; k++)
        {
            int row = kept.Row(k);
            if (byPosition && quiet[row]) continue;
            int count = kept.CountOf(k);
            if (count >= 0)
            {
                float weight = kept.CountWeight(k);
                foreach (var h in heads) MixCount(s, h, row, count, weight);
                continue;
            }
            var positions = kept.Positions(k);
            var weights = kept.Weights(k);
            foreach (var h in heads) Mix(s, h, row, positions, weights);
        }
    }

    /// <summary><c>mix = sum_j p_j v_j</c> over the selected positions in ascending order, as
    /// <c>TensorPrimitives.MultiplyAdd</c> sums in the reference pass (zero entries add nothing); then the mix's
    /// non-zero columns, ascending, which are all that <see cref="AddOutputs"/> visits.</summary>
    private static void Mix(AltaSession s, int h, int row, ReadOnlySpan<int> positions, ReadOnlySpan<float> weights)
    {
        int selected = positions.Length;
        var plan = s.Model.Plan;
        var head = plan.Heads[h];
        if (selected == 1 && plan.OutputsDisjoint)
        {
            // One position whose value is a lookup row: its value index and weight are all the output step needs (it
            // forms each product itself), so nothing is written per column here.
            int v = ProjectedRows.LookupIndex(head.ValueProjection, s, positions[0]);
            if (v >= 0)
            {
                s.SingleValue[h][row] = v;
                s.SingleWeight[h][row] = weights[0];
                s.MixNonZeroCount[h][row] = SingleLookup;
                return;
            }
        }
        int dv = head.Head.Value.Columns;
        var mix = s.Mixed[h].AsSpan(row * dv, dv);
        var nonZero = s.MixNonZero[h].AsSpan(row * dv, dv);
        int count = 0;
        if (selected <= 1)
        {
            // Entries off the non-zero list are never read, so one position's mix writes only its value's columns
            // (ascending), each as a cleared entry plus one product.
            if (selected == 1)
            {
                var only = ProjectedRows.Value(head, s, h, positions[0], out var onlyColumns);
                float p = weights[0];
                foreach (var c in onlyColumns)
                {
                    mix[c] = 0f + only[c] * p;
                    if (mix[c] != 0) nonZero[count++] = c;
                }
            }
            s.MixNonZeroCount[h][row] = count;
            return;
        }
        if (head.ValueProjection is null) MixArithmetic(s, h, dv, positions, weights, mix);
        else
        {
            mix.Clear();
            for (int t = 0; t < selected; t++)
            {
                var value = ProjectedRows.Value(head, s, h, positions[t], out var columns);
                float weight = weights[t];
                foreach (var c in columns) mix[c] += value[c] * weight;
            }
        }
        for (int c = 0; c < dv; c++)
            if (mix[c] != 0) nonZero[count++] = c;
        s.MixNonZeroCount[h][row] = count;
    }

    /// <summary>The sum of <see cref="Mix"/> where every value is a row the arithmetic path wrote (numerical means: the
    /// O(n) positions per class of a prefix selector), reading the session's arrays directly; writes every entry of
    /// <paramref name="mix"/> (a numerical mean's two sums directly, without clearing first).</summary>
    private static void MixArithmetic(AltaSession s, int h, int dv, ReadOnlySpan<int> positions, ReadOnlySpan<float> weights, Span<float> mix)
    {
        var values = s.Values[h];
        if (dv == 2)
        {
            // A numerical head's value and presence. Each column sums only its own products, in position order, so the
            // two sums can run side by side; and a zero entry's product (+-0, the weights being finite) leaves a sum as
            // it is (a sum that starts at +0 never becomes -0), so every entry can be added without its non-zero list.
            float first = 0f, second = 0f;
            int t = 0;
            for (; t < positions.Length; t++)
            {
                float weight = weights[t];
                if (!float.IsFinite(weight)) break;
                int start = positions[t] * 2;
                first += values[start] * weight;
                second += values[start + 1] * weight;
            }
            if (t == positions.Length)
            {
                mix[0] = first;
                mix[1] = second;
                return;
            }
        }
        mix.Clear();
        var nonZero = s.ValueNonZero[h];
        var nonZeroCount = s.ValueNonZeroCount[h];
        for (int t = 0; t < positions.Length; t++)
        {
            int j = positions[t], start = j * dv;
            float weight = weights[t];
            foreach (var c in nonZero.AsSpan(start, nonZeroCount[j])) mix[c] += values[start + c] * weight;
        }
    }

    /// <summary>Adds every head's <c>mix W_O</c> to the residual. All heads read the residual as it stood at the start
    /// of the layer, so this comes last; only the dimensions some head writes are touched.</summary>
    private static void AddOutputs(FastPlan plan, AltaSession s, Span<float> x, int n, int d, ReadOnlySpan<bool> quiet)
    {
        if (plan.OutputsDisjoint)
        {
            AddDisjointOutputs(plan, s, x, n, d, quiet);
            return;
        }
        var delta = s.Delta;
        var touched = s.Touched;
        int width = plan.State.Slices.Length;
        for (int i = 0; i < n; i++)
        {
            if (!quiet.IsEmpty && quiet[i]) continue;
            touched.Start();
            for (int h = 0; h < plan.Heads.Length; h++)
            {
                var output = plan.Heads[h].Head.Output;
                int dv = output.Rows;
                int row = s.RowOf[plan.Heads[h].Group][i];
                var mix = s.Mixed[h].AsSpan(row * dv, dv);
                var columns = s.MixNonZero[h].AsSpan(row * dv, s.MixNonZeroCount[h][row]);
                foreach (var c in columns) touched.AddRow(output, c, mix[c], delta);
            }
            var residual = x.Slice(i * d, d);
            var state = s.RowStates.AsSpan(i * width, width);
            var counts = s.RowCounts.AsSpan(i * width, width);
            foreach (var r in touched.Indices) plan.State.Add(residual, r, delta[r], state, counts, ref s.RowExact[i]);
        }
    }

    /// <summary><see cref="AddOutputs"/> when no two W_O entries share a dimension (<see cref="FastPlan.OutputsDisjoint"/>):
    /// each written dimension's sum is the single product <c>+0 + w * mix</c>, added as it is made. Writes to distinct
    /// dimensions commute, so the row and its integer state end as the summed path leaves them, bit for bit.</summary>
    private static void AddDisjointOutputs(FastPlan plan, AltaSession s, Span<float> x, int n, int d, ReadOnlySpan<bool> quiet)
    {
        int width = plan.State.Slices.Length;
        var heads = plan.Heads;
        // Head by head (each head's arrays read once, not once per position): the order of writes to distinct
        // dimensions does not matter.
        for (int h = 0; h < heads.Length; h++)
        {
            var output = heads[h].Head.Output;
            int dv = output.Rows;
            var rowOf = s.RowOf[heads[h].Group];
            var mixed = s.Mixed[h];
            var nonZero = s.MixNonZero[h];
            var nonZeroCount = s.MixNonZeroCount[h];
            var projection = heads[h].ValueProjection;
            var singleValue = s.SingleValue[h];
            var singleWeight = s.SingleWeight[h];
            for (int i = 0; i < n; i++)
            {
                int row = rowOf[i];
                int columns = nonZeroCount[row];
                if (columns == 0 || !quiet.IsEmpty && quiet[i]) continue;
                var residual = x.Slice(i * d, d);
                var state = s.RowStates.AsSpan(i * width, width);
                var counts = s.RowCounts.AsSpan(i * width, width);
                ref bool exact = ref s.RowExact[i];
                if (columns == SingleLookup)
                {
                    // Mix's product for one selected position (0 + v * p, skipped where it is 0), then W_O's.
                    var value = projection!.Vector(singleValue[row]);
                    float p = singleWeight[row];
                    foreach (var c in projection.NonZero(singleValue[row]))
                    {
                        float mix = 0f + value[c] * p;
                        if (mix == 0) continue;
                        var outDimensions = output.RowColumns(c);
                        var outWeights = output.RowValues(c);
                        for (int k = 0; k < outDimensions.Length; k++) plan.State.Add(residual, outDimensions[k], 0f + outWeights[k] * mix, state, counts, ref exact);
                    }
                    continue;
                }
                foreach (var c in nonZero.AsSpan(row * dv, columns))
                {
                    var dimensions = output.RowColumns(c);
                    var weights = output.RowValues(c);
                    float scale = mixed[row * dv + c];
                    for (int k = 0; k < dimensions.Length; k++) plan.State.Add(residual, dimensions[k], 0f + weights[k] * scale, state, counts, ref exact);
                }
            }
        }
    }

}
