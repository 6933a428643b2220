namespace Alta.Generators.Tests.Primitives;

/// <summary>
/// <c>Aggregate = Count</c>: the interpreter counts the selected positions (0 when none is), and the compiled
/// head does the same with an always-selected sink and step units, with no BOS token in the input.
/// </summary>
public class CountTests
{
    [Fact]
    public void CountsWithoutABosToken()
    {
        int[] tokens = [1, 3, 1, 4, 1, 3];
        int[] expected = [3, 2, 3, 1, 3, 2];
        Assert.Equal(expected, SameCount.Interpret(tokens).Outputs);
        Assert.Equal(expected, SameCount.Run(tokens).Outputs);
    }

    [Fact]
    public void NothingSelectedCountsZero()
    {
        // Position 0 has nothing before it: Ones is 0, not null.
        Assert.Equal([0 * 21 + 1], OnesBefore.Run([1]).Outputs);
        Assert.Equal([0 * 21 + 1], OnesBefore.Interpret([1]).Outputs);
    }

    [Fact]
    public void SameCountAgreesWithTheOracle() =>
        Agree(SameCount.Interpret, SameCount.Run, SameCount.Model, 16, 5, (tokens, i) => tokens.Count(t => t == tokens[i]));

    [Fact]
    public void LengthAndOnesBeforeAgreeWithTheOracle() =>
        Agree(OnesBefore.Interpret, OnesBefore.Run, OnesBefore.Model, 20, 2, (tokens, i) =>
            (2 * i >= tokens.Length ? 1000 : 0) + tokens.Take(i).Count(t => t == 1) * 21 + tokens.Length);

    /// <summary>Every length up to the maximum, then random ones; the reference pass equals the fast pass to the bit.</summary>
    private static void Agree(Interpreted<int> interpret, Compiled<int> run, AltaModel model, int maxLength, int vocabulary, Func<int[], int, int> oracle)
    {
        var random = new Random(maxLength * 17 + vocabulary);
        for (int trial = 0; trial < 150; trial++)
        {
            int length = trial < maxLength ? trial + 1 : random.Next(1, maxLength + 1);
            int letters = random.Next(1, vocabulary + 1);
            var tokens = Enumerable.Range(0, length).Select(_ => random.Next(letters)).ToArray();
            OracleAgreement.Check(tokens, oracle, interpret, run, model, reference: trial % 10 == 0);
        }
    }
}
