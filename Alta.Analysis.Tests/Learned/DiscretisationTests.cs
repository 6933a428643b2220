using Alta.Analysis.Learned;

namespace Alta.Analysis.Tests.Learned;

/// <summary>The discretised program is the cold limit of the relaxed one, and survives JSON.</summary>
public class DiscretisationTests
{
    [Theory]
    [InlineData("hist", 11)]
    [InlineData("reverse", 12)]
    [InlineData("dyck2", 13)]
    public void ColdRelaxedPassComputesTheDiscreteProgram(string taskName, int seed)
    {
        var task = LearnedTask.Get(taskName);
        var layout = new ProgramLayout(task, new LearnedConfig { Layers = 2, CategoricalHeads = 2, CountHeads = 1, Mlps = 1 });
        var program = new RelaxedProgram(layout, seed);
        // Far-apart logits and a cold temperature without noise: every relaxed choice is its argmax.
        foreach (var p in program.Parameters())
            for (int i = 0; i < p.Value.Length; i++) p.Value[i] *= 1000;
        var discrete = DiscreteProgram.From(program, task);
        var sampled = new SampledProgram(program, null, 1e-4);
        var examples = LearnedDataset.Generate(task, 200, seed).Test;
        foreach (var example in examples)
        {
            var pass = new RelaxedPass(sampled, example.Tokens);
            pass.Forward(example.Labels);
            var values = discrete.Run(example.Tokens).Values;
            for (int v = 0; v < values.Length; v++)
                for (int i = 0; i < example.Tokens.Length; i++)
                {
                    double p = pass.Value(v, i)[values[v][i]];
                    Assert.True(p > 0.99, $"{string.Join(",", example.Tokens)}: {discrete.Variables[v]} at {i} is {values[v][i]} with {p}");
                }
        }
        // The read-out scores those one-hot variables with its float weights, argmax for argmax.
        Assert.Equal(1.0, ReadoutVotes.FloatAccuracy(discrete, program.Readout.Value, examples.Select(e => Relabelled(e, sampled)).ToList()));
    }

    /// <summary>The example labelled at every position with the relaxed pass's most probable class.</summary>
    static LabelledSequence Relabelled(LabelledSequence example, SampledProgram sampled)
    {
        var pass = new RelaxedPass(sampled, example.Tokens);
        pass.Forward(example.Labels);
        var labels = Enumerable.Range(0, example.Tokens.Length).Select(i =>
        {
            var p = pass.Probabilities(i);
            int best = 0;
            for (int k = 1; k < p.Length; k++)
                if (p[k] > p[best]) best = k;
            return best;
        }).ToArray();
        return example with { Labels = labels };
    }

    [Fact]
    public void JsonRoundTripKeepsEveryChoice()
    {
        var task = LearnedTask.Get("sort");
        var program = DiscreteProgram.From(new RelaxedProgram(new ProgramLayout(task, new LearnedConfig()), 4), task);
        var loaded = LearnedJson.Load(LearnedJson.Save(program));
        Assert.Equal(LearnedJson.Save(program), LearnedJson.Save(loaded));
        var examples = LearnedDataset.Generate(task, 100, 4).Test;
        Assert.All(examples, e => Assert.Equal(program.Run(e.Tokens).Classes, loaded.Run(e.Tokens).Classes));
        Assert.Equal(examples.Select(e => e.Tokens), LearnedJson.LoadExamples(LearnedJson.SaveExamples(examples)).Select(e => e.Tokens));
    }

    [Fact]
    public void NearestFirstOrdersSelfThenEarlierThenLater()
    {
        int[] order = Enumerable.Range(0, 7).OrderBy(j => NearestFirst.Rank(3, j)).ToArray();
        Assert.Equal([3, 2, 4, 1, 5, 0, 6], order);
    }

    [Fact]
    public void InvalidInputIsRejected()
    {
        var task = LearnedTask.Get("hist");
        var program = DiscreteProgram.From(new RelaxedProgram(new ProgramLayout(task, new LearnedConfig()), 4), task);
        Assert.Throws<ArgumentException>(() => program.Run([]));
        Assert.Throws<ArgumentException>(() => program.Run([2, 3]));          // no BOS
        Assert.Throws<ArgumentException>(() => program.Run([1, 9]));          // outside the vocabulary
        Assert.Throws<ArgumentException>(() => program.Run(new int[9].Select(_ => 1).ToArray())); // too long
    }
}
