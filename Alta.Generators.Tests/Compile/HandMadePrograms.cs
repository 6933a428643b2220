namespace Alta.Generators.Tests.Compile;

/// <summary>The task's example programs written directly as rules, for testing the compiler on its own.</summary>
internal static class HandMadePrograms
{
    /// <summary>Parity, sequential and relative: token 2 starts, each position takes its left neighbour's parity once it is done.</summary>
    public static (HandMadeProgram Program, int Output, int Halt) RelativeParity()
    {
        var p = new HandMadeProgram { Name = "RelativeParity", Vocabulary = 3 };
        int parity = p.Categorical("Parity", 2, fromToken: t => t == 1 ? 1 : 0);
        int done = p.Categorical("Done", 2, fromToken: t => t == 2 ? 1 : 0);
        int parityLeft = p.Head("ParityLeft", parity, offsets: [-1]);
        int doneLeft = p.Head("DoneLeft", done, offsets: [-1]);
        // if (!Done && DoneLeft == true) { Parity ^= ParityLeft ?? false; Done = true; }
        p.Rule(done, 1, (done, [0]), (doneLeft, [1]));
        p.Rule(parity, 1, (done, [0]), (doneLeft, [1]), (parityLeft, [1]), (parity, [0]));
        p.Rule(parity, 0, (done, [0]), (doneLeft, [1]), (parityLeft, [1]), (parity, [1]));
        return (p, parity, done);
    }

    /// <summary>
    /// Sum mod 2 through a numerical mean: every position selects the ones and the end marker (token 2); the mean
    /// of "is end" is 1/(k+1) for k ones. The output is numerical: 1 for an odd count, 0.5 for even (0 before).
    /// </summary>
    public static (HandMadeProgram Program, int Output, int Halt) SumModTwo(int maxOnes = 40)
    {
        var p = new HandMadeProgram { Name = "SumModTwo", Vocabulary = 3 };
        int constant = p.Categorical("Constant", 2, fromToken: _ => 1);
        int counted = p.Categorical("Counted", 2, fromToken: t => t >= 1 ? 1 : 0);
        int isEnd = p.Numerical("IsEnd", [0, 1], fromToken: t => t == 2 ? 1 : 0);
        var centres = Enumerable.Range(1, maxOnes + 1).Select(k => 1.0 / k).Reverse().ToArray(); // ascending: 1/(m+1) .. 1
        int mean = p.Head("Mean", isEnd, query: constant, key: counted, centres: centres);
        int half = p.Numerical("Half", [0, 0.5, 1]);
        int done = p.Categorical("Done", 2);
        for (int bucket = 0; bucket < centres.Length; bucket++)
        {
            int ones = (int)Math.Round(1 / centres[bucket]) - 1;
            p.Rule(half, ones % 2 == 1 ? 2 : 1, (done, [0]), (mean, [bucket]));
        }
        p.Rule(done, 1, (done, [0]));
        return (p, half, done);
    }

