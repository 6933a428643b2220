using Alta.Samples;

namespace Alta.Generators.Tests.Interpretation;

public class InterpreterTests
{
    [Fact]
    public void RelativeParityGivesTheRunningParity()
    {
        var result = ParityRelative.Interpret([2, 1, 0, 1, 0, 1]);
        Assert.Equal([false, true, true, false, false, true], result.Outputs);
        Assert.True(result.Halted);
        Assert.Equal(5, result.Layers);
    }

    [Fact]
    public void LayerBudgetStopsARunThatHasNotHalted()
    {
        var result = ParityRelative.Interpret([2, 1, 1, 1], maxLayers: 2);
        Assert.False(result.Halted);
        Assert.Equal(2, result.Layers);
        Assert.Equal([false, true, false, true], result.Outputs); // position 3 still holds its own bit
    }

    [Fact]
    public void NumericalHeadAveragesAndReadsSnapToBuckets()
    {
        // Tokens 0 (BOS), then 3, 1, 3, 3: a 3 selects BOS and three 3s, mean 1/4, count 3.
        var result = SameTokenCount.Interpret([0, 3, 1, 3, 3]);
        Assert.Equal([0, 3, 1, 3, 3], result.Outputs);
        Assert.False(result.Halted);
        Assert.Equal(1, result.Layers);
    }

    [Fact]
    public void CategoricalHeadSelectingTwoPositionsIsAProgramError()
    {
        var error = Assert.Throws<AltaProgramException>(() => FirstToken.Interpret([1, 2, 1]));
        Assert.Equal("OneToken", error.Variable);
        Assert.Equal(1, error.Layer);
        Assert.Contains("selected 2 positions (0, 2)", error.Message);
    }

    [Fact]
    public void EnumStateMachineHaltsOnItsHaltValue()
    {
        var result = FirstToken.Interpret([2]);
        Assert.Equal([2], result.Outputs);
        Assert.True(result.Halted);
        Assert.Equal(2, result.Layers);
    }

    [Theory]
    [InlineData(new int[0], "empty")]
    [InlineData(new[] { 2, 3 }, "Token 3 at position 1 is outside the vocabulary 0..2")]
    [InlineData(new[] { 2, -1 }, "Token -1 at position 1")]
    public void InvalidTokensAreRejectedWithTheProblemNamed(int[] tokens, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => ParityRelative.Interpret(tokens));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void InputLongerThanMaxLengthIsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => FirstToken.Interpret(new int[9]));
        Assert.Contains("9 tokens but the program's MaxLength is 8", error.Message);
    }

    [Fact]
    public void TraceRecordsEveryVariableAfterEveryLayer()
    {
        var trace = new AltaTrace();
        var result = ParityRelative.Interpret([2, 1, 1], trace: trace);
        Assert.Equal(result.Layers + 1, trace.Steps.Count);
        Assert.Equal(["Parity", "Done", "ParityLeft", "DoneLeft"], trace.Variables);
        Assert.Equal("null", trace.Steps[0].Values[0][2]);         // heads start null
        Assert.Equal("true", trace.Steps[1].Values[1][3]);         // position 1 saw the start done on its left
        var table = trace.ToString();
        Assert.Contains("after layer 2", table);
        Assert.Contains("ParityLeft", table);
    }
}
