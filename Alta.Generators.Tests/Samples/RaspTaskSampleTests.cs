using Alta.Samples;

namespace Alta.Generators.Tests.Samples;

/// <summary>
/// The RASP, Tracr and Learning Transformer Programs tasks written with count heads, Prefer and offset ranges
/// (sort_freq, double histogram, most_freq, count_less_freq, odd-even transposition sort): worked examples,
/// then random words where Interpret, Run and a plain C# oracle agree.
/// </summary>
public class RaspTaskSampleTests
{
    private const int MaxLetters = Letters.MaxLength - 1;

    [Theory]
    [InlineData(Engine.Interpret)]
    [InlineData(Engine.Run)]
    public void ExamplesAnswers(Engine engine)
    {
        Assert.Equal("llheo", Words.Decode(SamplePrograms.SortFreq.Execute(engine, Words.Encode("hello")).Outputs));
        Assert.Equal([2, 2, 2, 2, 1], SamplePrograms.DoubleHistogram.Execute(engine, Words.Encode("aabbc")).Outputs[1..]);
        Assert.Equal([0, 12, 8, 5, 15, 0], SamplePrograms.MostFreq.Execute(engine, Words.Encode("hello")).Outputs);
        Assert.Equal([3, 3, 3, 3, 3], SamplePrograms.CountLessFreq.Execute(engine, Words.Encode("hello")).Outputs[1..]);
        Assert.Equal("ehllo", Words.Decode(SamplePrograms.OddEvenSort.Execute(engine, Words.Encode("hello")).Outputs));
    }

    [Theory]
    [InlineData(Engine.Interpret)]
    [InlineData(Engine.Run)]
    public void SortFreq(Engine engine) => Check(SamplePrograms.SortFreq, engine, Oracles.SortFreq, 6, _ => 3);

    [Theory]
    [InlineData(Engine.Interpret)]
    [InlineData(Engine.Run)]
    public void DoubleHistogram(Engine engine) => Check(SamplePrograms.DoubleHistogram, engine, Oracles.DoubleHistogram, 8, _ => 2);

    [Theory]
    [InlineData(Engine.Interpret)]
    [InlineData(Engine.Run)]
    public void MostFreq(Engine engine) => Check(SamplePrograms.MostFreq, engine, Oracles.MostFreq, 8, _ => 3);

    [Theory]
    [InlineData(Engine.Interpret)]
    [InlineData(Engine.Run)]
    public void CountLessFreq(Engine engine) =>
        Check(SamplePrograms.CountLessFreq, engine, t => Oracles.CountLessFreq(t, Alta.Samples.CountLessFreq.N), 12, _ => 2);

    /// <summary>Odd-even sort halts two quiet rounds after the last swap: at most one round per letter and three more.</summary>
    [Theory]
    [InlineData(Engine.Interpret)]
    [InlineData(Engine.Run)]
    public void OddEvenSort(Engine engine) => Check(SamplePrograms.OddEvenSort, engine, Oracles.Sort, 26, letters => letters + 3, exactLayers: false);

    /// <summary>
    /// The count-head rewrites pay because a place computed from counts (<c>Target = min(s + e, 31)</c>) is one
    /// linear table: thresholds, not one rule per pair of counts. Before the rewrites Sort had 979 hidden units and
    /// Reverse 2,405; a count read as a table operand (it is never null) keeps them well under 500.
    /// </summary>
    [Fact]
    public void PlacesFromCountsCompileToThresholdTables()
    {
        foreach (var model in new[] { Alta.Samples.Sort.Model, Alta.Samples.Reverse.Model, Alta.Samples.SortFreq.Model })
        {
            int hidden = model.Statistics.FfnWidths.Sum();
            Assert.True(hidden <= 800, $"{model.Name}: {hidden} hidden units [{string.Join(", ", model.Statistics.FfnWidths)}]");
        }
    }

    /// <summary>Random words (every length 0..31 appears, then full-length ones) from a small alphabet, so that letters repeat.</summary>
    private static void Check(Sample<int> program, Engine engine, Func<int[], int[]> oracle, int alphabet, Func<int, int> layers, bool exactLayers = true)
    {
        var random = new Random(alphabet * 17 + 5);
        for (int trial = 0; trial < 120; trial++)
        {
            var input = trial < 32
                ? [0, .. Enumerable.Range(0, trial).Select(_ => random.Next(1, alphabet + 1))]
                : Words.Random(random, MaxLetters, alphabet);
            var result = program.Execute(engine, input);
            var text = "[" + string.Join(",", input) + "]";
            Assert.True(oracle(input).SequenceEqual(result.Outputs), $"{text} gave {result}, expected [{string.Join(", ", oracle(input))}]");
            Assert.True(result.Halted, $"{text} did not halt");
            int letters = input.Length - 1;
            if (exactLayers) Assert.Equal(layers(letters), result.Layers);
            else Assert.True(result.Layers <= layers(letters), $"{text} took {result.Layers} layers");
        }
    }
}
