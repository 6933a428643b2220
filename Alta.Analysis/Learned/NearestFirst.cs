namespace Alta.Analysis.Learned;

/// <summary>
/// Which selected position a categorical head copies from: the nearest one, |j - i| smallest, and between
/// the two at the same distance the earlier one. The paper breaks ties with a fixed relative-position bias
/// and, at distance one, by the order of argmax; here the order is total and is exactly ALTA's
/// <c>Preference.Nearest</c>, so the decompiled head selects the same position as the model.
/// </summary>
public static class NearestFirst
{
    /// <summary>0 for the most preferred position j seen from i, then 1, 2, ... (i itself, i-1, i+1, i-2, ...).</summary>
    public static int Rank(int i, int j) => j < i ? 2 * (i - j) - 1 : 2 * (j - i);

    /// <summary>The bias added to a head's log-score during training: ranks kept apart, all in (-1, 0].</summary>
    public static double Bias(int i, int j, int positions) => -Rank(i, j) / (2.0 * positions + 1);
}
