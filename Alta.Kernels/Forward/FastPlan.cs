using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Forward;

/// <summary>
/// What the fast pass precomputes from the weights once per model: which residual rows of W_Q, W_K and
/// W_V are non-zero (only those dimensions are ever read), and which heads share a selector (equal W_Q,
/// W_K, offsets and sink), so their softmax is computed once. Everything is derived from the weights
/// themselves, so an edited weight changes the fast pass as it changes the reference pass.
/// </summary>
internal sealed class FastPlan
{
    public FastPlan(AltaModel model)
    {
        var heads = model.Weights.Heads;
        State = new IntegerState(model.Layout);
        Heads = new HeadPlan[heads.Length];
        var groups = new List<SelectorGroup>();
        for (int h = 0; h < heads.Length; h++)
        {
            var head = heads[h];
            int group = groups.FindIndex(g => SameSelector(heads[g.Members[0]], head));
            if (group < 0)
            {
                group = groups.Count;
                groups.Add(new SelectorGroup(groups.Count, h, head, State));
            }
            else groups[group].Members.Add(h);
            var valueRows = UsedRows(head.Value);
            // A categorical head has no meaning when it selects two positions (it would average one-hots).
            bool selectsOne = Array.Find(model.Layout.Variables, v => v.Name == head.Name)?.Kind == Interpretation.VariableKind.Categorical;
            Heads[h] = new HeadPlan(head, group, valueRows, SliceProjection.For(head.Value, valueRows, State), selectsOne);
        }
        Groups = groups.ToArray();
        foreach (var group in Groups) group.Heads = group.Members.ToArray();
        foreach (var group in Groups)
            group.CountsOnly = group.Members.TrueForAll(h => Heads[h].ValueProjection is { StateIndex: < 0 } && !Heads[h].SelectsOne);
        OutputsDisjoint = Disjoint(Array.ConvertAll(heads, h => h.Output));
        var written = Written([.. Array.ConvertAll(heads, h => h.Output), model.Weights.FeedForwardOutput]);
        foreach (var group in Groups) group.Stable = !written[ModelLayout.One] && !Reads(group.QueryRows, written) && !Reads(group.KeyRows, written);
        foreach (var head in Heads) head.ValuesStable = !written[ModelLayout.One] && !Reads(head.ValueRows, written);
        foreach (var group in Groups) group.Remixed = Array.FindAll(group.Heads, h => !Heads[h].ValuesStable);
        AllGroupsStable = Groups.Length > 0 && Array.TrueForAll(Groups, g => g.Stable);
        WrittenDimensions = Enumerable.Range(0, written.Length).Where(r => written[r]).ToArray();
        MaxKeyWidth = heads.Length == 0 ? 0 : heads.Max(h => h.Query.Columns);
        MaxValueWidth = heads.Length == 0 ? 0 : heads.Max(h => h.Value.Columns);
        MaxHidden = model.Weights.FeedForward.Max(l => l.Width);
        AlwaysOn = Array.ConvertAll(model.Weights.FeedForward, l => new AlwaysOnUnits(l));
        FirstLayer = new FirstLayerLookup(model.Layout, State, model.Weights.FeedForward[0]);
        FeedForwardKey = new FeedForwardKey(model.Layout, State, model.Weights.FeedForward[0]);
        StateIndexOfVariable = Array.ConvertAll(model.Layout.Variables, State.IndexOf);
        ReadoutSlices = ReadoutScores.SlicesOf(model.Weights.Readout, State);
        EmbeddingsDisjoint = Disjoint(model.Weights.TokenEmbedding, model.Weights.PositionEmbedding);
        foreach (var group in Groups)
            if (group.KeyProjection is null)
                group.UsePositionalKeys(PositionalProjection.For(group.Key, group.KeyRows, State, model.Weights, written, EmbeddingsDisjoint));
        // Every (token, position) row where they fit; else the token's rows and precounted states, where those fit.
        Embedded = EmbeddedRows.For(model.Weights, State, model.Layout.ModelWidth);
        var position = model.Weights.PositionEmbedding;
        long rows = model.Weights.TokenEmbedding.Rows + (position?.Rows ?? 0);
        if (Embedded is null && EmbeddingsDisjoint && rows * State.Slices.Length <= MaxEmbeddingCounts)
        {
            TokenCounts = State.CountRows(model.Weights.TokenEmbedding);
            PositionCounts = position is null ? null : State.CountRows(position);
        }
        if (Embedded is null && EmbeddingsDisjoint && (long)model.Weights.TokenEmbedding.Rows * model.Layout.ModelWidth <= MaxTokenRowFloats)
            TokenRows = DenseRows(model.Weights.TokenEmbedding, model.Layout.ModelWidth);
    }

