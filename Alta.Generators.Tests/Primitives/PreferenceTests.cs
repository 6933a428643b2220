namespace Alta.Generators.Tests.Primitives;

/// <summary>
/// <c>Prefer</c>: the interpreter picks the nearest, latest or earliest selected position, and the compiled
/// head does the same through its position-dependent score, exactly (one-hot softmax) up to MaxLength.
/// </summary>
public class PreferenceTests
{
    [Fact]
    public void NearestPrefersTheEarlierOfTwoAtTheSameDistance()
    {
        // Marks at 1 and 5: position 3 is 2 away from both and reads position 1.
        int[] tokens = [0, 1, 0, 0, 0, 1, 0];
        int[] expected = [2, 2, 2, 2, 6, 6, 6];
        Assert.Equal(expected, NearestMark.Interpret(tokens).Outputs);
        Assert.Equal(expected, NearestMark.Run(tokens).Outputs);
    }

    [Fact]
    public void NothingSelectedReadsNull()
    {
        Assert.Equal([0, 0, 0], NearestMark.Run([0, 2, 3]).Outputs);
        Assert.Equal([0, 0, 0], LatestAndEarliestMark.Run([0, 2, 3]).Outputs);
    }

    [Fact]
    public void NearestAgreesWithTheOracle() =>
        Agree(NearestMark.Interpret, NearestMark.Run, NearestMark.Model, 24, (tokens, i) => Nearest(tokens, i));

    [Fact]
    public void LatestAndEarliestAgreeWithTheOracle() =>
        Agree(LatestAndEarliestMark.Interpret, LatestAndEarliestMark.Run, LatestAndEarliestMark.Model, 24, (tokens, i) =>
        {
            int latest = 0, earliest = 0;
            for (int j = 0; j < tokens.Length; j++)
                if (tokens[j] == 1)
                {
                    if (j <= i) latest = j + 1;
                    if (earliest == 0) earliest = j + 1;
                }
            return latest * 25 + earliest;
        });

    [Fact]
    public void OffsetOnlyHeadsPreferToo() =>
        Agree(NearerNeighbour.Interpret, NearerNeighbour.Run, NearerNeighbour.Model, 12, (tokens, i) => i >= 1 ? tokens[i - 1] + 1 : 0);

    [Fact]
    public void StatisticsReportTheLargerScaleAndTheExactLength()
    {
        // Nearest at length 24: the term reaches 128 (2 * 23^2 + 23) = 138,368 below its best, so lambda^2 = 262,144.
        Assert.Equal(512f, NearestMark.Model.Statistics.AttentionScale);
        Assert.Equal(24, NearestMark.Model.Statistics.ExactUpToLength);
        // Latest and earliest at length 24: 128 * 23 + 256 <= 64^2.
        Assert.Equal(64f, LatestAndEarliestMark.Model.Statistics.AttentionScale);
        Assert.Equal(16f, Alta.Samples.ParityRelative.Model.Statistics.AttentionScale);
    }

    private static int Nearest(int[] tokens, int i)
    {
        for (int distance = 0; distance < tokens.Length; distance++)
        {
            if (i - distance >= 0 && tokens[i - distance] == 1) return i - distance + 1;
            if (i + distance < tokens.Length && tokens[i + distance] == 1) return i + distance + 1;
        }
        return 0;
    }

    /// <summary>Interpret, Run and the oracle agree on random inputs of every length up to the maximum (sparse and
    /// dense marks); every tenth input also runs the reference pass, which must equal the fast pass to the bit.</summary>
    private static void Agree(Interpreted<int> interpret, Compiled<int> run, AltaModel model, int maxLength, Func<int[], int, int> oracle)
    {
        var random = new Random(maxLength * 31 + model.Name.Length);
        for (int trial = 0; trial < 200; trial++)
        {
            int length = trial < maxLength ? trial + 1 : random.Next(1, maxLength + 1);
            int marks = random.Next(1, 5);
            var tokens = Enumerable.Range(0, length).Select(_ => random.Next(marks) == 0 ? 1 : random.Next(4)).ToArray();
            OracleAgreement.Check(tokens, oracle, interpret, run, model, reference: trial % 10 == 0);
        }
    }
}
