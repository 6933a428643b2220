using Alta.Forward;
using Alta.Generators.Tests.Samples;

namespace Alta.Generators.Tests.Kernels;

/// <summary>
/// The fast pass's own bookkeeping: the integer state kept current by slice counts, the bounded feed-forward memo,
/// and runs through sessions whose memo tables were filled by other inputs (every hit must give the reference
/// pass's residual to the bit, -0 included).
/// </summary>
public class FastPassStateTests
{
    [Fact]
    public void StateKeptByCountsEqualsAFreshReadAfterAnyWrites()
    {
        var model = Alta.Samples.Subleq.Model;
        var state = model.Plan.State;
        int d = model.Layout.ModelWidth, width = state.Slices.Length;
        var random = new Random(5);
        var row = new float[d];
        var kept = new int[width];
        var counts = new SliceCount[width];
        var fresh = new int[width];
        var freshCounts = new SliceCount[width];
        row[ModelLayout.One] = 1f;
        bool exact = state.ReadRow(row, kept, counts);
        float[] deltas = [1f, -1f, 0.5f, -0.5f, 2f, -0f, 1e-30f];
        for (int step = 0; step < 20_000; step++)
        {
            // Mostly one-hot moves (a 1 leaves one entry and lands on another), sometimes anything, sometimes One.
            int r = random.Next(8) == 0 ? ModelLayout.One : random.Next(1, d);
            state.Add(row, r, deltas[random.Next(deltas.Length)], kept, counts, ref exact);
            Assert.Equal(state.ReadRow(row, fresh, freshCounts), exact);
            Assert.Equal(fresh, kept);
        }
    }

    [Fact]
    public void AFullMemoStoresNothingMoreAndFindsWhatItHas()
    {
        var memo = new DeltaMemo(keyLength: 2, maxEntries: 3);
        var delta = new float[8];
        delta[2] = 1f;
        delta[5] = -1f;
        for (int k = 0; k < 5; k++)
        {
            int[] key = [k, 7];
            memo.Add(key, DeltaMemo.Hash(key), [2, 5], delta);
        }
        Assert.Equal(3, memo.Count);
        int[] first = [0, 7], fourth = [3, 7];
        int entry = memo.Find(first, DeltaMemo.Hash(first));
        Assert.Equal([2, 5], memo.Dimensions(entry).ToArray());
        Assert.Equal([1f, -1f], memo.Values(entry).ToArray());
        Assert.Equal(-1, memo.Find(fourth, DeltaMemo.Hash(fourth)));
    }

    [Fact]
    public void ZeroAdditionsInsideCategoricalSlicesAreStoredLastWithTheirSlices()
    {
        var memo = new DeltaMemo(keyLength: 1);
        var delta = new float[8];
        delta[1] = 1f;
        delta[3] = -0f;
        delta[6] = -1f;
        // Dimensions 1..3 are slice 0, 4..5 slice 1, 6 is numerical (no slice): its +0 is not guarded.
        int[] sliceOf = [-1, 0, 0, 0, 1, 1, -1, -1];
        int[] key = [4];
        memo.Add(key, DeltaMemo.Hash(key), [2, 1, 7, 3, 6, 5], delta, sliceOf);
        int entry = memo.Find(key, DeltaMemo.Hash(key));
        Assert.Equal([1, 7, 6, 2, 3, 5], memo.Dimensions(entry).ToArray());
        Assert.Equal(3, memo.Changes(entry));
        Assert.Equal([0, 1], memo.Guards(entry).ToArray());
        Assert.Equal(BitConverter.SingleToInt32Bits(-0f), BitConverter.SingleToInt32Bits(memo.Values(entry)[4]));
    }

