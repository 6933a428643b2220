using Alta.Generators.Tests.Evaluate.Programs;
using Alta.Generators.Tests.Samples;

namespace Alta.Generators.Tests.Compile;

/// <summary>
/// The natural programs of issue 9 that are not SUBLEQ (written as a user would, not hand-factored) against the
/// plain C# oracles the samples use: the compiled model (<c>Run</c>) and the class's own C# (<c>Interpret</c>)
/// both give the oracle's answer, on every word tried; <see cref="AgreementTests"/> checks Run == Interpret on more.
/// </summary>
public class NaturalProgramTests
{
    [Fact]
    public void NaturalSortSortsLikeTheOracle()
    {
        var random = new Random(11);
        for (int trial = 0; trial < 60; trial++)
        {
            var tokens = Words.Random(random, Alta.Samples.Letters.MaxLength - 1, 8);
            var expected = Oracles.Sort(tokens);
            var interpreted = NaturalSort.Interpret(tokens);
            var run = NaturalSort.Run(tokens);
            var text = "[" + string.Join(",", tokens) + "]";
            Assert.True(expected.SequenceEqual(interpreted.Outputs), $"Interpret on {text}: {interpreted}");
            Assert.True(expected.SequenceEqual(run.Outputs), $"Run on {text}: {run}");
            // One round per letter, at least one layer.
            Assert.True(run.Halted && run.Layers == Math.Max(1, tokens.Length - 1), $"Run on {text}: {run}");
        }
    }

    [Fact]
    public void NaturalSortSortsTheExamplesWord() =>
        Assert.Equal("ehllo", Words.Decode(NaturalSort.Run(Words.Encode("hello")).Outputs));

    [Fact]
    public void NaiveDyck1GivesTheOraclesStates()
    {
        var random = new Random(12);
        for (int trial = 0; trial < 80; trial++)
        {
            var tokens = Words.Random(random, Alta.Samples.Letters.MaxLength - 1, 2);
            var expected = Oracles.Dyck1(tokens);
            var interpreted = NaiveDyck1.Interpret(tokens);
            var run = NaiveDyck1.Run(tokens);
            var text = "[" + string.Join(",", tokens) + "]";
            Assert.True(expected.SequenceEqual(interpreted.Outputs), $"Interpret on {text}: {interpreted}");
            Assert.True(expected.SequenceEqual(run.Outputs), $"Run on {text}: {run}");
            Assert.True(run.Halted && run.Layers == Math.Max(1, tokens.Length - 1), $"Run on {text}: {run}");
        }
    }

    [Fact]
    public void NaiveDyck1AgreesWithTheSampleOnTheExamples()
    {
        int[] word = [0, 1, 1, 2, 2, 2, 1];   // "(()))(" : P P P T F F
        Assert.Equal(Alta.Samples.Dyck1.Run(word).Outputs, NaiveDyck1.Run(word).Outputs);
    }
}
