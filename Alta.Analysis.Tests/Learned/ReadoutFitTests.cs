using Alta.Analysis.Learned;

namespace Alta.Analysis.Tests.Learned;

/// <summary>The refitted read-out is the best table over any two variables on the training set.</summary>
public class ReadoutFitTests
{
    /// <summary>Positions of <paramref name="examples"/> that a table over (a, b) gets right at best: the majority per value pair.</summary>
    static long BestRight(DiscreteProgram program, IReadOnlyList<LabelledSequence> examples, int a, int b)
    {
        var counts = new Dictionary<(int, int, int), int>();
        foreach (var example in examples)
        {
            var values = program.Run(example.Tokens).Values;
            for (int i = 0; i < example.Labels.Length; i++)
            {
                if (example.Labels[i] < 0) continue;
                var key = (values[a][i], values[b][i], example.Labels[i]);
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        }
        return counts.GroupBy(c => (c.Key.Item1, c.Key.Item2)).Sum(g => (long)g.Max(c => c.Value));
    }

    static long Right(DiscreteProgram program, IReadOnlyList<LabelledSequence> examples) =>
        examples.Sum(e =>
        {
            var classes = program.Run(e.Tokens).Classes;
            return (long)e.Labels.Select((label, i) => label >= 0 && classes[i] == label ? 1 : 0).Sum();
        });

    [Theory]
    [InlineData("hist", 1)]
    [InlineData("sort", 2)]
    public void TheRefittedReadoutIsTheBestTableOverAnyPair(string taskName, int seed)
    {
        var task = LearnedTask.Get(taskName);
        var data = LearnedDataset.Generate(task, 300, seed);
        // An untrained program: random choices everywhere, so its own read-out is poor.
        var layout = new ProgramLayout(task, new LearnedConfig { Layers = 1, CategoricalHeads = 1, CountHeads = 1, Mlps = 1 });
        var program = DiscreteProgram.From(new RelaxedProgram(layout, seed), task);
        var refitted = ReadoutFit.Refit(program, data.Train);

        // Only the read-out changes.
        Assert.Equal(program.Modules[..^1], refitted.Modules[..^1]);
        long right = Right(refitted, data.Train);
        Assert.True(right >= Right(program, data.Train));
        var reads = refitted.Modules[^1].Reads;
        Assert.Equal(BestRight(program, data.Train, reads[0], reads[1]), right);
        for (int a = 0; a < program.Variables.Length; a++)
            for (int b = 0; b < program.Variables.Length; b++)
                Assert.True(BestRight(program, data.Train, a, b) <= right, $"({program.Variables[a]}, {program.Variables[b]}) does better");
    }

    [Fact]
    public void AScrambledReadoutOfTheLearnedHistIsRepaired()
    {
        var task = LearnedTask.Get("hist");
        var data = LearnedDataset.Generate(task, 2000, seed: 4);
        // Hist is the count of my token: Count0_0 of a program whose count head matches equal tokens.
        var layout = new ProgramLayout(task, new LearnedConfig { Layers = 1, CategoricalHeads = 0, CountHeads = 1, Mlps = 0 });
        var untrained = DiscreteProgram.From(new RelaxedProgram(layout, seed: 0), task);
        int width = untrained.Width;
        var count = untrained.Modules[0] with { Reads = [0, 0], Table = Enumerable.Range(0, width).ToArray() };
        var scrambled = untrained.Modules[^1] with { Reads = [1, 1], Table = Enumerable.Repeat(task.Labels.Count - 1, width * width).ToArray() };
        var program = untrained with { Modules = [count, scrambled] };
        Assert.True(program.Accuracy(data.Test) < 0.1);

        var refitted = ReadoutFit.Refit(program, data.Train);
        Assert.Contains(2, refitted.Modules[^1].Reads);
        Assert.Equal(1.0, refitted.Accuracy(data.Test));
    }
}
