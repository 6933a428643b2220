using Alta.Samples;

namespace Alta.Generators.Tests.Samples;

/// <summary>The RASP/Tracr programs: the worked examples' answers and random words against the oracles.</summary>
public class RaspTests
{
    private const int MaxLetters = Letters.MaxLength - 1;

    [Fact] public void ExamplesAnswersInterpret() => ExamplesAnswers(Engine.Interpret);
    [Fact]
    public void ExamplesAnswersRun() => ExamplesAnswers(Engine.Run);

    private static void ExamplesAnswers(Engine engine)
    {
        Assert.Equal([3, 3, 3], SamplePrograms.Length.Execute(engine, Words.Encode("abc")).Outputs[1..]);
        Assert.Equal("dcba", Words.Decode(SamplePrograms.Reverse.Execute(engine, Words.Encode("abcd")).Outputs));
        Assert.Equal("olleh", Words.Decode(SamplePrograms.Reverse.Execute(engine, Words.Encode("hello")).Outputs));
        Assert.Equal([2, 1, 2, 1], SamplePrograms.Histogram.Execute(engine, Words.Encode("abac")).Outputs[1..]);
        Assert.Equal([1, 1, 2, 2, 1], SamplePrograms.Histogram.Execute(engine, Words.Encode("hello")).Outputs[1..]);
        Assert.Equal([1, 2, 2, 4], SamplePrograms.Sort.Execute(engine, [0, 2, 4, 1, 2]).Outputs[1..]);
        Assert.Equal("ehllo", Words.Decode(SamplePrograms.Sort.Execute(engine, Words.Encode("hello")).Outputs));
        Assert.Equal([0, 1, 2, 3], SamplePrograms.ShiftBy.Execute(engine, Words.Encode("abcd")).Outputs[1..]);

        double[] fractions = [0, 0, 1.0 / 3, 1.0 / 2, 2.0 / 5];
        var measured = SamplePrograms.FracPrevs.Execute(engine, Words.Encode("hello")).Outputs[1..];
        Assert.All(fractions.Zip(measured), p => Assert.True(Math.Abs(p.First - p.Second) <= 0.005 * Math.Abs(p.First), $"{p.Second} is not {p.First}"));

        Assert.Equal("PPPTFF", DyckLetters(SamplePrograms.Dyck1.Execute(engine, Parentheses("(()))(")).Outputs));
        Assert.Equal("PTPPP", DyckLetters(SamplePrograms.Dyck1.Execute(engine, Parentheses("()(()")).Outputs));
    }

    [Fact] public void LengthInterpret() => Check(SamplePrograms.Length, Engine.Interpret, Oracles.Length, 26, layers: 1);
    [Fact] public void LengthRun() => Check(SamplePrograms.Length, Engine.Run, Oracles.Length, 26, layers: 1);

    [Fact] public void ReverseInterpret() => Check(SamplePrograms.Reverse, Engine.Interpret, Oracles.Reverse, 26, layers: 2);
    [Fact] public void ReverseRun() => Check(SamplePrograms.Reverse, Engine.Run, Oracles.Reverse, 26, layers: 2);

    [Fact] public void HistogramInterpret() => Check(SamplePrograms.Histogram, Engine.Interpret, Oracles.Histogram, 4, layers: 1);
    [Fact] public void HistogramRun() => Check(SamplePrograms.Histogram, Engine.Run, Oracles.Histogram, 4, layers: 1);

    [Fact] public void SortInterpret() => Check(SamplePrograms.Sort, Engine.Interpret, Oracles.Sort, 5, layers: 2);
    [Fact] public void SortRun() => Check(SamplePrograms.Sort, Engine.Run, Oracles.Sort, 5, layers: 2);

    [Fact] public void ShiftByInterpret() => Check(SamplePrograms.ShiftBy, Engine.Interpret, t => Oracles.ShiftBy(t, ShiftBy.K), 26, layers: 1);
    [Fact] public void ShiftByRun() => Check(SamplePrograms.ShiftBy, Engine.Run, t => Oracles.ShiftBy(t, ShiftBy.K), 26, layers: 1);

    [Fact] public void FracPrevsInterpret() => Check(SamplePrograms.FracPrevs, Engine.Interpret, t => Oracles.FracPrevs(t, FracPrevs.Letter), 13, layers: 1);
    [Fact] public void FracPrevsRun() => Check(SamplePrograms.FracPrevs, Engine.Run, t => Oracles.FracPrevs(t, FracPrevs.Letter), 13, layers: 1);

    // Two letters: a = "(" and b = ")", which are the tokens 1 and 2 of Dyck1.
    [Fact] public void Dyck1Interpret() => Check(SamplePrograms.Dyck1, Engine.Interpret, Oracles.Dyck1, 2, layers: 2);
    [Fact] public void Dyck1Run() => Check(SamplePrograms.Dyck1, Engine.Run, Oracles.Dyck1, 2, layers: 2);

    [Fact]
    public void TooLongInputIsRejectedByInterpret() =>
        Assert.Contains("MaxLength", Assert.Throws<ArgumentException>(() => Alta.Samples.Reverse.Interpret(Words.Encode(new string('a', Letters.MaxLength)))).Message);

    [Fact]
    public void TooLongInputIsRejectedByRun() =>
        Assert.Contains("MaxLength", Assert.Throws<ArgumentException>(() => Alta.Samples.Reverse.Run(Words.Encode(new string('a', Letters.MaxLength)))).Message);

    /// <summary>300 random words (every length 0..31 appears) against the oracle; numerical outputs to 0.5% (the task's tolerance).</summary>
    private static void Check<T>(Sample<T> program, Engine engine, Func<int[], T[]> oracle, int alphabet, int layers)
    {
        var random = new Random(alphabet * 31 + layers);
        for (int trial = 0; trial < 300; trial++)
        {
            var input = Words.Random(random, trial < 32 ? trial : MaxLetters, alphabet);
            if (trial < 32) input = [0, .. input.Skip(1).Concat(Enumerable.Repeat(1, trial)).Take(trial)];
            var result = program.Execute(engine, input);
            var expected = oracle(input);
            Assert.True(expected.Zip(result.Outputs).All(p => Close(p.First, p.Second)),
                $"[{string.Join(",", input)}] gave {result}, expected [{string.Join(", ", expected)}]");
            Assert.True(result.Halted);
            Assert.Equal(layers, result.Layers);
        }
    }

    private static bool Close<T>(T expected, T actual) =>
        expected is double e && actual is double a ? Math.Abs(e - a) <= 0.005 * Math.Abs(e) : EqualityComparer<T>.Default.Equals(expected, actual);

    private static int[] Parentheses(string text) => [0, .. text.Select(c => c == '(' ? Dyck1.Open : Dyck1.Close)];

    private static string DyckLetters(DyckState[] states) =>
        new(states.Skip(1).Select(s => s switch { DyckState.Pending => 'P', DyckState.Balanced => 'T', _ => 'F' }).ToArray());
}