    /// <summary>Dimensions whose value before the change the key fixes (its raw dimensions, and every dimension of a slice
    /// it reads as a value index) are stored as results with their slices' counts and value indices; zero additions in
    /// such a slice are dropped; the other dimensions stay additions, guarded as before.</summary>
    [Fact]
    public void DimensionsTheKeyFixesAreStoredAsResults()
    {
        var memo = new DeltaMemo(keyLength: 1);
        var delta = new float[9];
        delta[1] = -1f;
        delta[2] = 1f;
        delta[3] = -0f;
        delta[4] = -0f;
        delta[6] = -2.5f;
        delta[7] = 0.5f;
        // Dimensions 1..3 are slice 0 (read by the key), 4..5 slice 1 (not read), 6 a raw key dimension, 7 and 8 neither.
        int[] sliceOf = [-1, 0, 0, 0, 1, 1, -1, -1, -1];
        bool[] fixedByKey = [false, true, true, true, false, false, true, false, false];
        // The row after the change: slice 0 moved from index 0 to index 1.
        var row = new float[9];
        row[2] = 1f;
        row[6] = 0.5f;
        row[7] = 0.5f;
        var counts = new SliceCount[2];
        counts[0].Add(1, BitConverter.SingleToInt32Bits(1f));
        int[] key = [0];
        memo.Add(key, DeltaMemo.Hash(key), [2, 1, 7, 3, 6, 4], delta, sliceOf, fixedByKey, row, counts, [3, 2]);
        int entry = memo.Find(key, DeltaMemo.Hash(key));
        Assert.Equal([2, 1, 6], memo.Results(entry, out var results).ToArray());
        Assert.Equal([1f, 0f, 0.5f], results.ToArray());
        Assert.Equal([0], memo.Settled(entry, out var settledCounts, out var settledValues).ToArray());
        Assert.Equal([1], settledValues.ToArray());
        Assert.Equal(1, settledCounts[0].Value(3));
        Assert.Equal([7, 4], memo.Dimensions(entry).ToArray());
        Assert.Equal(1, memo.Changes(entry));
        Assert.Equal([1], memo.Guards(entry).ToArray());
    }

    /// <summary>Every sample's memo stores results where its key fixes what the network writes (the variables it both
    /// reads and writes): the warm-session test below then checks those hits against the reference pass.</summary>
    [Fact]
    public void MemoHitsWriteResultsOnTheSamples()
    {
        foreach (var (model, tokens) in new[] { (Alta.Samples.Length.Model, Words.Encode("abc")), (Alta.Samples.ParityRelative.Model, [2, 1, 0, 1]), (Alta.Samples.MostFreq.Model, Words.Encode("hello")) })
        {
            var session = model.CreateSession();
            session.Run(tokens, null, new double[tokens.Length]);
            var memo = session.FeedForwardMemo;
            Assert.True(memo.Count > 0);
            Assert.Contains(Enumerable.Range(0, memo.Count), e => memo.Results(e, out _).Length > 0 && memo.Settled(e, out _, out _).Length > 0);
        }
    }

    /// <summary>A key that breaks ties by position (MostFreq's Gathered: Target and the numerical position) is read from a
    /// table by (value index, position); each entry is the arithmetic product of the row a run holds there, to the bit.</summary>
    [Fact]
    public void KeysThatReadThePositionAreTabulatedByValueAndPosition()
    {
        var model = Alta.Samples.MostFreq.Model;
        var group = Assert.Single(model.Plan.Groups, g => g.KeyByPosition is not null);
        Assert.Null(group.KeyProjection);
        Assert.NotNull(group.PositionScores);
        // Selectors whose keys are lookups need no position table.
        Assert.All(Alta.Samples.Sort.Model.Plan.Groups, g => Assert.Null(g.KeyByPosition));
        var session = model.CreateSession();
        int d = model.Layout.ModelWidth;
        foreach (var word in new[] { "hello", "mississippi", "abcabcabcabcabcabcabcabcabcabca" })
        {
            var tokens = Words.Encode(word);
            session.Run(tokens, 2, new double[tokens.Length]);
            var residual = session.Residual(tokens.Length);
            var keys = group.KeyByPosition!;
            for (int j = 0; j < tokens.Length; j++)
            {
                int b = keys.Index(session, j);
                Assert.True(b >= 0);
                var expected = new float[group.Key.Columns];
                SparseRows.Project(group.Key, group.KeyRows, residual.Slice(j * d, d), expected);
                BitIdentity.Equal(expected, keys.Vector(b, j).ToArray());
            }
        }
    }

    /// <summary>A head that selects one position whose value is a lookup row hands the output step that value index and
    /// weight instead of a mix (the heads' outputs being disjoint); the residual is the reference pass's to the bit.</summary>
    [Fact]
    public void OneSelectedLookupValueReachesTheOutputWithoutAMix()
    {
        foreach (var (model, tokens) in new[] { (Alta.Samples.ShiftBy.Model, Words.Encode("abcd")), (Alta.Samples.ParityRelative.Model, [2, 1, 0, 1, 1]), (Alta.Samples.Sort.Model, Words.Encode("hello")) })
        {
            Assert.True(model.Plan.OutputsDisjoint);
            var session = model.CreateSession();
            var outputs = new double[tokens.Length];
            var (layers, _) = session.Run(tokens, null, outputs);
            Assert.Contains(session.MixNonZeroCount, counts => counts.AsSpan(0, tokens.Length).Contains(FastAttention.SingleLookup));
            var reference = model.RunReference(tokens, layers);
            BitIdentity.Equal(reference.Residual, session.Residual(tokens.Length).ToArray());
        }
    }

