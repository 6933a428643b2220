using System;
using Alta.Analysis.Training;

namespace Alta.Analysis.Traces;

/// <summary>
/// What the feed-forward block saw and did, one row per (input, layer, position): its input in the
/// compiled residual layout, its output minus its input (the delta it adds), and which input dimensions
/// were undefined (the slice of a head output that selected nothing). This is the training set of trace
/// supervision: attention and embeddings stay compiled, an MLP learns the feed-forward block.
/// </summary>
public sealed class FeedForwardTrace
{
    public FeedForwardTrace(ModelLayout layout, Matrix inputs, Matrix deltas, Matrix undefined,
        int[] example, int[] layer, int[] position, int[] length)
    {
        int rows = inputs.Rows;
        if (deltas.Rows != rows || undefined.Rows != rows || example.Length != rows || layer.Length != rows || position.Length != rows || length.Length != rows)
            throw new ArgumentException("Every part of a trace needs one entry per row.");
        Layout = layout;
        Inputs = inputs;
        Deltas = deltas;
        Undefined = undefined;
        Example = example;
        Layer = layer;
        Position = position;
        Length = length;
    }

    public ModelLayout Layout { get; }

    /// <summary>The feed-forward input (the residual after attention), rows x d_model.</summary>
    public Matrix Inputs { get; }

    /// <summary>The feed-forward output minus its input, rows x d_model.</summary>
    public Matrix Deltas { get; }

    /// <summary>1 where the input dimension belongs to a null (undefined) head output, else 0.</summary>
    public Matrix Undefined { get; }

    /// <summary>Which input (of the traced set) each row comes from.</summary>
    public int[] Example { get; }

    /// <summary>The layer, from 1.</summary>
    public int[] Layer { get; }

    public int[] Position { get; }

    /// <summary>The input's length in tokens.</summary>
    public int[] Length { get; }

    public int Rows => Inputs.Rows;

    /// <summary>A copy whose undefined input dimensions hold uniform noise in [-<paramref name="range"/>, <paramref name="range"/>)
    /// (ALTA uses 10), so a model trained on it cannot depend on them. The deltas are unchanged.</summary>
    public FeedForwardTrace WithNoise(int seed, float range = 10f)
    {
        var random = new Random(seed);
        var noisy = new Matrix(Inputs.Rows, Inputs.Columns, (float[])Inputs.Data.Clone());
        for (int i = 0; i < noisy.Data.Length; i++)
        {
            if (Undefined.Data[i] != 0f)
                noisy.Data[i] = (float)((random.NextDouble() * 2 - 1) * range);
        }
        return new FeedForwardTrace(Layout, noisy, Deltas, Undefined, Example, Layer, Position, Length);
    }

    /// <summary>The rows whose indices are given, in that order (a split into training and held-out rows).</summary>
    public FeedForwardTrace SelectRows(int[] rows) => new(
        Layout, Inputs.SelectRows(rows), Deltas.SelectRows(rows), Undefined.SelectRows(rows),
        Array.ConvertAll(rows, r => Example[r]), Array.ConvertAll(rows, r => Layer[r]),
        Array.ConvertAll(rows, r => Position[r]), Array.ConvertAll(rows, r => Length[r]));
}
