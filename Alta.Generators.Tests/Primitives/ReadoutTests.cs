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
    public void TheTraceShowsTheReadoutAfterEveryLayer()
    {
        var trace = new AltaTrace();
        PrefixMajority.Interpret([1, 1, 0], trace: trace);
        var text = trace.ToString();
        // Initially every count is 0 (a tie: A); after the layer the read-out follows the counts.
        Assert.Contains("Majority", text);
        Assert.Equal(new[] { PrefixMajority.Symbol.B, PrefixMajority.Symbol.B, PrefixMajority.Symbol.B }, PrefixMajority.Interpret([1, 1, 0]).Outputs);
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
