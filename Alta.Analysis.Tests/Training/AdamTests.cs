using Alta.Analysis.Training;

namespace Alta.Analysis.Tests.Training;

public class AdamTests
{
    [Fact]
    public void FirstStepMovesEachValueByTheLearningRateAgainstItsGradient()
    {
        // With bias correction the first update is lr * g / |g| (up to epsilon), whatever the gradient's size.
        var parameter = new Parameter("p", [1f, 1f, 1f]);
        parameter.Gradient[0] = 100f;
        parameter.Gradient[1] = -0.01f;
        parameter.Gradient[2] = 0f;
        new Adam([parameter], learningRate: 0.1f).Step();
        Assert.Equal(0.9f, parameter.Value[0], 5);
        Assert.Equal(1.1f, parameter.Value[1], 5);
        Assert.Equal(1f, parameter.Value[2]);
    }

    [Fact]
    public void MinimisesAQuadratic()
    {
        var parameter = new Parameter("p", [5f, -3f]);
        var adam = new Adam([parameter], learningRate: 0.05f);
        for (int step = 0; step < 2000; step++)
        {
            parameter.Gradient[0] = 2 * (parameter.Value[0] - 1);   // (x - 1)^2
            parameter.Gradient[1] = 2 * (parameter.Value[1] + 2);   // (y + 2)^2
            adam.Step();
        }
        Assert.Equal(1f, parameter.Value[0], 2);
        Assert.Equal(-2f, parameter.Value[1], 2);
        Assert.Equal(2000, adam.Steps);
    }

    [Fact]
    public void TrainingIsReproducibleForASeed()
    {
        static float[] Train(int seed)
        {
            var mlp = new Mlp([6, 128, 128, 4], seed);
            var adam = new Adam(mlp.Parameters);
            var (input, target) = GradientCheckTests.RandomBatch(rows: 64, inputs: 6, outputs: 4, seed: 1);
            for (int step = 0; step < 5; step++)
            {
                mlp.ComputeGradients(input, target);
                adam.Step();
            }
            return mlp.Predict(input).Data;
        }

        Assert.Equal(Train(7), Train(7));
        Assert.NotEqual(Train(7), Train(8));
    }
}
