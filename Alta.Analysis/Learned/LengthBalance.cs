using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Analysis.Learned;

/// <summary>
/// Weights for the training inputs that make every input length count for about as much in the loss
/// (<see cref="LearnedConfig.BalanceLengths"/>). Dropping duplicate inputs leaves few short ones (reverse and sort:
/// at most 780 of about 14,000 inputs have 4 symbols or fewer), so a program that is right for the long lengths
/// only already fits 98% of the training positions; weighting each input by <c>1 / count(its length)^power</c>
/// makes a program that is right at every length pay. This changes the training objective, not the data: the
/// inputs, the splits and how accuracy is measured stay the same.
/// </summary>
public static class LengthBalance
{
    /// <summary>
    /// One weight per input of <paramref name="train"/>: <c>count(length)^-power</c>, scaled so that the weights
    /// average 1 (the loss keeps its scale). A power of 0 weighs every input alike; 1 gives every length the same
    /// total weight. The length is the number of tokens, BOS and EOS included.
    /// </summary>
    public static double[] Weights(IReadOnlyList<LabelledSequence> train, double power)
    {
        if (!(power >= 0 && power <= 1)) throw new ArgumentOutOfRangeException(nameof(power), $"The length-balancing power must be in [0, 1], not {power}.");
        var counts = train.GroupBy(e => e.Tokens.Length).ToDictionary(g => g.Key, g => g.Count());
        var raw = train.Select(e => Math.Pow(counts[e.Tokens.Length], -power)).ToArray();
        double mean = raw.Length == 0 ? 1 : raw.Average();
        return raw.Select(w => w / mean).ToArray();
    }

    /// <summary>
    /// One epoch of <see cref="LengthBalancing.Sample"/>: as many inputs as there are weights, drawn with replacement
    /// with probability proportional to their weights. In expectation the same objective as weighting the loss,
    /// with every batch's inputs weighing alike, so a rare length no longer makes a few batches' gradients huge.
    /// </summary>
    public static int[] Draw(IReadOnlyList<double> weights, Random random)
    {
        var cumulative = new double[weights.Count];
        double total = 0;
        for (int i = 0; i < weights.Count; i++) cumulative[i] = total += weights[i];
        var drawn = new int[weights.Count];
        for (int k = 0; k < drawn.Length; k++)
        {
            int i = Array.BinarySearch(cumulative, random.NextDouble() * total);
            drawn[k] = Math.Min(i < 0 ? ~i : i, weights.Count - 1);
        }
        return drawn;
    }
}

/// <summary>How <see cref="LearnedConfig.BalanceLengths"/> acts: by weighting each input's loss, or by drawing each epoch's inputs.</summary>
public enum LengthBalancing { Weight, Sample }