    /// <summary>Where the (token, position) rows do not fit in <see cref="EmbeddedRows"/>, a run's embedding copies each
    /// token's whole row from <see cref="FastPlan.TokenRows"/> instead of clearing the row and adding the token's embedding
    /// row: with every token of the vocabulary at some position (each at two, for the position rows added after the copy),
    /// the residual after one layer is the reference pass's to the bit.</summary>
    [Fact]
    public void TokenRowsCopiedGiveTheEmbeddedResidual()
    {
        foreach (var model in new[] { Alta.Samples.MostFreq.Model, Alta.Samples.Sort.Model, Alta.Samples.OddEvenSort.Model })
        {
            Assert.Null(model.Plan.Embedded);
            Assert.NotNull(model.Plan.TokenRows);
            int count = model.MaxLength > 0 ? Math.Min(model.MaxLength, 2 * model.Vocabulary) : 2 * model.Vocabulary;
            var tokens = Enumerable.Range(0, count).Select(i => i % model.Vocabulary).ToArray();
            var session = model.CreateSession();
            var outputs = new double[tokens.Length];
            session.Run(tokens, 1, outputs);
            BitIdentity.Equal(model.RunReference(tokens, 1).Residual, session.Residual(tokens.Length).ToArray());
        }
    }

    /// <summary>A run's embedding copies each position's row and integer state from <see cref="EmbeddedRows"/>, one per
    /// (token, position) pair: with every token at every position (the vocabulary rotated through the input, one input per
    /// rotation), the residual after one layer is the reference pass's to the bit, and the state is what reading the
    /// residual gives. A table indexed by the token alone, or by the wrong position, fails it.</summary>
    [Fact]
    public void EmbeddedPairsGiveTheEmbeddedResidual()
    {
        foreach (var model in new[] { Alta.Samples.Length.Model, Alta.Samples.Histogram.Model, Alta.Samples.SortUnique.Model, Alta.Samples.Dyck1.Model, Alta.Samples.ParityRelative.Model, Alta.Samples.Addition.Model })
        {
            var embedded = model.Plan.Embedded;
            Assert.NotNull(embedded);
            Assert.Equal(model.Weights.PositionEmbedding?.Rows ?? 1, embedded.Positions);
            int n = Math.Min(model.LengthLimit, Math.Max(embedded.Positions, model.Vocabulary));
            var session = model.CreateSession();
            int d = model.Layout.ModelWidth, width = session.StateWidth;
            for (int rotation = 0; rotation < model.Vocabulary; rotation++)
            {
                var tokens = Enumerable.Range(0, n).Select(i => (i + rotation) % model.Vocabulary).ToArray();
                session.Run(tokens, 1, new double[n]);
                var residual = session.Residual(n).ToArray();
                BitIdentity.Equal(model.RunReference(tokens, 1).Residual, residual);
                var state = new int[width];
                var counts = new SliceCount[width];
                for (int i = 0; i < n; i++)
                {
                    Assert.Equal(model.Plan.State.ReadRow(residual.AsSpan(i * d, d), state, counts), session.RowExact[i]);
                    Assert.Equal(state, session.RowStates.AsSpan(i * width, width).ToArray());
                }
            }
        }
    }

