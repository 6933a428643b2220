namespace Alta.Generators.Tests.Reliability;

/// <summary>
/// Issue 10, finding 2: where Interpret throws, Run must throw too, with the same message (variable, position,
/// layer), never return a plausible wrong value. Both passes of the model are checked.
/// </summary>
public class UndefinedStateTests
{
    [Fact]
    public void CategoricalHeadSelectingTwoPositions()
    {
        int[] tokens = [1, 2, 1, 3];
        var expected = Assert.Throws<AltaProgramException>(() => SameToken.Interpret(tokens));
        Same(expected, Assert.Throws<AltaProgramException>(() => SameToken.Run(tokens)));
        Same(expected, Assert.Throws<AltaProgramException>(() => SameToken.Model.RunReference(tokens)));
        Assert.Equal("Match", expected.Variable);
        Assert.Equal(0, expected.Position);
        Assert.Contains("(0, 2)", expected.Message);
    }

    [Fact]
    public void CategoricalHeadSelectingOnePositionIsFine()
    {
        int[] tokens = [1, 2, 3, 0];
        Assert.Equal(SameToken.Interpret(tokens).Outputs, SameToken.Run(tokens).Outputs);
    }

    [Fact]
    public void OutOfRangeWrite()
    {
        int[] tokens = [0, 2, 3];   // position 2: 3 + 2 = 5 is outside 0..3
        var expected = Assert.Throws<AltaProgramException>(() => LeftSum.Interpret(tokens));
        Same(expected, Assert.Throws<AltaProgramException>(() => LeftSum.Run(tokens)));
        Same(expected, Assert.Throws<AltaProgramException>(() => LeftSum.Model.RunReference(tokens)));
        Assert.Equal("Sum", expected.Variable);
        Assert.Equal(2, expected.Position);
    }

    [Fact]
    public void ValueOfNull()
    {
        int[] tokens = [1, 0];      // position 0 has no left neighbour and reads Left.Value
        var expected = Assert.Throws<AltaProgramException>(() => LeftSum.Interpret(tokens));
        Same(expected, Assert.Throws<AltaProgramException>(() => LeftSum.Run(tokens)));
        Assert.Equal(0, expected.Position);
        Assert.Contains("ALTA013", expected.Message);
    }

    [Fact]
    public void EveryShortInputAgreesOrBothThrowTheSame()
    {
        // All 4^k inputs up to length 5: Run == Interpret, or both throw the same message.
        for (int length = 1; length <= 5; length++)
            for (int code = 0; code < 1 << (2 * length); code++)
            {
                var tokens = Enumerable.Range(0, length).Select(i => (code >> (2 * i)) & 3).ToArray();
                Agree(() => LeftSum.Interpret(tokens), () => LeftSum.Run(tokens));
                Agree(() => SameToken.Interpret(tokens), () => SameToken.Run(tokens));
            }
    }

    [Fact]
    public void GuardsAreEmittedOnlyWhereTheBuildWarned()
    {
        Assert.NotEmpty(LeftSum.Model.Guards);
        Assert.Same(LeftSum.Model.Guards, LeftSum.InterpretedProgram.Guards);
        Assert.Empty(Alta.Samples.ParityRelative.Model.Guards);
    }

    private static void Agree<T>(Func<AltaResult<T>> interpret, Func<AltaResult<T>> run)
    {
        AltaResult<T> expected;
        try
        {
            expected = interpret();
        }
        catch (AltaProgramException e)
        {
            Same(e, Assert.Throws<AltaProgramException>(() => run()));
            return;
        }
        var actual = run();
        Assert.Equal(expected.Outputs, actual.Outputs);
        Assert.Equal(expected.Layers, actual.Layers);
    }

    private static void Same(AltaProgramException expected, AltaProgramException actual)
    {
        Assert.Equal(expected.Message, actual.Message);
        Assert.Equal(expected.Variable, actual.Variable);
        Assert.Equal(expected.Position, actual.Position);
        Assert.Equal(expected.Layer, actual.Layer);
    }
}
