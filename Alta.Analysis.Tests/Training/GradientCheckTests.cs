using Alta.Analysis.Training;

namespace Alta.Analysis.Tests.Training;

/// <summary>
/// The backward passes against central finite differences of the loss: if a hand-written derivative is
/// wrong anywhere (a transposed product, a missed ReLU mask, a bias summed over the wrong axis), some
/// entry disagrees.
/// </summary>
public class GradientCheckTests
{
    [Fact]
    public void MlpGradientsMatchFiniteDifferences()
    {
        var mlp = new Mlp([5, 7, 6, 3], seed: 3);
        var (input, target) = RandomBatch(rows: 4, inputs: 5, outputs: 3, seed: 11);
        mlp.ComputeGradients(input, target);

        foreach (var parameter in mlp.Parameters)
        {
            var analytic = (float[])parameter.Gradient.Clone();
            for (int i = 0; i < parameter.Value.Length; i++)
            {
                float numeric = NumericDerivative(parameter.Value, i, () => Loss(mlp, input, target));
                AssertClose(numeric, analytic[i], $"{parameter.Name}[{i}]");
            }
        }
    }

    [Fact]
    public void DenseLayerInputGradientMatchesFiniteDifferences()
    {
        var layer = new DenseLayer(4, 3, new Random(5));
        var (input, target) = RandomBatch(rows: 3, inputs: 4, outputs: 3, seed: 2);
        var gradient = new Matrix(3, 3);
        MeanSquaredError.Loss(layer.Forward(input), target, gradient);
        var inputGradient = layer.Backward(input, gradient);

        for (int i = 0; i < input.Data.Length; i++)
        {
            float numeric = NumericDerivative(input.Data, i, () => MeanSquaredError.Loss(layer.Forward(input), target));
            AssertClose(numeric, inputGradient.Data[i], $"input[{i}]");
        }
    }

    [Fact]
    public void MeanSquaredErrorIsTheMeanOverEveryElement()
    {
        var prediction = new Matrix(2, 2, [1f, 2f, 3f, 4f]);
        var target = new Matrix(2, 2, [1f, 0f, 0f, 4f]);
        var gradient = new Matrix(2, 2);
        Assert.Equal((0f + 4f + 9f + 0f) / 4f, MeanSquaredError.Loss(prediction, target, gradient));
        Assert.Equal([0f, 1f, 1.5f, 0f], gradient.Data);
    }

    static float Loss(Mlp mlp, Matrix input, Matrix target) => MeanSquaredError.Loss(mlp.Predict(input), target);

    static float NumericDerivative(float[] values, int index, Func<float> loss)
    {
        const float step = 1e-3f;
        float saved = values[index];
        values[index] = saved + step;
        double up = loss();
        values[index] = saved - step;
        double down = loss();
        values[index] = saved;
        return (float)((up - down) / (2 * step));
    }

    static void AssertClose(float numeric, float analytic, string what)
    {
        float tolerance = 2e-3f + 2e-2f * Math.Abs(analytic);
        Assert.True(Math.Abs(numeric - analytic) <= tolerance, $"{what}: finite difference {numeric}, backward pass {analytic}");
    }

    internal static (Matrix Input, Matrix Target) RandomBatch(int rows, int inputs, int outputs, int seed)
    {
        var random = new Random(seed);
        var input = new Matrix(rows, inputs);
        var target = new Matrix(rows, outputs);
        for (int i = 0; i < input.Data.Length; i++)
            input.Data[i] = (float)(random.NextDouble() * 2 - 1);
        for (int i = 0; i < target.Data.Length; i++)
            target.Data[i] = (float)(random.NextDouble() * 2 - 1);
        return (input, target);
    }
}
