using System.Diagnostics;
using Xunit.Abstractions;

namespace Alta.Generators.Tests.Samples;

/// <summary>Multi-digit addition: golden cases, the worked example's answer, every pair below 1000 and random 10-digit pairs.</summary>
public class AdditionTests(ITestOutputHelper output)
{
    private static readonly Random Seeded = new(1245);

    [Fact] public void GoldenInterpret() => Golden(Engine.Interpret);
    [Fact] public void GoldenRun() => Golden(Engine.Run);
    [Fact] public void TenDigitPairsInterpret() => TenDigitPairs(Engine.Interpret, 300);
    [Fact] public void TenDigitPairsRun() => TenDigitPairs(Engine.Run, 300);

    [Fact] public void ExamplesAnswerInterpret() => ExamplesAnswer(Engine.Interpret);
    [Fact] public void ExamplesAnswerRun() => ExamplesAnswer(Engine.Run);

    private static void ExamplesAnswer(Engine engine)
    {
        var result = SamplePrograms.Addition.Execute(engine, AdditionOracle.Encode(789, 456, 3));
        Assert.Equal(1245, AdditionOracle.Read(result.Outputs));
        Assert.True(result.Halted);
    }

    /// <summary>
    /// All million pairs through the interpreter, in parallel. The time is written to the test output rather
    /// than asserted: the machines that run the tests are shared, and a wall-clock bound would be flaky.
    /// </summary>
    [Fact]
    public void EveryPairBelow1000Interpret()
    {
        var clock = Stopwatch.StartNew();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 1000, a =>
        {
            for (int b = 0; b < 1000; b++)
            {
                var outputs = Alta.Samples.Addition.Interpret(AdditionOracle.Encode(a, b, 3)).Outputs;
                if (!outputs.SequenceEqual(AdditionOracle.Expected(a, b, 3))) failures.Add($"{a}+{b} gave [{string.Join(",", outputs)}]");
            }
        });
        Assert.Empty(failures);
        output.WriteLine($"1,000,000 interpreted additions: {clock.Elapsed.TotalSeconds:F1} s");
    }

    /// <summary>The compiled model on every pair below 100 and a random sample of pairs below 1000.</summary>
    [Fact]
    public void PairsBelow1000Run()
    {
        for (int a = 0; a < 100; a++)
            for (int b = 0; b < 100; b++)
                CheckPair(Engine.Run, a, b, 2);
        for (int trial = 0; trial < 2000; trial++)
            CheckPair(Engine.Run, Seeded.Next(1000), Seeded.Next(1000), 3);
    }

    private static void Golden(Engine engine)
    {
        foreach (var golden in GoldenFile.Cases("addition"))
        {
            var input = golden.Ints("input");
            var result = SamplePrograms.Addition.Execute(engine, input);
            Assert.Equal(golden.Ints("output"), result.Outputs);
            Assert.Equal(golden.GetProperty("sum").GetInt64(), AdditionOracle.Read(result.Outputs));
            Assert.True(result.Halted);
            int width = (input.Length - 3) / 2;
            Assert.Equal(width + 2, result.Layers); // one layer to step off the markers, one per digit, one for the carry
        }
    }

    private static void TenDigitPairs(Engine engine, int count)
    {
        for (int trial = 0; trial < count; trial++)
            CheckPair(engine, Seeded.NextInt64(10_000_000_000), Seeded.NextInt64(10_000_000_000), 10);
    }

    private static void CheckPair(Engine engine, long a, long b, int width)
    {
        var result = SamplePrograms.Addition.Execute(engine, AdditionOracle.Encode(a, b, width));
        Assert.True(AdditionOracle.Expected(a, b, width).SequenceEqual(result.Outputs), $"{a}+{b} gave {result}");
        Assert.True(result.Halted);
    }
}
