namespace Alta.Generators.Tests.Primitives;

/// <summary>
/// The linear read-out (<c>[Readout]</c>, <c>[Votes]</c>): Interpret computes the label with the most votes (the
/// first on a tie), and the compiled read-out matrix gives the same label, on every input up to a length.
/// </summary>
public class ReadoutTests
{
    [Fact]
    public void MajorityOfThePrefixTakesTheFirstSymbolOnATie()
    {
        // A B B A: A, then a tie A/B (A), B, a tie (A).
        int[] tokens = [0, 1, 1, 0];
        var expected = new[] { PrefixMajority.Symbol.A, PrefixMajority.Symbol.A, PrefixMajority.Symbol.B, PrefixMajority.Symbol.A };
        Assert.Equal(expected, PrefixMajority.Interpret(tokens).Outputs);
    }

    [Fact]
    public void InterpretedMajorityAgreesWithTheOracleOnEveryInput()
    {
        foreach (var tokens in AllInputs(3, 7))
            Assert.True(Enumerable.Range(0, tokens.Length).Select(i => Majority(tokens, i)).SequenceEqual(PrefixMajority.Interpret(tokens).Outputs),
                $"Interpret on [{string.Join(",", tokens)}]");
    }

    [Fact]
    public void InterpretedVotesOfSeveralMethodsAdd()
    {
        foreach (var tokens in AllInputs(5, 5))
            Assert.True(Enumerable.Range(0, tokens.Length).Select(i => RepeatedOrOnceOracle(tokens, i)).SequenceEqual(RepeatedOrOnce.Interpret(tokens).Outputs),
                $"Interpret on [{string.Join(",", tokens)}]");
    }

    [Fact]
    public void CompiledMajorityAgreesWithInterpretOnEveryInput()
    {
        foreach (var tokens in AllInputs(3, 7))
        {
            var expected = PrefixMajority.Interpret(tokens).Outputs;
            Assert.True(expected.SequenceEqual(PrefixMajority.Run(tokens).Outputs), $"Run on [{string.Join(",", tokens)}]");
        }
    }

    [Fact]
    public void CompiledVotesOfSeveralMethodsAgreeWithInterpretOnEveryInput()
    {
        foreach (var tokens in AllInputs(5, 5))
            Assert.True(RepeatedOrOnce.Interpret(tokens).Outputs.SequenceEqual(RepeatedOrOnce.Run(tokens).Outputs), $"Run on [{string.Join(",", tokens)}]");
    }

    [Fact]
    public void ABoolReadoutGivesATieToFalse()
    {
        foreach (var tokens in AllInputs(2, 8))
        {
            var expected = Enumerable.Repeat(tokens.Count(t => t == 1) > tokens.Count(t => t == 0), tokens.Length);
            Assert.True(expected.SequenceEqual(MoreOnesThanZeros.Interpret(tokens).Outputs), $"Interpret on [{string.Join(",", tokens)}]");
            Assert.True(expected.SequenceEqual(MoreOnesThanZeros.Run(tokens).Outputs), $"Run on [{string.Join(",", tokens)}]");
        }
    }

    [Fact]
    public void ReferenceAndFastPassesGiveTheSameReadout()
    {
        var random = new Random(15);
        for (int trial = 0; trial < 200; trial++)
        {
            var tokens = Enumerable.Range(0, random.Next(1, 9)).Select(_ => random.Next(3)).ToArray();
            var fast = PrefixMajority.Model.Run(tokens);
            var reference = PrefixMajority.Model.RunReference(tokens);
            Kernels.BitIdentity.Equal(reference.Residual, fast.Residual);
            Assert.Equal(reference.Outputs, fast.Outputs);
            Assert.Equal(tokens.Select((_, i) => (double)Majority(tokens, i)), fast.Outputs);
        }
    }