    /// <summary>Every embedded row with its state, per (token, position) pair, where they fit (<see cref="EmbeddedRows"/>);
    /// else null, and the run embeds from <see cref="TokenRows"/> and the precounted states.</summary>
    public EmbeddedRows? Embedded { get; }

    /// <summary>Floats kept at most for <see cref="TokenRows"/> (256 KB).</summary>
    public const int MaxTokenRowFloats = 1 << 16;

    /// <summary>Per token, the whole residual row its embedding row gives a cleared row (<c>Rows x d_model</c>, row-major):
    /// each listed dimension holds <c>+0 + v * 1f</c>, as <see cref="SparseRows.AddRow"/> writes it, every other +0. A run
    /// copies it in place of clearing the row and adding the token's row; null when the embeddings are not disjoint (the
    /// position's row would then add to a token's dimension) or the table would be too large.</summary>
    public float[]? TokenRows { get; }

    private static float[] DenseRows(SparseMatrix w, int d)
    {
        var rows = new float[w.Rows * d];
        for (int t = 0; t < w.Rows; t++) SparseRows.AddRow(w, t, 1f, rows.AsSpan(t * d, d));
        return rows;
    }

    /// <summary>The categorical slices the read-out W_U reads (<see cref="ReadoutScores.SlicesOf"/>), or null.</summary>
    public int[]? ReadoutSlices { get; }

    /// <summary>Slice counts kept at most for <see cref="TokenCounts"/> and <see cref="PositionCounts"/> together.</summary>
    public const int MaxEmbeddingCounts = 1 << 18;

    /// <summary>Per token row, the slice counts it gives an embedded row (<see cref="IntegerState.CountRows"/>);
    /// null when the embeddings are not disjoint or the table would be too large.</summary>
    public SliceCount[]? TokenCounts { get; }

    /// <summary>Per position row, likewise; null also when there is no position embedding.</summary>
    public SliceCount[]? PositionCounts { get; }

    /// <summary>Whether every embedding row lists each dimension once and no token row shares a dimension with a
    /// position row: then an embedded row's non-zero dimensions are exactly those its two rows list.</summary>
    public bool EmbeddingsDisjoint { get; }

    private static bool Disjoint(SparseMatrix token, SparseMatrix? position)
    {
        var tokenDimensions = new HashSet<int>();
        for (int t = 0; t < token.Rows; t++)
        {
            var columns = token.RowColumns(t);
            if (new HashSet<int>(columns.ToArray()).Count != columns.Length) return false;
            tokenDimensions.UnionWith(columns.ToArray());
        }
        if (position is null) return true;
        for (int p = 0; p < position.Rows; p++)
        {
            var columns = position.RowColumns(p).ToArray();
            if (new HashSet<int>(columns).Count != columns.Length || tokenDimensions.Overlaps(columns)) return false;
        }
        return true;
    }

    /// <summary>Whether no residual dimension is written by two rows of the heads' W_O (over all heads), and no row lists a
    /// dimension twice: then every dimension a layer's attention writes gets one product, and the heads' outputs can be
    /// added row by row without first summing them per dimension.</summary>
    public bool OutputsDisjoint { get; }

    /// <summary>Whether every selector group is <see cref="SelectorGroup.Stable"/> (and there is one): then a layer's
    /// change at a position depends only on rows a run keeps selecting (<see cref="Quiescence"/>).</summary>
    public bool AllGroupsStable { get; }

    /// <summary>The residual dimensions some W_O or the feed-forward output writes, ascending: all that can differ
    /// between two layers' rows.</summary>
    public int[] WrittenDimensions { get; }

    /// <summary>Per residual dimension, whether some layer can change it: a column of some W_O or of the feed-forward
    /// output.</summary>
    private static bool[] Written(SparseMatrix[] outputs)
    {
        var written = new bool[outputs[0].Columns];
        foreach (var output in outputs)
            for (int row = 0; row < output.Rows; row++)
                foreach (var dimension in output.RowColumns(row)) written[dimension] = true;
        return written;
    }

    /// <summary>Whether a projection with these used rows can see a write: one of its dimensions is written, or any
    /// dimension of a categorical slice it reads (the lookup reads the slice's whole state).</summary>
    private bool Reads(int[] rows, bool[] written)
    {
        foreach (var r in rows)
        {
            if (written[r]) return true;
            int slice = State.SliceOf(r);
            if (slice < 0) continue;
            var variable = State.Slices[slice];
            for (int k = 0; k < variable.Width; k++)
                if (written[variable.Offset + k]) return true;
        }
        return false;
    }

