using System;

namespace Alta.Analysis.Learned;

/// <summary>
/// The shape of a Transformer Program and how it is trained. Defaults are the paper's RASP settings scaled
/// down to fit one training run in minutes on two cores (see docs/learned-programs.md).
/// </summary>
public sealed record LearnedConfig
{
    public int Layers { get; init; } = 2;

    /// <summary>Categorical heads per layer: each copies one variable from the position it selects.</summary>
    public int CategoricalHeads { get; init; } = 2;

    /// <summary>Numerical (count) heads per layer: each counts the positions it selects.</summary>
    public int CountHeads { get; init; } = 1;

    /// <summary>Categorical MLPs per layer: each maps two variables to a new one through a table.</summary>
    public int Mlps { get; init; } = 1;

    public int Seed { get; init; }

    public int DatasetSize { get; init; } = 20000;

    public int Epochs { get; init; } = 30;

    public int BatchSize { get; init; } = 32;

    public float LearningRate { get; init; } = 0.05f;

    /// <summary>
    /// How the per-position cross-entropy is averaged over a batch. <see cref="LossMean.Sequence"/> is the paper's
    /// (<c>--loss_agg per_token</c>: the mean over each input's labelled positions, then the mean over inputs), so a
    /// short input weighs as much as a long one; <see cref="LossMean.Position"/> weighs every labelled position alike.
    /// </summary>
    public LossMean LossMean { get; init; } = LossMean.Position;

    /// <summary>
    /// Weighs each training input by <c>1 / count(its length)^BalanceLengths</c> (<see cref="LengthBalance"/>): 0, the
    /// default and the paper's, weighs inputs alike; 1 gives every input length the same total weight.
    /// </summary>
    public double BalanceLengths { get; init; }

    /// <summary>Whether <see cref="BalanceLengths"/> weighs each input's loss or draws each epoch's inputs by those weights.</summary>
    public LengthBalancing BalanceBy { get; init; } = LengthBalancing.Weight;

    /// <summary>Gumbel-softmax temperature, annealed geometrically from <see cref="TauStart"/> to <see cref="TauEnd"/>.</summary>
    public double TauStart { get; init; } = 3.0;

    public double TauEnd { get; init; } = 0.01;

    /// <summary>Temperature of the epoch (0-based): <c>TauStart * (TauEnd / TauStart)^(epoch / (Epochs - 1))</c>.</summary>
    public double Tau(int epoch) => Epochs <= 1 ? TauEnd : TauStart * Math.Pow(TauEnd / TauStart, epoch / (double)(Epochs - 1));

    public void Validate()
    {
        if (Layers < 1) throw new ArgumentOutOfRangeException(nameof(Layers), $"A program needs at least one layer, not {Layers}.");
        if (CategoricalHeads < 0 || CountHeads < 0 || Mlps < 0) throw new ArgumentOutOfRangeException(nameof(CategoricalHeads), "Heads and MLPs per layer cannot be negative.");
        if (Epochs < 1) throw new ArgumentOutOfRangeException(nameof(Epochs), $"Training needs at least one epoch, not {Epochs}.");
        if (BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(BatchSize), $"The batch size must be positive, not {BatchSize}.");
        if (!(BalanceLengths >= 0 && BalanceLengths <= 1)) throw new ArgumentOutOfRangeException(nameof(BalanceLengths), $"The length-balancing power must be in [0, 1], not {BalanceLengths}.");
        if (!(TauStart > 0 && TauEnd > 0)) throw new ArgumentOutOfRangeException(nameof(TauStart), "Temperatures must be positive.");
    }
}

/// <summary>What the batch loss is the mean of: every labelled position, or every input's own mean (the paper's).</summary>
public enum LossMean { Position, Sequence }