    /// <summary>Where a group's selections are kept, later layers mix again only the heads whose values some layer writes
    /// (<see cref="SelectorGroup.Remixed"/>): Dyck1's Trend averages the input's steps (never written) and keeps its first
    /// layer's mix, EverNegative averages a written variable and is mixed again. One session runs inputs of different
    /// lengths and contents in turn (a mix left from another input would show), and after every number of layers the
    /// residual is the reference pass's to the bit.</summary>
    [Fact]
    public void StableHeadsKeepTheirMixAcrossLayers()
    {
        var model = Alta.Samples.Dyck1.Model;
        var group = Assert.Single(model.Plan.Groups);
        Assert.Equal(["EverNegative"], group.Remixed.Select(h => model.Plan.Heads[h].Head.Name));
        Assert.Equal(2, group.Heads.Length);
        Assert.Empty(Alta.Samples.SortUnique.Model.Plan.Groups[0].Remixed);
        int open = Alta.Samples.Dyck1.Open, close = Alta.Samples.Dyck1.Close, bos = Alta.Samples.Letters.Bos;
        int[][] inputs = [[bos, open, close, close, open], [bos, close, open], [bos, open, open, close, open, close, close, open], [bos, open, close]];
        var session = model.CreateSession();
        for (int round = 0; round < 2; round++)
            foreach (var tokens in inputs)
                for (int layers = 1; layers <= 3; layers++)
                {
                    var outputs = new double[tokens.Length];
                    session.Run(tokens, layers, outputs);
                    var reference = model.RunReference(tokens, layers);
                    Assert.Equal(reference.Outputs, outputs);
                    BitIdentity.Equal(reference.Residual, session.Residual(tokens.Length).ToArray());
                }
    }

    /// <summary>A group whose queries and keys are lookups selects by the key values present (<see cref="CountedSelection"/>):
    /// counts for a counts-only group, the selected positions for the others (Dyck1's prefix means, the gathering heads of
    /// the sorts, Reverse's). After every number of layers, on inputs of different lengths run in turn in one session, the
    /// residual is the reference pass's to the bit, and the path was taken. A count taken over the wrong key values, a
    /// class given another class's count, or a position listed out of order or for the wrong key value fails it.</summary>
    [Fact]
    public void SelectionsByKeyValueGiveTheReferenceResidual()
    {
        foreach (var model in new[] { Alta.Samples.Length.Model, Alta.Samples.Histogram.Model, Alta.Samples.SortUnique.Model, Alta.Samples.SortFreq.Model, Alta.Samples.CountLessFreq.Model, Alta.Samples.MostFreq.Model, Alta.Samples.Dyck1.Model, Alta.Samples.Sort.Model, Alta.Samples.Reverse.Model })
        {
            Assert.Contains(model.Plan.Groups, g => g.Scores is not null && g.Offsets.Length == 0);
            var session = model.CreateSession();
            foreach (var word in new[] { "hello", "abcabcab", "b", "zyxwvutsrqponm", "mississippi" })
            {
                var tokens = Words.Encode(word).Select(t => model == Alta.Samples.Dyck1.Model ? 1 + t % 2 : Math.Min(t, model.Vocabulary - 1)).ToArray();
                if (model == Alta.Samples.SortUnique.Model) tokens = [.. tokens.Distinct()];
                if (tokens.Length > model.LengthLimit) continue;
                for (int layers = 1; layers <= 3; layers++)
                {
                    var outputs = new double[tokens.Length];
                    session.Run(tokens, layers, outputs);
                    Assert.True(session.Counted.RowCount > 0);
                    var reference = model.RunReference(tokens, layers);
                    Assert.Equal(reference.Outputs, outputs);
                    BitIdentity.Equal(reference.Residual, session.Residual(tokens.Length).ToArray());
                }
            }
        }
    }

    /// <summary>Where every selector is stable, a layer skips the positions whose row and selected rows did not change in
    /// the last one (ParityRelative finishes one position per layer: the others are quiet); the residual is the reference
    /// pass's to the bit after every number of layers.</summary>
    [Fact]
    public void QuietPositionsAreSkippedAndTheResidualStaysTheReferences()
    {
        var model = Alta.Samples.ParityRelative.Model;
        Assert.True(model.Plan.AllGroupsStable);
        Assert.True(Alta.Samples.ParityAbsolute.Model.Plan.AllGroupsStable);
        Assert.False(Alta.Samples.Sort.Model.Plan.AllGroupsStable);
        int[] tokens = [2, 1, 0, 1, 1, 0, 0, 1, 0, 1, 1, 1];
        var session = model.CreateSession();
        var outputs = new double[tokens.Length];
        for (int layers = 1; layers <= tokens.Length; layers++)
        {
            session.Run(tokens, layers, outputs);
            if (layers >= 3) Assert.Contains(true, session.Quiet.AsSpan(0, tokens.Length).ToArray());
            var reference = model.RunReference(tokens, layers);
            Assert.Equal(reference.Outputs, outputs);
            BitIdentity.Equal(reference.Residual, session.Residual(tokens.Length).ToArray());
        }
        Assert.True(session.QuietFound);
        // Dyck1's prefix selectors reach every earlier position, so nothing is quiet: its sessions stop looking, and
        // still give the reference residual.
        var dyck = Alta.Samples.Dyck1.Model;
        Assert.True(dyck.Plan.AllGroupsStable);
        var dyckSession = dyck.CreateSession();
        int[] brackets = [Alta.Samples.Letters.Bos, Alta.Samples.Dyck1.Open, Alta.Samples.Dyck1.Close, Alta.Samples.Dyck1.Open, Alta.Samples.Dyck1.Open];
        for (int run = 0; run < 3; run++) dyckSession.Run(brackets, null, new double[brackets.Length]);
        Assert.False(dyckSession.QuietFound);
        BitIdentity.Equal(dyck.RunReference(brackets).Residual, dyckSession.Residual(brackets.Length).ToArray());
    }

