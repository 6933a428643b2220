namespace Alta.Generators.Tests.Samples;

/// <summary>Plain C# statements of each task, written without the ALTA model of computation.</summary>
internal static class Oracles
{
    /// <summary>The parity of the bits up to and including each position (a start marker counts as no bit).</summary>
    public static bool[] RunningParity(IReadOnlyList<int> tokens)
    {
        var parity = new bool[tokens.Count];
        bool odd = false;
        for (int i = 0; i < tokens.Count; i++)
        {
            odd ^= tokens[i] == 1;
            parity[i] = odd;
        }
        return parity;
    }

    /// <summary>Whether the number of ones is odd.</summary>
    public static bool Parity(IEnumerable<int> tokens) => tokens.Count(t => t == 1) % 2 == 1;

    /// <summary>Per position after BOS: the number of tokens after BOS.</summary>
    public static int[] Length(int[] tokens) => tokens.Select((_, i) => i == 0 ? 0 : tokens.Length - 1).ToArray();

    /// <summary>BOS, then the tokens after BOS in reverse order.</summary>
    public static int[] Reverse(int[] tokens) => tokens.Take(1).Concat(tokens.Skip(1).Reverse()).ToArray();

    /// <summary>Per position after BOS: how often its token occurs after BOS.</summary>
    public static int[] Histogram(int[] tokens) =>
        tokens.Select((t, i) => i == 0 ? 0 : tokens.Skip(1).Count(u => u == t)).ToArray();

    /// <summary>BOS, then the tokens after BOS sorted ascending.</summary>
    public static int[] Sort(int[] tokens) => tokens.Take(1).Concat(tokens.Skip(1).OrderBy(t => t)).ToArray();

    /// <summary>Per position i after BOS: the fraction of positions 1..i holding <paramref name="letter"/>.</summary>
    public static double[] FracPrevs(int[] tokens, int letter) =>
        tokens.Select((_, i) => i == 0 ? 0.0 : (double)tokens.Skip(1).Take(i).Count(t => t == letter) / i).ToArray();

    /// <summary>BOS, then the tokens after BOS ordered by frequency, most frequent first, ties by position.</summary>
    public static int[] SortFreq(int[] tokens)
    {
        var letters = tokens.Skip(1).ToArray();
        return [.. tokens.Take(1), .. letters.OrderByDescending(t => letters.Count(u => u == t))];
    }

    /// <summary>Per position after BOS: how many distinct tokens after BOS occur exactly as often as its token.</summary>
    public static int[] DoubleHistogram(int[] tokens)
    {
        var letters = tokens.Skip(1).ToArray();
        int Frequency(int t) => letters.Count(u => u == t);
        return tokens.Select((t, i) => i == 0 ? 0 : letters.Distinct().Count(u => Frequency(u) == Frequency(t))).ToArray();
    }

    /// <summary>BOS, the distinct tokens after BOS by frequency (most first, ties by first occurrence), then 0s.</summary>
    public static int[] MostFreq(int[] tokens)
    {
        var letters = tokens.Skip(1).ToArray();
        var ranked = letters.Distinct().OrderByDescending(t => letters.Count(u => u == t)).ToArray();
        return tokens.Select((_, i) => i >= 1 && i <= ranked.Length ? ranked[i - 1] : 0).ToArray();
    }

    /// <summary>Per position after BOS: how many positions after BOS hold a token occurring fewer than <paramref name="n"/> times.</summary>
    public static int[] CountLessFreq(int[] tokens, int n)
    {
        var letters = tokens.Skip(1).ToArray();
        int rare = letters.Count(t => letters.Count(u => u == t) < n);
        return tokens.Select((_, i) => i == 0 ? 0 : rare).ToArray();
    }

    /// <summary>Per position: the token <paramref name="k"/> places to the left, 0 for BOS or outside.</summary>
    public static int[] ShiftBy(int[] tokens, int k) => tokens.Select((_, i) => i - k >= 1 ? tokens[i - k] : 0).ToArray();

    /// <summary>Per position after BOS: the Dyck-1 state of the prefix of parentheses (1 = open, 2 = close).</summary>
    public static Alta.Samples.DyckState[] Dyck1(int[] tokens)
    {
        var states = new Alta.Samples.DyckState[tokens.Length];
        int balance = 0;
        bool failed = false;
        for (int i = 1; i < tokens.Length; i++)
        {
            balance += tokens[i] == 1 ? 1 : -1;
            failed |= balance < 0;
            states[i] = failed ? Alta.Samples.DyckState.Failed
                : balance == 0 ? Alta.Samples.DyckState.Balanced
                : Alta.Samples.DyckState.Pending;
        }
        return states;
    }
}
