using Alta.Analysis.Learned;
using Adam = Alta.Analysis.Training.Adam;

namespace Alta.Analysis.Tests.Learned;

/// <summary>
/// The paper's loss (<see cref="LossMean.Sequence"/>): a batch's gradient and loss are the mean over its inputs of
/// each input's own per-position mean, so a short input weighs as much as a long one.
/// </summary>
public class LossMeanTests
{
    const double Tau = 0.7;

    static (float[][] Gradients, double Loss, long Count) Step(LearnedTask task, IReadOnlyList<LabelledSequence> batch, LossMean mean)
    {
        var layout = new ProgramLayout(task, new LearnedConfig { Layers = 2, CategoricalHeads = 1, CountHeads = 1, Mlps = 1 });
        var program = new RelaxedProgram(layout, seed: 3);
        var parameters = program.Parameters();
        // A fresh program and the same seed each time: the same weights and the same Gumbel noise.
        double loss = Alta.Analysis.Learned.Trainer.Step(program, parameters, new Adam(parameters, 0.01f), batch, new Random(5), Tau, mean, out long count);
        return (parameters.Select(p => p.Gradient.ToArray()).ToArray(), loss, count);
    }

    [Fact]
    public void SequenceMeanWeighsEachInputAlike()
    {
        var task = LearnedTask.Get("sort");
        var train = LearnedDataset.Generate(task, 200, seed: 1).Train;
        var shortInput = train.First(e => e.Labels.Count(l => l >= 0) == 2);
        var longInput = train.First(e => e.Labels.Count(l => l >= 0) == 6);

        var (gradients, loss, count) = Step(task, [shortInput, longInput], LossMean.Sequence);
        // Alone, with the position mean, each input's gradient and loss are its own mean over its positions.
        var (shortGradients, shortLoss, shortCount) = Step(task, [shortInput], LossMean.Position);
        var (longGradients, longLoss, longCount) = Step(task, [longInput], LossMean.Position);

        Assert.Equal(2, count);
        Assert.Equal((2L, 6L), (shortCount, longCount));
        Assert.Equal((shortLoss / 2 + longLoss / 6) / 2, loss / count, 9);
        double largest = 0;
        for (int p = 0; p < gradients.Length; p++)
            for (int i = 0; i < gradients[p].Length; i++)
            {
                double expected = (shortGradients[p][i] + longGradients[p][i]) / 2.0;
                Assert.True(Math.Abs(gradients[p][i] - expected) <= 1e-6 + 1e-4 * Math.Abs(expected), $"parameter {p}[{i}]: {gradients[p][i]}, expected {expected}");
                largest = Math.Max(largest, Math.Abs(expected));
            }
        Assert.True(largest > 1e-3, "the gradients should not all be zero");

        // The position mean differs: the long input's six positions outweigh the short one's two.
        var (positionGradients, _, positionCount) = Step(task, [shortInput, longInput], LossMean.Position);
        Assert.Equal(8, positionCount);
        Assert.Contains(Enumerable.Range(0, gradients.Length), p => Enumerable.Range(0, gradients[p].Length)
            .Any(i => Math.Abs(positionGradients[p][i] - gradients[p][i]) > 1e-4 + 1e-2 * Math.Abs(gradients[p][i])));
    }
}