    public static TheoryData<string> Programs => new() { "most-freq",  "sort", "dyck1", "frac-prevs", "histogram", "addition", "subleq", "scan", "parity-absolute", "sort-unique", "length", "reverse", "shift-by", "parity-relative" };

    /// <summary>A selector group is stable (its selections kept for a run's later layers) exactly when no W_O and no
    /// feed-forward output writes what its queries and keys read: read from the weights.</summary>
    [Fact]
    public void SelectorsOverWrittenVariablesAreNotKeptAcrossLayers()
    {
        // ParityAbsolute: IdxLeft against Idx, both positional and never written.
        Assert.All(Alta.Samples.ParityAbsolute.Model.Plan.Groups, g => Assert.True(g.Stable));
        // SortUnique: Rank compares tokens (never written); Gathered's key is Target, which the first layer writes.
        var plan = Alta.Samples.SortUnique.Model.Plan;
        Assert.Equal([true, false], plan.Groups.Select(g => g.Stable));
    }

    /// <summary>A group is counts-only where each head's value is One alone and none is categorical: read from the
    /// weights.</summary>
    [Fact]
    public void CountHeadsAreMixedByCount()
    {
        // SortUnique: Rank counts, Gathered copies a token.
        Assert.Equal([true, false], Alta.Samples.SortUnique.Model.Plan.Groups.Select(g => g.CountsOnly));
        Assert.All(Alta.Samples.Histogram.Model.Plan.Groups, g => Assert.True(g.CountsOnly));
        Assert.All(Alta.Samples.Length.Model.Plan.Groups, g => Assert.True(g.CountsOnly));
        // Dyck1's numerical heads mix a value that differs by position.
        Assert.All(Alta.Samples.Dyck1.Model.Plan.Groups, g => Assert.False(g.CountsOnly));
    }

    /// <summary>A selector with one offset whose projections are lookups reads each position's weight from a table.</summary>
    [Fact]
    public void SingleOffsetSelectorsWeighFromATable()
    {
        Assert.All(Alta.Samples.ShiftBy.Model.Plan.Groups, g => Assert.NotNull(g.OffsetWeights));
        // Dyck1's prefix selector has no offsets.
        Assert.All(Alta.Samples.Dyck1.Model.Plan.Groups, g => Assert.Null(g.OffsetWeights));
    }

    /// <summary>A head's arithmetic values are kept for the run only where nothing writes what W_V reads.</summary>
    [Fact]
    public void ValuesOfInputVariablesAreKeptAcrossLayers()
    {
        // Dyck1: Trend averages Change (from the token, never written); EverNegative averages Negative, which layer 1 writes.
        var heads = Alta.Samples.Dyck1.Model.Plan.Heads;
        Assert.Equal(["Trend", "EverNegative"], heads.Select(h => h.Head.Name));
        Assert.Equal([true, false], heads.Select(h => h.ValuesStable));
    }

    /// <summary>A count head's mix by count is the mix's own sum (k additions of <c>v * p</c> to +0, in order) for every
    /// count and for both weights a count can have (sink 0 or 1), whichever came first.</summary>
    [Fact]
    public void MixesByCountAreTheSumOfTheirAdditions()
    {
        var plan = Alta.Samples.Histogram.Model.Plan;
        int h = plan.Groups[0].Members[0];
        var mixes = new CountedMix(plan.Heads[h]);
        mixes.Ensure(40);
        var projection = plan.Heads[h].ValueProjection!;
        var value = projection.Vector(0);
        Assert.NotEmpty(projection.NonZero(0).ToArray());
        foreach (int sink in new[] { 0, 1, 0 })
            for (int count = 1; count <= 40; count++)
            {
                float p = 1f / (sink + count);
                var sum = mixes.Sum(count, p);
                foreach (var c in projection.NonZero(0))
                {
                    float expected = 0f;
                    for (int t = 0; t < count; t++) expected = expected + value[c] * p;
                    Assert.Equal(BitConverter.SingleToInt32Bits(expected), BitConverter.SingleToInt32Bits(sum[c]));
                }
            }
    }

