using System;

namespace Alta.Analysis.Metrics;

/// <summary>
/// ALTA's trace metrics: a predicted vector is right when every element is within <see cref="Tolerance"/>
/// of the target (vector accuracy); element accuracy counts elements instead of vectors.
/// </summary>
public static class Accuracy
{
    public const float Tolerance = 0.1f;

    /// <summary>The fraction of rows whose every element is within the tolerance.</summary>
    public static double Vectors(Training.Matrix prediction, Training.Matrix target)
    {
        CheckShapes(prediction, target);
        if (prediction.Rows == 0) return 1.0;
        int right = 0;
        for (int i = 0; i < prediction.Rows; i++)
        {
            var p = prediction.Row(i);
            var t = target.Row(i);
            bool all = true;
            for (int k = 0; k < p.Length && all; k++) all = Math.Abs(p[k] - t[k]) <= Tolerance;
            if (all) right++;
        }
        return (double)right / prediction.Rows;
    }

    /// <summary>The fraction of elements within the tolerance.</summary>
    public static double Elements(Training.Matrix prediction, Training.Matrix target)
    {
        CheckShapes(prediction, target);
        if (prediction.Data.Length == 0) return 1.0;
        long right = 0;
        for (int i = 0; i < prediction.Data.Length; i++)
            if (Math.Abs(prediction.Data[i] - target.Data[i]) <= Tolerance) right++;
        return (double)right / prediction.Data.Length;
    }

    static void CheckShapes(Training.Matrix prediction, Training.Matrix target)
    {
        if (prediction.Rows != target.Rows || prediction.Columns != target.Columns)
            throw new ArgumentException($"The prediction is {prediction.Rows} x {prediction.Columns} but the target is {target.Rows} x {target.Columns}.");
    }
}
