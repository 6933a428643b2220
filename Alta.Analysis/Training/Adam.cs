using System;
using System.Collections.Generic;

namespace Alta.Analysis.Training;

/// <summary>
/// The Adam optimiser (Kingma and Ba, 2015) with bias correction, over any list of
/// <see cref="Parameter"/>s: call <see cref="Step"/> after each backward pass. The moment estimates live
/// here, one pair per parameter, so one Adam instance serves one model.
/// </summary>
public sealed class Adam
{
    readonly IReadOnlyList<Parameter> parameters;
    readonly float[][] firstMoments;
    readonly float[][] secondMoments;
    int steps;

    public Adam(IReadOnlyList<Parameter> parameters, float learningRate = 1e-3f, float beta1 = 0.9f, float beta2 = 0.999f, float epsilon = 1e-8f)
    {
        if (!(learningRate > 0f))
            throw new ArgumentOutOfRangeException(nameof(learningRate), $"The learning rate must be positive, not {learningRate}.");
        this.parameters = parameters;
        LearningRate = learningRate;
        Beta1 = beta1;
        Beta2 = beta2;
        Epsilon = epsilon;
        firstMoments = new float[parameters.Count][];
        secondMoments = new float[parameters.Count][];
        for (int p = 0; p < parameters.Count; p++)
        {
            firstMoments[p] = new float[parameters[p].Value.Length];
            secondMoments[p] = new float[parameters[p].Value.Length];
        }
    }

    /// <summary>May be changed between steps (a schedule).</summary>
    public float LearningRate { get; set; }

    public float Beta1 { get; }

    public float Beta2 { get; }

    public float Epsilon { get; }

    /// <summary>Steps taken so far.</summary>
    public int Steps => steps;

    /// <summary>Moves every parameter against its current gradient; the gradients are left as they are.</summary>
    public void Step()
    {
        steps++;
        // Bias correction folded into the step size, as in the paper's efficient form.
        double correction1 = 1 - Math.Pow(Beta1, steps);
        double correction2 = 1 - Math.Pow(Beta2, steps);
        float stepSize = (float)(LearningRate * Math.Sqrt(correction2) / correction1);
        float epsilonHat = (float)(Epsilon * Math.Sqrt(correction2));
        for (int p = 0; p < parameters.Count; p++)
        {
            var value = parameters[p].Value;
            var gradient = parameters[p].Gradient;
            var m = firstMoments[p];
            var v = secondMoments[p];
            for (int i = 0; i < value.Length; i++)
            {
                float g = gradient[i];
                m[i] = Beta1 * m[i] + (1 - Beta1) * g;
                v[i] = Beta2 * v[i] + (1 - Beta2) * g * g;
                value[i] -= stepSize * m[i] / (MathF.Sqrt(v[i]) + epsilonHat);
            }
        }
    }
}