    /// <summary>One session meets many inputs, so most feed-forward changes and attention rows come from tables that
    /// other inputs filled; each residual is still the reference pass's, bit for bit.</summary>
    [Theory]
    [MemberData(nameof(Programs))]
    public void WarmSessionsGiveTheReferenceResidualToTheBit(string name)
    {
        var (model, input) = Case(name);
        var session = model.CreateSession();
        var random = new Random(3);
        for (int trial = 0; trial < 12; trial++)
        {
            var tokens = input(random);
            int layers = random.Next(1, 8);
            var outputs = new double[tokens.Length];
            ModelRun reference;
            try
            {
                reference = model.RunReference(tokens, layers);
            }
            catch (AltaProgramException expected)
            {
                // A random SUBLEQ memory may reach an undefined state: the fast pass must say the same.
                Assert.Equal(expected.Message, Assert.Throws<AltaProgramException>(() => session.Run(tokens, layers, outputs)).Message);
                continue;
            }
            // Twice: the second run meets only states the first one stored.
            session.Run(tokens, layers, outputs);
            var (ran, _) = session.Run(tokens, layers, outputs);
            Assert.Equal(reference.Layers, ran);
            Assert.Equal(reference.Outputs, outputs);
            var fast = session.Residual(tokens.Length).ToArray();
            BitIdentity.Equal(reference.Residual, fast);
        }
    }

    private static (AltaModel Model, Func<Random, int[]> Input) Case(string name) => name switch
    {
        "sort" => (Alta.Samples.Sort.Model, r => Words.Random(r, 20, 6)),
        // Gathered's key reads Target and the position (Prefer = Earliest): keys and scores from PositionalProjection.
        "most-freq" => (Alta.Samples.MostFreq.Model, r => Words.Random(r, 30, 6)),
        "dyck1" => (Alta.Samples.Dyck1.Model, r => Words.Random(r, 20, 2)),
        "frac-prevs" => (Alta.Samples.FracPrevs.Model, r => Words.Random(r, 20, 13)),
        "histogram" => (Alta.Samples.Histogram.Model, r => Words.Random(r, 20, 5)),
        // Count heads (mixed by count, CountedMix) over inputs of every length, so one count meets both sink weights.
        "sort-unique" => (Alta.Samples.SortUnique.Model, r => [0, .. Enumerable.Range(1, 15).OrderBy(_ => r.Next()).Take(r.Next(0, 16))]),
        "length" => (Alta.Samples.Length.Model, r => Words.Random(r, 30, 26)),
        "reverse" => (Alta.Samples.Reverse.Model, r => Words.Random(r, 30, 26)),
        // One offset: weights from the plan's table (SelectorGroup.OffsetWeights).
        "shift-by" => (Alta.Samples.ShiftBy.Model, r => Words.Random(r, 30, 26)),
        "parity-relative" => (Alta.Samples.ParityRelative.Model, r => [Alta.Samples.ParityRelative.Start, .. Enumerable.Range(0, r.Next(0, 20)).Select(_ => r.Next(2))]),
        "addition" => (Alta.Samples.Addition.Model, r =>
        {
            int digits = r.Next(1, 8);
            return [10, .. Enumerable.Range(0, digits).Select(_ => r.Next(10)), 11, .. Enumerable.Range(0, digits).Select(_ => r.Next(10)), 12];
        }),
        "subleq" => (Alta.Samples.Subleq.Model, r => Enumerable.Range(0, 12).Select(_ => r.Next(0, 33)).ToArray()),
        "parity-absolute" => (Alta.Samples.ParityAbsolute.Model, r => Enumerable.Range(0, r.Next(1, 20)).Select(_ => r.Next(2)).ToArray()),
        _ => (Alta.Samples.Scan.Model, r => Alta.Samples.ScanText.Tokens(r.Next(2) == 0 ? "jump twice after walk left" : "look around right thrice and run")),
    };
}
