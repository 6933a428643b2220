using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Analysis.Training;

/// <summary>
/// A multi-layer perceptron: dense layers with a ReLU between them (none after the last), e.g. sizes
/// <c>[d, 128, 128, d]</c>. The weights are drawn from <see cref="Random"/> with the given seed, so the same
/// seed gives the same network.
/// </summary>
public sealed class Mlp
{
    readonly DenseLayer[] layers;

    public Mlp(IReadOnlyList<int> sizes, int seed)
    {
        if (sizes.Count < 2)
            throw new ArgumentException($"An MLP needs at least an input and an output size, not {sizes.Count} sizes.", nameof(sizes));
        var random = new Random(seed);
        layers = new DenseLayer[sizes.Count - 1];
        for (int l = 0; l < layers.Length; l++)
            layers[l] = new DenseLayer(sizes[l], sizes[l + 1], random, $"layer{l}");
        Sizes = sizes.ToArray();
        Parameters = layers.SelectMany(layer => new[] { layer.Weight, layer.Bias }).ToArray();
    }

    /// <summary>Input size, hidden sizes, output size.</summary>
    public IReadOnlyList<int> Sizes { get; }

    public IReadOnlyList<DenseLayer> Layers => layers;

    /// <summary>Every weight and bias, in layer order (what an optimiser updates).</summary>
    public IReadOnlyList<Parameter> Parameters { get; }

    public int Inputs => Sizes[0];

    public int Outputs => Sizes[^1];

    /// <summary>The network's output for each row of <paramref name="input"/>.</summary>
    public Matrix Predict(Matrix input) => Forward(input)[^1];

    /// <summary>Forward and backward on one minibatch: sets every parameter's gradient of the MSE loss and returns the loss.</summary>
    public float ComputeGradients(Matrix input, Matrix target)
    {
        var activations = Forward(input);
        var output = activations[^1];
        var gradient = new Matrix(output.Rows, output.Columns);
        float loss = MeanSquaredError.Loss(output, target, gradient);
        for (int l = layers.Length - 1; l >= 0; l--)
        {
            gradient = layers[l].Backward(activations[l], gradient);
            if (l > 0)
                Relu.Backward(activations[l], gradient);
        }
        return loss;
    }

    // activations[0] is the input, activations[l + 1] the output of layer l (after its ReLU, except the last).
    Matrix[] Forward(Matrix input)
    {
        if (input.Columns != Inputs)
            throw new ArgumentException($"The MLP takes {Inputs} inputs per row, not {input.Columns}.", nameof(input));
        var activations = new Matrix[layers.Length + 1];
        activations[0] = input;
        for (int l = 0; l < layers.Length; l++)
        {
            activations[l + 1] = layers[l].Forward(activations[l]);
            if (l < layers.Length - 1)
                Relu.Apply(activations[l + 1]);
        }
        return activations;
    }
}
