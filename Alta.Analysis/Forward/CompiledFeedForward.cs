using System;
using Alta.Forward;

namespace Alta.Analysis.Forward;

/// <summary>
/// The compiled feed-forward network of a model (clipped-ReLU hidden layers, then <c>W_out</c>), dense, in
/// the reference pass's arithmetic. It can report every hidden layer's activations, which is what rule
/// coverage counts.
/// </summary>
public sealed class CompiledFeedForward : IFeedForward
{
    readonly AltaModel model;
    readonly float[][] layers;
    readonly float[] output;

    public CompiledFeedForward(AltaModel model)
    {
        this.model = model;
        layers = Array.ConvertAll(model.Weights.FeedForward, layer => layer.Weights.ToDense());
        output = model.Weights.FeedForwardOutput.ToDense();
    }

    /// <summary>Called with (hidden layer index, activations of every position, positions) during <see cref="Apply"/>, when set.</summary>
    public Action<int, float[], int>? HiddenObserver { get; set; }

    public void Apply(ReadOnlySpan<float> input, Span<float> delta, int positions)
    {
        var current = input.ToArray();
        int width = model.Layout.ModelWidth;
        for (int l = 0; l < layers.Length; l++)
        {
            var layer = model.Weights.FeedForward[l];
            var hidden = new float[positions * layer.Width];
            DenseRows.Multiply(current, positions, width, layers[l], layer.Width, hidden);
            for (int i = 0; i < positions; i++)
                ClippedRelu.AddBiasAndClip(hidden.AsSpan(i * layer.Width, layer.Width), layer.Bias);
            HiddenObserver?.Invoke(l, hidden, positions);
            current = hidden;
            width = layer.Width;
        }
        DenseRows.Multiply(current, positions, width, output, model.Layout.ModelWidth, delta);
    }
}
