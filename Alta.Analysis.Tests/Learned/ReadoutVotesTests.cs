using Alta.Analysis.Learned;

namespace Alta.Analysis.Tests.Learned;

/// <summary>The read-out's float weights become integer votes that keep its answers.</summary>
public class ReadoutVotesTests
{
    /// <summary>hist's program: Count0_0 counts the positions with my token; the label is that count.</summary>
    static (DiscreteProgram Program, float[] Weights) Hist(int seed)
    {
        var task = LearnedTask.Get("hist");
        var layout = new ProgramLayout(task, new LearnedConfig { Layers = 1, CategoricalHeads = 0, CountHeads = 1, Mlps = 0 });
        var relaxed = new RelaxedProgram(layout, seed);
        var untrained = DiscreteProgram.From(relaxed, task);
        int width = untrained.Width, labels = task.Labels.Count;
        var program = untrained with { Modules = [untrained.Modules[0] with { Reads = [0, 0], Table = Enumerable.Range(0, width).ToArray() }] };
        // Small random scores everywhere (the untrained read-out), and a clear winner per count: label c - 1.
        var weights = relaxed.Readout.Value.Select(w => 0.1f * w).ToArray();
        for (int c = 1; c <= labels; c++) weights[(2 * width + c) * labels + c - 1] += 2.5f;
        return (program, weights);
    }

    [Fact]
    public void IntegerVotesKeepTheFloatClassifiersAccuracy()
    {
        var (program, weights) = Hist(seed: 1);
        var data = LearnedDataset.Generate(LearnedTask.Get("hist"), 2000, seed: 4);
        Assert.Equal(1.0, ReadoutVotes.FloatAccuracy(program, weights, data.Test));
        var voting = ReadoutVotes.Discretise(program, weights, data.Train);
        Assert.Equal(1.0, voting.Accuracy(data.Test));
        voting.CheckVotes();
        // Without a training set to choose on, the largest vote is the default.
        Assert.Equal(ReadoutVotes.DefaultLargest, ReadoutVotes.Discretise(program, weights, null).Votes.Max(row => row.Max(Math.Abs)));
    }

    [Fact]
    public void VariablesTheTrainingSetDoesNotNeedAreSilent()
    {
        // Only Count0_0 decides hist; the small random scores of Token and Position are noise.
        var (program, weights) = Hist(seed: 6);
        var data = LearnedDataset.Generate(LearnedTask.Get("hist"), 2000, seed: 6);
        var voting = ReadoutVotes.Discretise(program, weights, data.Train);
        Assert.All(voting.Votes[0], v => Assert.Equal(0, v));
        Assert.All(voting.Votes[1], v => Assert.Equal(0, v));
        Assert.Equal(1.0, voting.Accuracy(data.Test));
    }

    [Fact]
    public void ValuesNeverSeenInTrainingDoNotVote()
    {
        var (program, weights) = Hist(seed: 2);
        var data = LearnedDataset.Generate(LearnedTask.Get("hist"), 500, seed: 5);
        var voting = ReadoutVotes.Discretise(program, weights, data.Train);
        int labels = program.Labels.Length;
        // Padding never occurs, nor a position past the longest input, nor a count of 0 (a token counts itself).
        Assert.All(voting.Votes[0][..labels], v => Assert.Equal(0, v));
        Assert.All(voting.Votes[1][(8 * labels)..], v => Assert.Equal(0, v));
        Assert.All(voting.Votes[2][..labels], v => Assert.Equal(0, v));
        // Rows are centred on their median: with 7 labels, at least one vote of every seen row is 0.
        for (int c = 1; c <= 7; c++) Assert.Contains(0, voting.Votes[2][(c * labels)..((c + 1) * labels)]);
    }

    [Fact]
    public void TiesGoToTheFirstLabel()
    {
        var (program, _) = Hist(seed: 3);
        int labels = program.Labels.Length;
        var votes = program.Votes.Select(row => new int[row.Length]).ToArray();
        // Token T0 votes 5 for labels 2 and 4; Position 1 adds 1 to label 4 (breaking the tie), then 6 to label 5 (a new tie), then 7.
        votes[0][2 * labels + 2] = 5;
        votes[0][2 * labels + 4] = 5;
        Assert.Equal([0, 2], (program with { Votes = votes }).Run([1, 2]).Classes);
        votes[1][1 * labels + 4] = 1;
        Assert.Equal([0, 4], (program with { Votes = votes }).Run([1, 2]).Classes);
        votes[1][1 * labels + 5] = 6;
        Assert.Equal([0, 4], (program with { Votes = votes }).Run([1, 2]).Classes);
        votes[1][1 * labels + 5] = 7;
        Assert.Equal([0, 5], (program with { Votes = votes }).Run([1, 2]).Classes);
    }

    [Fact]
    public void VotesOfTheWrongShapeAreRejected()
    {
        var (program, weights) = Hist(seed: 4);
        Assert.Throws<ArgumentException>(() => ReadoutVotes.Discretise(program, weights[1..], null));
        var missing = program with { Votes = program.Votes[1..] };
        Assert.Contains("votes for 2 variables", Assert.Throws<InvalidOperationException>(missing.CheckVotes).Message);
    }
}
