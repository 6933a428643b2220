using Alta.Samples;

namespace Alta.Generators.Tests.Reliability;

/// <summary>
/// Issue 10, finding 1: a head mean exactly halfway between two bucket centres. Both sides compute the mean in
/// float32 as the attention does and read it against float32 boundaries (Buckets.OfMean), so every reachable
/// tie is read alike. Each test walks every mean the program can reach, not a random sample of them.
/// </summary>
public class TieTests
{
    [Fact]
    public void LengthAgreesOnEveryShareOfBosTokens()
    {
        // Length averages "is BOS" (token 0) over every position: b zeros and then letters give b/n.
        for (int n = 1; n <= Letters.MaxLength; n++)
            for (int b = 1; b <= n; b++)
                Same(Length.Interpret, Length.Run, [.. Enumerable.Repeat(0, b), .. Enumerable.Repeat(1, n - b)]);
    }

    [Fact]
    public void LengthSmallestCaseFromTheIssue()
    {
        // 15/20 lies halfway between 1/2 and 1: Run said 0, Interpret 1.
        int[] tokens = [.. Enumerable.Repeat(0, 15), .. Enumerable.Repeat(1, 5)];
        Assert.Equal(Length.Interpret(tokens).Outputs, Length.Run(tokens).Outputs);
    }

    [Fact]
    public void ParitySumAgreesOnEveryShareOfEndTokens()
    {
        // ParitySum averages "is End" over the counted positions: ones and then End tokens give e/(o+e).
        for (int ones = 0; ones <= 12; ones++)
            for (int ends = 1; ones + ends <= ParitySum.MaxOnes + 1; ends++)
                Same(ParitySum.Interpret, ParitySum.Run, [.. Enumerable.Repeat(1, ones), .. Enumerable.Repeat(ParitySum.End, ends)]);
    }

    [Fact]
    public void TenthsMeanOnTheBoundaryIsReadAlike()
    {
        int[] tokens = [1, 1, 1, 2, 2, 2];
        var run = TenthsMean.Run(tokens);
        var interpret = TenthsMean.Interpret(tokens);
        Assert.Equal(interpret.Outputs, run.Outputs);
    }

    [Fact]
    public void TenthsMeanAgreesOnEveryMixUpToTwentyFour()
    {
        // Every multiset of values 0.1/0.2/0.3 of size up to 24, in both orders of the positions that matter for
        // a float32 sum (ascending and descending tokens).
        for (int n = 1; n <= 24; n++)
            for (int a = 0; a <= n; a++)
                for (int b = 0; a + b <= n; b++)
                {
                    int[] up = [.. Enumerable.Repeat(0, a), .. Enumerable.Repeat(1, b), .. Enumerable.Repeat(2, n - a - b)];
                    Same(TenthsMean.Interpret, TenthsMean.Run, up);
                    Same(TenthsMean.Interpret, TenthsMean.Run, [.. up.Reverse()]);
                }
    }

    [Fact]
    public void BoundariesAreFloatMidpointsAndTiesStayBelow()
    {
        double[] centres = [0.5, 1.0];
        float boundary = Alta.Interpretation.Buckets.Boundary(centres, 0);
        Assert.Equal(0.75f, boundary);
        Assert.Equal(0, Alta.Interpretation.Buckets.OfMean(centres, 0.75f));
        Assert.Equal(1, Alta.Interpretation.Buckets.OfMean(centres, MathF.BitIncrement(0.75f)));
    }

    private static void Same<T>(Interpreted<T> interpret, Compiled<T> run, int[] tokens)
    {
        var expected = interpret(tokens, null, null);
        var actual = run(tokens, null);
        var text = "[" + string.Join(",", tokens) + "]";
        Assert.True(expected.Outputs.SequenceEqual(actual.Outputs) && expected.Layers == actual.Layers && expected.Halted == actual.Halted,
            $"on {text}: Run {actual} but Interpret {expected}");
    }
}
