using System;

namespace Alta.Analysis.Training;

/// <summary>
/// A fully connected layer <c>y = x W + b</c> (<c>W</c> is inputs x outputs, the compiled models'
/// convention). <see cref="Backward"/> overwrites the parameters' gradients and returns the gradient with
/// respect to the input.
/// </summary>
public sealed class DenseLayer
{
    /// <summary>He-uniform weights, <c>U(-sqrt(6/inputs), sqrt(6/inputs))</c>, drawn from <paramref name="random"/>; zero biases.</summary>
    public DenseLayer(int inputs, int outputs, Random random, string name = "dense")
    {
        if (inputs <= 0 || outputs <= 0)
            throw new ArgumentOutOfRangeException(nameof(inputs), $"A dense layer needs positive sizes, not {inputs} -> {outputs}.");
        Inputs = inputs;
        Outputs = outputs;
        var weight = new float[inputs * outputs];
        double limit = Math.Sqrt(6.0 / inputs);
        for (int i = 0; i < weight.Length; i++)
            weight[i] = (float)((random.NextDouble() * 2 - 1) * limit);
        Weight = new Parameter(name + ".weight", weight);
        Bias = new Parameter(name + ".bias", new float[outputs]);
    }

    public int Inputs { get; }

    public int Outputs { get; }

    /// <summary>Row-major, <see cref="Inputs"/> x <see cref="Outputs"/>.</summary>
    public Parameter Weight { get; }

    public Parameter Bias { get; }

    public Matrix WeightMatrix => new(Inputs, Outputs, Weight.Value);

    public Matrix Forward(Matrix input)
    {
        var output = new Matrix(input.Rows, Outputs);
        MatrixProducts.Multiply(input, WeightMatrix, output);
        MatrixProducts.AddToRows(output, Bias.Value);
        return output;
    }

    /// <summary>Given the input of the forward pass and dLoss/dOutput: sets dLoss/dW and dLoss/db, returns dLoss/dInput.</summary>
    public Matrix Backward(Matrix input, Matrix outputGradient)
    {
        MatrixProducts.MultiplyTransposedLeft(input, outputGradient, new Matrix(Inputs, Outputs, Weight.Gradient));
        MatrixProducts.SumRows(outputGradient, Bias.Gradient);
        var inputGradient = new Matrix(input.Rows, Inputs);
        MatrixProducts.MultiplyTransposedRight(outputGradient, WeightMatrix, inputGradient);
        return inputGradient;
    }
}
