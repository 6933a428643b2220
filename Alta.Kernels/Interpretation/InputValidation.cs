using System;

namespace Alta.Interpretation;

/// <summary>The input checks shared by <c>Run</c> and <c>Interpret</c>: nothing is computed from bad input.</summary>
public static class InputValidation
{
    /// <summary>Throws <see cref="ArgumentException"/> naming the problem when the tokens cannot be run.</summary>
    public static void Check(ReadOnlySpan<int> tokens, int vocabulary, int maxLength)
    {
        if (tokens.IsEmpty)
            throw new ArgumentException("The input is empty; a run needs at least one token.", nameof(tokens));
        if (maxLength > 0 && tokens.Length > maxLength)
            throw new ArgumentException($"The input has {tokens.Length} tokens but the program's MaxLength is {maxLength}.", nameof(tokens));
        for (int i = 0; i < tokens.Length; i++)
            if ((uint)tokens[i] >= (uint)vocabulary)
                throw new ArgumentException($"Token {tokens[i]} at position {i} is outside the vocabulary 0..{vocabulary - 1}.", nameof(tokens));
    }

    /// <summary>The largest layer budget a run accepts. A program that has not halted after a million layers is
    /// almost certainly not going to; a budget of int.MaxValue on such an input would run for hours, not fail.</summary>
    public const int MaxLayerBudget = 1_000_000;

    /// <summary>The layer budget: the caller's, or the program's default; from 1 to <see cref="MaxLayerBudget"/>.</summary>
    public static int LayerBudget(int? maxLayers, int programDefault)
    {
        int budget = maxLayers ?? programDefault;
        if (budget < 1)
            throw new ArgumentOutOfRangeException(nameof(maxLayers), budget, "maxLayers must be at least 1.");
        if (budget > MaxLayerBudget)
            throw new ArgumentOutOfRangeException(nameof(maxLayers), budget, $"maxLayers must be at most {MaxLayerBudget:N0}.");
        return budget;
    }
}
