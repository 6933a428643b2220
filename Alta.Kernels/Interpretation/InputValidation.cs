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

    /// <summary>The layer budget: the caller's, or the program's default; at least 1.</summary>
    public static int LayerBudget(int? maxLayers, int programDefault)
    {
        int budget = maxLayers ?? programDefault;
        if (budget < 1)
            throw new ArgumentOutOfRangeException(nameof(maxLayers), budget, "maxLayers must be at least 1.");
        return budget;
    }
}
