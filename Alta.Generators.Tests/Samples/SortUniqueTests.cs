namespace Alta.Generators.Tests.Samples;

/// <summary>Sorting distinct numbers: golden cases, the worked example's answer, random sets of distinct numbers.</summary>
public class SortUniqueTests
{
    [Fact] public void GoldenInterpret() => Golden(Engine.Interpret);
    [Fact] public void GoldenRun() => Golden(Engine.Run);
    [Fact] public void RandomInterpret() => RandomSets(Engine.Interpret);
    [Fact] public void RandomRun() => RandomSets(Engine.Run);

    [Fact] public void ExamplesAnswerInterpret() => Assert.Equal([0, 2, 3, 4, 5], SamplePrograms.SortUnique.Execute(Engine.Interpret, [0, 3, 5, 4, 2]).Outputs);
    [Fact] public void ExamplesAnswerRun() => Assert.Equal([0, 2, 3, 4, 5], SamplePrograms.SortUnique.Execute(Engine.Run, [0, 3, 5, 4, 2]).Outputs);

    [Fact]
    public void EqualTokensAreReportedAsAnAmbiguousHead()
    {
        var error = Assert.Throws<AltaProgramException>(() => Alta.Samples.SortUnique.Interpret([0, 3, 3]));
        Assert.Equal("Gathered", error.Variable);
    }

    private static void Golden(Engine engine)
    {
        foreach (var golden in GoldenFile.Cases("sort_unique"))
        {
            var input = golden.Ints("input");
            var result = SamplePrograms.SortUnique.Execute(engine, input);
            Assert.Equal(golden.Ints("output"), result.Outputs);
            Assert.True(result.Halted);
            Assert.Equal(2, result.Layers); // rank, then gather
            // The reference ran 4 layers; with that budget the answer is the same (the program halts after 2).
            Assert.Equal(golden.Ints("output"), SamplePrograms.SortUnique.Execute(engine, input, maxLayers: 4).Outputs);
        }
    }

    private static void RandomSets(Engine engine)
    {
        var random = new Random(16);
        for (int trial = 0; trial < 300; trial++)
        {
            int[] input = [0, .. Enumerable.Range(1, 15).OrderBy(_ => random.Next()).Take(random.Next(0, 16))];
            var result = SamplePrograms.SortUnique.Execute(engine, input);
            Assert.Equal(Oracles.Sort(input), result.Outputs);
            Assert.True(result.Halted);
        }
    }
}