    private static bool Disjoint(SparseMatrix[] outputs)
    {
        var written = new HashSet<int>();
        foreach (var output in outputs)
            for (int row = 0; row < output.Rows; row++)
                foreach (var dimension in output.RowColumns(row))
                    if (!written.Add(dimension)) return false;
        return true;
    }

    /// <summary>Per variable of the layout, its slice in the integer state, or -1 (not categorical).</summary>
    public int[] StateIndexOfVariable { get; }

    /// <summary>What the feed-forward network reads, as the key of its memo.</summary>
    public FeedForwardKey FeedForwardKey { get; }

    /// <summary>The first feed-forward layer's units grouped for lookup.</summary>
    public FirstLayerLookup FirstLayer { get; }

    /// <summary>Per hidden layer, the units that are non-zero with no input (<c>clip(b) != 0</c>).</summary>
    public AlwaysOnUnits[] AlwaysOn { get; }

    /// <summary>How a residual row's categorical slices read as value indices.</summary>
    public IntegerState State { get; }

    public HeadPlan[] Heads { get; }

    public SelectorGroup[] Groups { get; }

    public int MaxKeyWidth { get; }

    public int MaxValueWidth { get; }

    public int MaxHidden { get; }

    internal static int[] UsedRows(SparseMatrix matrix) =>
        Enumerable.Range(0, matrix.Rows).Where(matrix.HasRow).ToArray();

    private static bool SameSelector(AttentionHead a, AttentionHead b) =>
        a.Query.SameAs(b.Query) && a.Key.SameAs(b.Key) && a.Offsets.AsSpan().SequenceEqual(b.Offsets)
        && a.SinkLogit.Equals(b.SinkLogit) && a.MaskBias.Equals(b.MaskBias);
}

/// <summary>A head as the fast pass sees it.</summary>
internal sealed class HeadPlan(AttentionHead head, int group, int[] valueRows, SliceProjection? valueProjection, bool selectsOne)
{
    /// <summary>W_V as a lookup by the value variable's index, when it reads one categorical slice.</summary>
    public SliceProjection? ValueProjection { get; } = valueProjection;

    /// <summary>Whether selecting more than one position is an error (a categorical head).</summary>
    public bool SelectsOne { get; } = selectsOne;

    public AttentionHead Head { get; } = head;

    public int Group { get; } = group;

    /// <summary>Residual dimensions with a non-zero row in W_V, ascending.</summary>
    public int[] ValueRows { get; } = valueRows;

    /// <summary>Whether no layer writes what W_V reads (nor One): then the values a run's first layer projected by
    /// arithmetic hold for its later layers too (a numerical head over an input variable). Set by <see cref="FastPlan"/>
    /// from the weights.</summary>
    public bool ValuesStable { get; set; }
}

/// <summary>Heads with one selector: the softmax weights are computed once for all of them.</summary>
internal sealed class SelectorGroup
{
    public SelectorGroup(int index, int first, AttentionHead head, IntegerState state)
    {
        Index = index;
        Members = [first];
        Query = head.Query;
        Key = head.Key;
        QueryRows = FastPlan.UsedRows(head.Query);
        KeyRows = FastPlan.UsedRows(head.Key);
        QueryProjection = SliceProjection.For(head.Query, QueryRows, state);
        KeyProjection = SliceProjection.For(head.Key, KeyRows, state);
        // Ascending offsets give ascending positions, the order in which the reference pass sums.
        Offsets = head.Offsets.Distinct().OrderBy(o => o).ToArray();
        SinkLogit = head.SinkLogit;
        if (QueryProjection is { } q && KeyProjection is { } k && (long)q.Values * k.Values <= MaxScores)
        {
            ScoreStride = k.Values;
            Scores = new float[q.Values * ScoreStride];
            for (int a = 0; a < q.Values; a++)
                for (int b = 0; b < k.Values; b++)
                {
                    // Selection.Scored's sum: over the key's non-zero columns, ascending, from 0.
                    var query = q.Vector(a);
                    var key = k.Vector(b);
                    float score = 0;
                    foreach (var c in k.NonZero(b)) score += query[c] * key[c];
                    Scores[a * ScoreStride + b] = score;
                }
            if (Offsets.Length == 1) OffsetWeights = SingleCandidateWeights(Scores, SinkLogit);
        }
    }

    /// <summary>With one allowed offset a position has at most one candidate: then its weight is a function of the
    /// (query value, key value) pair, computed here by <see cref="Selection.Scored"/>'s own steps for one candidate;
    /// <see cref="NotSelected"/> where the candidate's weight underflows.</summary>
    private static float[] SingleCandidateWeights(float[] scores, float sinkLogit)
    {
        var weights = new float[scores.Length];
        for (int k = 0; k < scores.Length; k++)
        {
            float max = MathF.Max(sinkLogit, scores[k]);
            float sum = SinkSoftmax.Exp(sinkLogit, max);
            float weight = SinkSoftmax.Exp(scores[k], max);
            if (weight == 0)
            {
                weights[k] = NotSelected;
                continue;
            }
            sum += weight;
            weights[k] = weight / sum;
        }
        return weights;
    }

