using Alta.Generators.Tests.Samples;

namespace Alta.Generators.Tests.Reliability;

/// <summary>Issue 10, findings 5 and 10 in the samples app: a run that did not halt is an error naming
/// --max-layers, an over-long input is a clean error, and a message stays one readable line whatever was typed.</summary>
public class SamplesAppEdgeTests
{
    [Theory]
    [InlineData("did not halt within 64 layers", "run", "parity-relative", "111111111111111111111111111111111111111111111111111111111111111111")]
    [InlineData("did not halt within 64 layers", "run", "parity-relative", "111111111111111111111111111111111111111111111111111111111111111111", "--interpret")]
    [InlineData("did not halt within 3 layers", "run", "parity-relative", "10101", "--max-layers", "3")]
    [InlineData("--max-layers needs a number of layers from 1 to 1000000", "run", "parity-relative", "10101", "--max-layers", "0")]
    [InlineData("--max-layers needs a number of layers from 1 to 1000000", "run", "parity-relative", "10101", "--max-layers")]
    [InlineData("'\\n' at character 2 is not a bit", "run", "parity-relative", "1\n0")]
    [InlineData("'\U0001F600' at character 3 is not a letter a-z", "run", "reverse", "ab\U0001F600")]
    [InlineData("'\\u001B' in '7\\u001B' is not a digit", "run", "addition", "7\u001B+1")]
    public void ErrorIsOneLineOnStandardError(string problem, params string[] args)
    {
        var (exit, output, error) = SamplesAppTests.App(args);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("error: ", line);
        Assert.Contains(problem, line);
        if (problem.Contains("halt")) Assert.Contains("--max-layers", line);
    }

    [Fact]
    public void LongParityRunsWithALargerBudget()
    {
        var ones = new string('1', 66);
        var (exit, output, error) = SamplesAppTests.App("run", "parity-relative", ones, "--max-layers", "80");
        Assert.True(exit == 0, error);
        Assert.Contains("halted: yes", output);
    }

    [Fact]
    public void OverLongInputWithoutMaxLengthIsACleanError()
    {
        // 46,340 zeros used to end in an OverflowException stack trace (exit 134).
        var (exit, _, error) = SamplesAppTests.App("run", "parity-sum", new string('0', 46_340));
        Assert.Equal(1, exit);
        Assert.Contains("46340 bits is too long", Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
    }
}
