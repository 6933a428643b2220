using Alta.Samples;

namespace Alta.Generators.Tests.Samples;

/// <summary>The four parity programs: golden cases, the worked examples' answers, and random bit strings against the oracle.</summary>
public class ParityTests
{
    private static readonly Random Seeded = new(20261122);

    [Fact] public void RelativeGoldenInterpret() => RelativeGolden(Engine.Interpret);
    [Fact] public void RelativeGoldenRun() => RelativeGolden(Engine.Run);
    [Fact] public void RelativeRandomInterpret() => RelativeRandom(Engine.Interpret);
    [Fact] public void RelativeRandomRun() => RelativeRandom(Engine.Run);

    [Fact] public void AbsoluteGoldenInterpret() => AbsoluteGolden(Engine.Interpret);
    [Fact] public void AbsoluteGoldenRun() => AbsoluteGolden(Engine.Run);
    [Fact] public void AbsoluteRandomInterpret() => AbsoluteRandom(Engine.Interpret);
    [Fact] public void AbsoluteRandomRun() => AbsoluteRandom(Engine.Run);

    [Fact] public void SumGoldenInterpret() => SumGolden(SamplePrograms.ParitySum, Engine.Interpret, layers: 1);
    [Fact] public void SumGoldenRun() => SumGolden(SamplePrograms.ParitySum, Engine.Run, layers: 1);
    [Fact] public void SumRandomInterpret() => SumRandom(SamplePrograms.ParitySum, Engine.Interpret, layers: 1);
    [Fact] public void SumRandomRun() => SumRandom(SamplePrograms.ParitySum, Engine.Run, layers: 1);

    [Fact] public void CountGoldenInterpret() => SumGolden(SamplePrograms.ParityCount, Engine.Interpret, layers: 2);
    [Fact] public void CountGoldenRun() => SumGolden(SamplePrograms.ParityCount, Engine.Run, layers: 2);
    [Fact] public void CountRandomInterpret() => SumRandom(SamplePrograms.ParityCount, Engine.Interpret, layers: 2);
    [Fact] public void CountRandomRun() => SumRandom(SamplePrograms.ParityCount, Engine.Run, layers: 2);

    [Fact] public void ExamplesAnswersInterpret() => ExamplesAnswers(Engine.Interpret);
    [Fact]
    public void ExamplesAnswersRun() => ExamplesAnswers(Engine.Run);

    private static void ExamplesAnswers(Engine engine)
    {
        Assert.Equal([0, 1, 1, 0, 0, 1], Bits(SamplePrograms.ParityRelative.Execute(engine, [2, 1, 0, 1, 0, 1]).Outputs));
        Assert.Equal([1, 1, 0, 0, 1], Bits(SamplePrograms.ParityAbsolute.Execute(engine, [1, 0, 1, 0, 1]).Outputs));
        Assert.True(SamplePrograms.ParitySum.Execute(engine, [0, 0, 1, 1, 0, 1, 1, 0, 1, 2]).Outputs[^1]);
        Assert.True(SamplePrograms.ParityCount.Execute(engine, [0, 0, 1, 1, 0, 1, 1, 0, 1, 2]).Outputs[^1]);
        for (int k = 0; k <= 40; k++)
        {
            int[] ones = [.. Enumerable.Repeat(1, k), ParitySum.End];
            Assert.Equal(k % 2 == 1, SamplePrograms.ParitySum.Execute(engine, ones).Outputs[^1]);
            Assert.Equal(k % 2 == 1, SamplePrograms.ParityCount.Execute(engine, ones).Outputs[^1]);
        }
    }

    [Fact] public void BudgetStopsSequentialParityInterpret() => BudgetStopsSequentialParity(Engine.Interpret);
    [Fact] public void BudgetStopsSequentialParityRun() => BudgetStopsSequentialParity(Engine.Run);

    private static void BudgetStopsSequentialParity(Engine engine)
    {
        var budget = SamplePrograms.ParityRelative.Execute(engine, [2, 1, 1, 0, 1], maxLayers: 3);
        Assert.False(budget.Halted);
        Assert.Equal(3, budget.Layers);
        Assert.Equal([0, 1, 0, 0, 1], Bits(budget.Outputs)); // position 4 still holds its own bit
    }

    private static void RelativeGolden(Engine engine)
    {
        foreach (var golden in GoldenFile.Cases("parity_sequential_relative"))
        {
            var input = golden.Ints("input");
            var result = SamplePrograms.ParityRelative.Execute(engine, input);
            Assert.Equal(golden.Ints("output"), Bits(result.Outputs));
            AssertHaltedAfter(Math.Max(1, input.Length - 1), result);
        }
    }

    private static void RelativeRandom(Engine engine)
    {
        for (int trial = 0; trial < 300; trial++)
        {
            int[] input = [ParityRelative.Start, .. RandomBits(Seeded.Next(0, 41))];
            var result = SamplePrograms.ParityRelative.Execute(engine, input);
            Assert.Equal(Oracles.RunningParity(input), result.Outputs);
            AssertHaltedAfter(Math.Max(1, input.Length - 1), result);
        }
    }

    private static void AbsoluteGolden(Engine engine)
    {
        foreach (var golden in GoldenFile.Cases("parity_sequential_absolute"))
        {
            var input = golden.Ints("input");
            var result = SamplePrograms.ParityAbsolute.Execute(engine, input);
            Assert.Equal(golden.Ints("output"), Bits(result.Outputs));
            AssertHaltedAfter(Math.Max(1, input.Length - 1), result);
        }
    }

    private static void AbsoluteRandom(Engine engine)
    {
        for (int trial = 0; trial < 300; trial++)
        {
            var input = RandomBits(Seeded.Next(1, 51));
            var result = SamplePrograms.ParityAbsolute.Execute(engine, input);
            Assert.Equal(Oracles.RunningParity(input), result.Outputs);
            AssertHaltedAfter(Math.Max(1, input.Length - 1), result);
        }
    }

    private static void SumGolden(Sample<bool> program, Engine engine, int layers)
    {
        foreach (var golden in GoldenFile.Cases("parity_sum_mod_2"))
        {
            var input = golden.Ints("input");
            var expected = golden.GetProperty("output_last").GetInt32() == 1;
            var result = program.Execute(engine, input);
            Assert.Equal(expected, result.Outputs[^1]);
            AssertHaltedAfter(layers, result);
            // The reference ran 3 layers; a budget of 3 gives the same answer (the program halts earlier).
            Assert.Equal(expected, program.Execute(engine, input, maxLayers: 3).Outputs[^1]);
        }
    }

    private static void SumRandom(Sample<bool> program, Engine engine, int layers)
    {
        for (int trial = 0; trial < 300; trial++)
        {
            var bits = RandomBits(Seeded.Next(0, 70));
            if (bits.Count(b => b == 1) > ParitySum.MaxOnes) continue;
            int[] input = [.. bits, ParitySum.End];
            var result = program.Execute(engine, input);
            Assert.All(result.Outputs, parity => Assert.Equal(Oracles.Parity(input), parity));
            AssertHaltedAfter(layers, result);
        }
    }

    private static void AssertHaltedAfter<T>(int layers, AltaResult<T> result)
    {
        Assert.True(result.Halted, $"{result} did not halt");
        Assert.Equal(layers, result.Layers);
    }

    private static int[] RandomBits(int length) => Enumerable.Range(0, length).Select(_ => Seeded.Next(2)).ToArray();

    private static int[] Bits(bool[] outputs) => outputs.Select(b => b ? 1 : 0).ToArray();
}
