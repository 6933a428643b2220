using System;

namespace Alta.Analysis.Training;

/// <summary>The mean squared error over every element of a batch, <c>mean((p - t)^2)</c>.</summary>
public static class MeanSquaredError
{
    /// <summary>The loss; when <paramref name="gradient"/> is given it receives dLoss/dPrediction.</summary>
    public static float Loss(Matrix prediction, Matrix target, Matrix? gradient = null)
    {
        if (prediction.Rows != target.Rows || prediction.Columns != target.Columns)
            throw new ArgumentException(
                $"The prediction is {prediction.Rows} x {prediction.Columns} but the target is {target.Rows} x {target.Columns}.");
        var p = prediction.Data;
        var t = target.Data;
        float scale = p.Length == 0 ? 0f : 2f / p.Length;
        double sum = 0;
        for (int i = 0; i < p.Length; i++)
        {
            float difference = p[i] - t[i];
            sum += (double)difference * difference;
            if (gradient is not null)
                gradient.Data[i] = scale * difference;
        }
        return p.Length == 0 ? 0f : (float)(sum / p.Length);
    }
}