    [Fact]
    public void AnEditedReadoutChangesBothPassesAlike()
    {
        // A bias of 0.5 for C on the One dimension, which no slice's state covers: the fast pass must take the dense
        // product. C now wins every tie it is part of, and nothing else changes (counts differ by at least 1).
        var model = PrefixMajority.Model;
        var w = model.Weights;
        var dense = w.Readout!.ToDense();
        dense[ModelLayout.One * 3 + (int)PrefixMajority.Symbol.C] = 0.5f;
        var edited = new AltaModel(model.Name, model.Vocabulary, model.MaxLength, model.MaxLayers, model.Output, model.HaltWhen, model.HaltValue,
            model.Layout, new ModelWeights(w.TokenEmbedding, w.PositionEmbedding, w.Heads, w.FeedForward, w.FeedForwardOutput)
            {
                Readout = SparseMatrix.FromDense(w.Readout.Rows, 3, dense),
            }, model.Statistics);
        foreach (var tokens in AllInputs(3, 5))
        {
            var expected = tokens.Select((_, i) =>
            {
                var counts = new int[3];
                for (int j = 0; j <= i; j++) counts[tokens[j]]++;
                return counts[2] >= Math.Max(counts[0], counts[1]) ? 2.0 : counts[1] > counts[0] ? 1.0 : 0.0;
            });
            Assert.Equal(expected, edited.Run(tokens).Outputs);
            Assert.Equal(expected, edited.RunReference(tokens).Outputs);
        }
    }

    [Fact]
    public void TheReadoutIsOneMatrixAndNoFeedForwardUnit()
    {
        var model = PrefixMajority.Model;
        var readout = model.Weights.Readout!;
        // Three labels; each count value c votes c for its own symbol: rows CountA=1..8 etc., 24 non-zeros.
        Assert.Equal(3, readout.Columns);
        Assert.Equal(model.Layout.ModelWidth, readout.Rows);
        // One, four bools (2 each), three counts (9 each), three count heads (1 each), and no slice for the output.
        Assert.Equal(39, readout.Rows);
        Assert.Equal(24, readout.NonZeros);
        // The output has no slice in the residual, and no embedding or feed-forward weight lands on it.
        Assert.Equal(0, model.Layout.Variables[model.Output].Width);
        var countA = model.Layout.Variables.Single(v => v.Name == "CountA");
        Assert.Equal(5f, readout[countA.Offset + 5, 0]);
        Assert.Equal(0f, readout[countA.Offset + 5, 1]);
        // A program without [Readout] has no read-out matrix.
        Assert.Null(Alta.Samples.Histogram.Model.Weights.Readout);
    }

    [Fact]
    public void TheTraceShowsTheReadoutAfterEveryLayer()
    {
        var trace = new AltaTrace();
        PrefixMajority.Interpret([1, 1, 0], trace: trace);
        int column = trace.Variables.ToList().IndexOf("Majority");
        // After the embedding every count is 0, a tie, so the read-out is the first symbol; after the layer the
        // counts of the prefixes are (0,1,0), (0,2,0), (1,2,0), all B.
        Assert.Equal(["A", "A", "A"], trace.Steps[0].Values.Select(row => row[column]));
        Assert.Equal(["B", "B", "B"], trace.Steps[1].Values.Select(row => row[column]));
    }

    internal static PrefixMajority.Symbol Majority(int[] tokens, int i)
    {
        var counts = new int[3];
        for (int j = 0; j <= i; j++) counts[tokens[j]]++;
        int best = 0;
        for (int s = 1; s < 3; s++)
            if (counts[s] > counts[best]) best = s;
        return (PrefixMajority.Symbol)best;
    }

    internal static RepeatedOrOnce.Labels RepeatedOrOnceOracle(int[] tokens, int i)
    {
        if (tokens[i] == 0) return RepeatedOrOnce.Labels.Start;
        return tokens.Count(t => t == tokens[i]) == 1 ? RepeatedOrOnce.Labels.Once : (RepeatedOrOnce.Labels)(tokens[i] + 1);
    }

    /// <summary>Every sequence over <c>0 .. vocabulary-1</c> of length 1 .. <paramref name="maxLength"/>.</summary>
    internal static IEnumerable<int[]> AllInputs(int vocabulary, int maxLength)
    {
        for (int length = 1; length <= maxLength; length++)
        {
            var tokens = new int[length];
            while (true)
            {
                yield return (int[])tokens.Clone();
                int k = 0;
                while (k < length && ++tokens[k] == vocabulary) tokens[k++] = 0;
                if (k == length) break;
            }
        }
    }
}
