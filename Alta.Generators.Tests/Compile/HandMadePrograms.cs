namespace Alta.Generators.Tests.Compile;

/// <summary>Programs of examples.md written directly as rules, for testing the compiler on its own.</summary>
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
}