    /// <summary>
    /// Sorting distinct tokens after BOS (token 0): a set query {0..token} over the tokens counts the smaller ones
    /// (mean of "is BOS" = 1/(w+1)), the MLP stores the target position w, and a second head (a Where
    /// relation between the index and the target, whose ranges differ) fetches the token whose target is my index.
    /// </summary>
    public static (HandMadeProgram Program, int Output, int Halt) SortUnique()
    {
        const int n = 16;
        var p = new HandMadeProgram { Name = "SortUnique", Vocabulary = n, MaxLength = n };
        int token = p.Categorical("Token", n, fromToken: t => t);
        int upTo = p.Set("UpTo", n, Enumerable.Range(0, n).Select(t => Enumerable.Range(0, t + 1).ToArray()).ToArray(), fromToken: t => t);
        int isBos = p.Numerical("IsBos", [0, 1], fromToken: t => t == 0 ? 1 : 0);
        int index = p.Categorical("Index", n, fromPosition: i => i);
        int target = p.Categorical("Target", n + 1, fromToken: _ => n);
        int phase = p.Categorical("Phase", 2);
        int done = p.Categorical("Done", 2);
        int output = p.Categorical("Sorted", n);
        var centres = Enumerable.Range(1, n).Select(k => 1.0 / k).Reverse().ToArray();
        int width = p.Head("Width", isBos, query: upTo, key: token, centres: centres);
        int fetched = p.Head("Fetched", token, query: index, key: target, where: (i, t) => i == t);
        for (int bucket = 0; bucket < centres.Length; bucket++)
            p.Rule(target, (int)Math.Round(1 / centres[bucket]) - 1, (phase, [0]), (width, [bucket]));
        for (int v = 0; v < n; v++) p.Rule(output, v, (phase, [1]), (fetched, [v]));
        p.Rule(phase, 1, (phase, [0]));
        p.Rule(done, 1, (phase, [1]));
        return (p, output, done);
    }

    /// <summary>
    /// A set variable that the MLP reads and rewrites (expansion of the set into its possible sets, and
    /// membership bits written and cleared), used as an attention query, and the output.
    /// </summary>
    public static (HandMadeProgram Program, int Output, int Halt) SetRotation()
    {
        var p = new HandMadeProgram { Name = "SetRotation", Vocabulary = 4 };
        int token = p.Categorical("Token", 4, fromToken: t => t);
        int[][] sets = [[], [0, 1], [2], [1, 3]];
        int set = p.Set("Chosen", 4, sets, fromToken: t => t);
        int isZero = p.Numerical("IsZero", [0, 1], fromToken: t => t == 0 ? 1 : 0);
        var centres = Enumerable.Range(0, 41).Select(k => k / 40.0).ToArray();
        int share = p.Head("Share", isZero, query: set, key: token, centres: centres);
        int steps = p.Categorical("Steps", 3);
        int done = p.Categorical("Done", 2);
        for (int s = 0; s < sets.Length; s++)
            for (int k = 0; k < 3; k++)
                p.Rule(set, (s + 1) % sets.Length, (set, [s]), (steps, [k]), (share, k == 0 ? [-1] : Enumerable.Range(0, 41).ToArray()));
        p.Rule(steps, 1, (steps, [0]));
        p.Rule(steps, 2, (steps, [1]));
        p.Rule(done, 1, (steps, [1]));
        return (p, set, done);
    }

    /// <summary>
    /// Plain assignments to a numerical and a set variable from the token (rules that do not test the old
    /// value): cheaper in two stages, so the compiler writes them with write and clear units.
    /// </summary>
    public static (HandMadeProgram Program, int Output, int Halt) TwoStageWrites()
    {
        var p = new HandMadeProgram { Name = "TwoStageWrites", Vocabulary = 8 };
        int token = p.Categorical("Token", 8, fromToken: t => t);
        var centres = Enumerable.Range(0, 8).Select(k => k * 0.75 - 2).ToArray();
        int level = p.Numerical("Level", centres);
        int chosen = p.Set("Chosen", 8, Enumerable.Range(0, 8).Select(k => Enumerable.Range(0, k).ToArray()).ToArray());
        int phase = p.Categorical("Phase", 2);
        int done = p.Categorical("Done", 2);
        int left = p.Head("LevelLeft", level, offsets: [-1]);
        for (int t = 0; t < 8; t++)
        {
            p.Rule(level, t, (phase, [0]), (token, [t]));
            p.Rule(chosen, 7 - t, (phase, [1]), (token, [t]));
        }
        // Second step: copy the left neighbour's level (a numerical head read through its buckets; null leaves it).
        for (int b = 0; b < 8; b++) p.Rule(level, b, (phase, [1]), (left, [b]));
        p.Rule(phase, 1, (phase, [0]));
        p.Rule(done, 1, (phase, [1]));
        return (p, level, done);
    }
}
