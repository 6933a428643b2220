using System;

namespace Alta.Analysis.Learned;

/// <summary>
/// The relaxation of a discrete choice (Jang et al., 2017): <c>softmax((logits + g) / tau)</c> per row, with
/// <c>g</c> standard Gumbel noise. As tau falls the rows approach one-hot vectors at the argmax of
/// <c>logits + g</c>; after training the choice is the argmax of the logits alone.
/// </summary>
public static class GumbelSoftmax
{
    /// <summary>Fills <paramref name="noise"/> with standard Gumbel samples (zero when <paramref name="random"/> is null).</summary>
    public static void SampleNoise(Random? random, double[] noise)
    {
        for (int i = 0; i < noise.Length; i++)
        {
            if (random is null) { noise[i] = 0; continue; }
            double u = random.NextDouble();
            noise[i] = -Math.Log(-Math.Log(u * (1 - 2e-12) + 1e-12));
        }
    }

    /// <summary>Row-wise <c>softmax((logits + noise) / tau)</c> over rows of <paramref name="columns"/>.</summary>
    public static double[] Forward(float[] logits, double[] noise, double tau, int columns)
    {
        var result = new double[logits.Length];
        for (int row = 0; row < logits.Length; row += columns)
        {
            double max = double.NegativeInfinity;
            for (int c = 0; c < columns; c++) max = Math.Max(max, (logits[row + c] + noise[row + c]) / tau);
            double sum = 0;
            for (int c = 0; c < columns; c++) sum += result[row + c] = Math.Exp((logits[row + c] + noise[row + c]) / tau - max);
            for (int c = 0; c < columns; c++) result[row + c] /= sum;
        }
        return result;
    }

    /// <summary>Adds dLoss/dlogits to <paramref name="logitGradient"/> given the forward output and dLoss/doutput.</summary>
    public static void Backward(double[] output, double[] outputGradient, double tau, int columns, float[] logitGradient)
    {
        for (int row = 0; row < output.Length; row += columns)
        {
            double dot = 0;
            for (int c = 0; c < columns; c++) dot += output[row + c] * outputGradient[row + c];
            for (int c = 0; c < columns; c++)
                logitGradient[row + c] += (float)(output[row + c] * (outputGradient[row + c] - dot) / tau);
        }
    }

    /// <summary>Index of the largest entry in <c>values[offset .. offset+count)</c> (the first one on ties).</summary>
    public static int ArgMax(ReadOnlySpan<float> values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
            if (values[i] > values[best]) best = i;
        return best;
    }
}
