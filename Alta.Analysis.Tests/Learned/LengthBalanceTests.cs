using Alta.Analysis.Learned;
using Adam = Alta.Analysis.Training.Adam;

namespace Alta.Analysis.Tests.Learned;

/// <summary><c>--balance-lengths</c>: each training input weighted by the inverse frequency of its length.</summary>
public class LengthBalanceTests
{
    static LabelledSequence Input(int symbols) => new([1, .. Enumerable.Repeat(3, symbols), 2], [-1, .. Enumerable.Repeat(0, symbols), -1]);

    [Fact]
    public void PowerOneGivesEveryLengthTheSameTotalWeight()
    {
        // Three inputs of one symbol, one of two symbols.
        var train = new[] { Input(1), Input(2), Input(1), Input(1) };
        var weights = LengthBalance.Weights(train, 1);
        Assert.Equal(1.0, weights.Average(), 12);
        Assert.Equal(weights[1], weights[0] + weights[2] + weights[3], 12);
        Assert.Equal([1.0, 1.0, 1.0, 1.0], LengthBalance.Weights(train, 0));
        // Half way: 3^-0.5 against 1.
        var half = LengthBalance.Weights(train, 0.5);
        Assert.Equal(Math.Sqrt(3), half[1] / half[0], 12);
    }

    [Fact]
    public void PowerOutsideZeroToOneIsRejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => LengthBalance.Weights([Input(1)], 1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => LengthBalance.Weights([Input(1)], double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Trainer(new LearnedConfig { BalanceLengths = -0.5 }));
    }

    [Fact]
    public void DrawPicksInputsInProportionToTheirWeights()
    {
        var weights = Enumerable.Repeat(new[] { 1.0, 3.0, 0.0, 4.0 }, 10000).SelectMany(w => w).ToArray();
        var drawn = LengthBalance.Draw(weights, new Random(7));
        Assert.Equal(weights.Length, drawn.Length);
        double Share(int input) => drawn.Count(i => i % 4 == input) / (double)drawn.Length;
        // 40,000 draws: a share's standard deviation is at most 0.0025.
        Assert.InRange(Share(0), 1 / 8.0 - 0.01, 1 / 8.0 + 0.01);
        Assert.InRange(Share(1), 3 / 8.0 - 0.01, 3 / 8.0 + 0.01);
        Assert.Equal(0.0, Share(2));
        Assert.InRange(Share(3), 4 / 8.0 - 0.01, 4 / 8.0 + 0.01);
    }

    /// <summary>A weighted input's loss and gradient are its unweighted ones times its weight.</summary>
    [Fact]
    public void WeightScalesAnInputsLossAndGradient()
    {
        var task = LearnedTask.Get("reverse");
        var train = LearnedDataset.Generate(task, 200, seed: 1).Train;
        var batch = new[] { train.First(e => e.Tokens.Length == 4), train.First(e => e.Tokens.Length == 8) };
        (float[][] Gradients, double Loss) Step(double[]? weights)
        {
            var program = new RelaxedProgram(new ProgramLayout(task, new LearnedConfig { Layers = 2, CategoricalHeads = 1, CountHeads = 1, Mlps = 1 }), seed: 3);
            var parameters = program.Parameters();
            double loss = Trainer.Step(program, parameters, new Adam(parameters, 0.01f), batch, new Random(5), 0.7, LossMean.Sequence, out _, weights);
            return (parameters.Select(p => p.Gradient.ToArray()).ToArray(), loss);
        }
        var (plain, plainLoss) = Step(null);
        var (weighted, weightedLoss) = Step([0.5, 0.5]);
        var (skewed, _) = Step([1.5, 0.5]);
        Assert.Equal(plainLoss / 2, weightedLoss, 9);
        bool differs = false;
        for (int p = 0; p < plain.Length; p++)
            for (int i = 0; i < plain[p].Length; i++)
            {
                Assert.True(Math.Abs(weighted[p][i] - plain[p][i] / 2) <= 1e-6 + 1e-4 * Math.Abs(plain[p][i]), $"parameter {p}[{i}]");
                differs |= Math.Abs(skewed[p][i] - plain[p][i]) > 1e-4 + 1e-2 * Math.Abs(plain[p][i]);
            }
        Assert.True(differs, "weighting the inputs unevenly should change the gradient");
    }
}
