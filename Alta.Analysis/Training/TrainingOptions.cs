using System.Collections.Generic;

namespace Alta.Analysis.Training;

/// <summary>How <see cref="Trainer"/> trains: the MLP's hidden sizes, Adam's learning rate, minibatches, the seed and when to stop.</summary>
public sealed record TrainingOptions
{
    /// <summary>Hidden layer sizes between input and output (ALTA: two layers of 128).</summary>
    public IReadOnlyList<int> Hidden { get; init; } = [128, 128];

    public float LearningRate { get; init; } = 1e-3f;

    public int BatchSize { get; init; } = 256;

    /// <summary>Seeds the weights and the minibatch order: the same seed and data give the same run.</summary>
    public int Seed { get; init; } = 1;

    public int MaxSteps { get; init; } = 20_000;

    /// <summary>Evaluate (and report progress) every this many steps.</summary>
    public int EvaluateEvery { get; init; } = 250;

    /// <summary>Stop once vector accuracy on the evaluation rows reaches this (1 = every vector within 0.1).</summary>
    public double StopAtAccuracy { get; init; } = 1.0;

    /// <summary>Stop after this many evaluations without a lower evaluation loss.</summary>
    public int Patience { get; init; } = 8;

    /// <summary>Stop after this much wall time, whatever else (keeps a run within its budget on a shared machine).</summary>
    public double MaxSeconds { get; init; } = 540;
}
