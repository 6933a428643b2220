using Alta.Samples;

namespace Alta.Generators.Tests.Reliability;

/// <summary>Issue 10, finding 10: bad arguments get an exception naming the problem, never a NullReference or
/// IndexOutOfRange from inside, and no budget can make a run go on for hours.</summary>
public class ApiEdgeTests
{
    [Fact]
    public void RunBatchOfNullNamesTheArgument()
    {
        Assert.Equal("inputs", Assert.Throws<ArgumentNullException>(() => ParityRelative.RunBatch(null!)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => ParityRelative.RunBatch([[2, 1], null!]));
        Assert.Contains("Input 1 is null", e.Message);
    }

    [Fact]
    public void ReadOfAVariableOutsideTheModelNamesTheRange()
    {
        var row = new float[ParityRelative.Model.Layout.ModelWidth];
        Assert.Throws<ArgumentOutOfRangeException>(() => ParityRelative.Model.Read(-1, row));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParityRelative.Model.Read(ParityRelative.Model.Layout.Variables.Length, row));
        Assert.Throws<ArgumentException>(() => ParityRelative.Model.Read(0, row.AsSpan(1)));
    }

    [Fact]
    public void LayerBudgetHasAnUpperBound()
    {
        int tooMany = Alta.Interpretation.InputValidation.MaxLayerBudget + 1;
        Assert.Throws<ArgumentOutOfRangeException>(() => ParityRelative.Run([2, 1], int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParityRelative.Interpret([2, 1], tooMany));
        Assert.Throws<ArgumentOutOfRangeException>(() => ParityRelative.RunBatch([[2, 1]], tooMany));
        Assert.True(ParityRelative.Run([2, 1], Alta.Interpretation.InputValidation.MaxLayerBudget).Halted);
    }
}