    /// <summary>An <see cref="OffsetWeights"/> entry whose candidate is not selected (a weight is never negative).</summary>
    public const float NotSelected = -1f;

    /// <summary>Where the group has one offset and a score table: the selected candidate's weight per (query value, key
    /// value) pair, at <c>a * ScoreStride + b</c> (<see cref="NotSelected"/>: none); else null.</summary>
    public float[]? OffsetWeights { get; }

    /// <summary>The group's index in <see cref="FastPlan.Groups"/>.</summary>
    public int Index { get; }

    /// <summary>Whether no layer writes what the queries and keys read (nor One): then the group selects alike in every
    /// layer of a run (<see cref="SelectionCache"/>). Set by <see cref="FastPlan"/> from the weights.</summary>
    public bool Stable { get; set; }

    /// <summary>Whether every head of the group has one value vector for every exact position (a count head's One, or a
    /// projection of One alone) and none is categorical: then, where every position is exact and all selected weights are
    /// equal, a head's mix depends only on how many positions were selected (<see cref="CountedMix"/>), and the selected
    /// positions need not be listed. Set by <see cref="FastPlan"/> from the weights.</summary>
    public bool CountsOnly { get; set; }

    /// <summary>A score table larger than this is not built (the scores are then computed per pair).</summary>
    public const int MaxScores = 1 << 16;

    /// <summary>Where both W_Q and W_K are lookups: the score of each (query value, key value) pair, computed by the
    /// arithmetic path's own sum, at <c>a * ScoreStride + b</c>; else null.</summary>
    public float[]? Scores { get; }

    public int ScoreStride { get; }

    public List<int> Members { get; }

    /// <summary><see cref="Members"/> as an array, for the per-row loops (set once the plan has grouped every head).</summary>
    public int[] Heads { get; set; } = [];

    /// <summary>The heads whose values some layer writes (not <see cref="HeadPlan.ValuesStable"/>): where the group's
    /// selections are kept, only these are mixed again in later layers; a stable head's mix from the layer that kept the
    /// selections is still in the session (the same positions, weights and values give the same mix).</summary>
    public int[] Remixed { get; set; } = [];

    public SparseMatrix Query { get; }

    public SparseMatrix Key { get; }

    public int[] QueryRows { get; }

    public int[] KeyRows { get; }

    /// <summary>W_Q and W_K as lookups by one categorical variable's index, where they read one slice.</summary>
    public SliceProjection? QueryProjection { get; }

    /// <summary>Where W_K is not a <see cref="KeyProjection"/> but reads one slice and positional dimensions: the keys by
    /// (value index, position); else null.</summary>
    public PositionalProjection? KeyByPosition { get; private set; }

    /// <summary>Where <see cref="KeyByPosition"/> is set and W_Q is a lookup: the score of each (query value, key value,
    /// position) by <see cref="Selection.Scored"/>'s own sum, at <c>(a * KeyByPosition.Values + b) * Positions + j</c>;
    /// else null.</summary>
    public float[]? PositionScores { get; private set; }

    /// <summary>Sets <see cref="KeyByPosition"/> (null: keys stay arithmetic) and, where the queries are lookups and the
    /// table stays under <see cref="PositionalProjection.MaxEntries"/>, <see cref="PositionScores"/>.</summary>
    public void UsePositionalKeys(PositionalProjection? keys)
    {
        KeyByPosition = keys;
        if (keys is null || QueryProjection is not { } q || (long)q.Values * keys.Values * keys.Positions > PositionalProjection.MaxEntries) return;
        var scores = new float[q.Values * keys.Values * keys.Positions];
        for (int a = 0; a < q.Values; a++)
            for (int b = 0; b < keys.Values; b++)
                for (int j = 0; j < keys.Positions; j++)
                {
                    var query = q.Vector(a);
                    var key = keys.Vector(b, j);
                    float score = 0;
                    foreach (var c in keys.NonZero(b, j)) score += query[c] * key[c];
                    scores[(a * keys.Values + b) * keys.Positions + j] = score;
                }
        PositionScores = scores;
    }

    public SliceProjection? KeyProjection { get; }

    /// <summary>Allowed <c>j - i</c> ascending; empty = all.</summary>
    public int[] Offsets { get; }

    public float SinkLogit { get; }
}
