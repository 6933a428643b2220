namespace Alta.Generators.Tests.Samples;

/// <summary>SUBLEQ: the golden program, and random short programs against a plain SUBLEQ machine.</summary>
public class SubleqTests
{
    private const int Instructions = 30;

    [Fact] public void GoldenInterpret() => Golden(Engine.Interpret);
    [Fact] public void GoldenRun() => Golden(Engine.Run);
    [Fact] public void RandomProgramsInterpret() => RandomPrograms(Engine.Interpret, 500);
    [Fact] public void RandomProgramsRun() => RandomPrograms(Engine.Run, 300);

    [Fact] public void ExamplesAnswerInterpret() => ExamplesAnswer(Engine.Interpret);
    [Fact] public void ExamplesAnswerRun() => ExamplesAnswer(Engine.Run);

    /// <summary>The worked example's program, which also shows the three layers per instruction.</summary>
    private static void ExamplesAnswer(Engine engine)
    {
        var result = SamplePrograms.Subleq.Execute(engine, SubleqOracle.Encode([9, 11, 3, 11, 10, 6, 11, 11, -1, 5, 10, 0]));
        Assert.Equal([9, 11, 3, 11, 10, 6, 11, 11, -1, 5, 15, 0], SubleqOracle.Decode(result.Outputs));
        Assert.True(result.Halted);
        Assert.Equal(9, result.Layers);
    }

    private static void Golden(Engine engine)
    {
        foreach (var golden in GoldenFile.Cases("subleq"))
        {
            var memory = golden.Ints("memory");
            var result = SamplePrograms.Subleq.Execute(engine, SubleqOracle.Encode(memory));
            Assert.Equal(golden.Ints("output"), SubleqOracle.Decode(result.Outputs));
            Assert.True(result.Halted);
        }
    }

    private static void RandomPrograms(Engine engine, int count)
    {
        var random = new Random(43127);
        int halted = 0, jumped = 0;
        for (int trial = 0; trial < count; trial++)
        {
            var memory = RandomMemory(random);
            var (expected, layers, halts) = SubleqOracle.Run(memory, Instructions);
            var result = SamplePrograms.Subleq.Execute(engine, SubleqOracle.Encode(memory), maxLayers: 3 * Instructions);
            var input = "[" + string.Join(",", memory) + "]";
            Assert.True(expected.SequenceEqual(SubleqOracle.Decode(result.Outputs)), $"{input} gave {result}, expected [{string.Join(",", expected)}]");
            Assert.True(layers == result.Layers && halts == result.Halted, $"{input}: expected {layers} layers, halted {halts}; got {result}");
            if (halts) halted++;
            if (layers > 9) jumped++;
        }
        // The generator must produce programs that do something: most halt, many run several instructions.
        Assert.True(halted > count / 2 && jumped > count / 5, $"{halted} halted, {jumped} ran over three instructions");
    }

    /// <summary>4..16 cells, mostly valid addresses (so instructions execute), some arbitrary values.</summary>
    private static int[] RandomMemory(Random random)
    {
        int n = random.Next(4, 17);
        return Enumerable.Range(0, n).Select(_ => random.Next(10) < 9 ? random.Next(n) : random.Next(-16, 17)).ToArray();
    }
}
