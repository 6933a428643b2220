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
    public void NaturalSortSortsLikeTheOracle() =>
        AgreesWithOracle(seed: 11, trials: 60, tokenRange: 8, Oracles.Sort, NaturalSort.Interpret, NaturalSort.Run);

    [Fact]
    public void NaturalSortSortsTheExamplesWord() =>
        Assert.Equal("ehllo", Words.Decode(NaturalSort.Run(Words.Encode("hello")).Outputs));

    [Fact]
    public void NaiveDyck1GivesTheOraclesStates() =>
        AgreesWithOracle(seed: 12, trials: 80, tokenRange: 2, Oracles.Dyck1, NaiveDyck1.Interpret, NaiveDyck1.Run);

    /// <summary>
    /// Random words of up to MaxLength - 1 letters (after the start token): Interpret and Run give the oracle's
    /// outputs, and Run halts after one round per letter (at least one layer).
    /// </summary>
    private static void AgreesWithOracle<T>(int seed, int trials, int tokenRange, Func<int[], T[]> oracle,
        Interpreted<T> interpret, Compiled<T> run)
    {
        var random = new Random(seed);
        for (int trial = 0; trial < trials; trial++)
        {
            var tokens = Words.Random(random, Alta.Samples.Letters.MaxLength - 1, tokenRange);
            var expected = oracle(tokens);
            var interpreted = interpret(tokens, null, null);
            var compiled = run(tokens, null);
            var text = "[" + string.Join(",", tokens) + "]";
            Assert.True(expected.SequenceEqual(interpreted.Outputs), $"Interpret on {text}: {interpreted}");
            Assert.True(expected.SequenceEqual(compiled.Outputs), $"Run on {text}: {compiled}");
            Assert.True(compiled.Halted && compiled.Layers == Math.Max(1, tokens.Length - 1), $"Run on {text}: {compiled}");
        }
    }

    [Fact]
    public void NaiveDyck1AgreesWithTheSampleOnTheExamples()
    {
        int[] word = [0, 1, 1, 2, 2, 2, 1];   // "(()))(" : P P P T F F
        Assert.Equal(Alta.Samples.Dyck1.Run(word).Outputs, NaiveDyck1.Run(word).Outputs);
    }
}
