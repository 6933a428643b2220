using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Analysis.Learned;

/// <summary>
/// Makes the read-out's float weights integer votes, so that the discretised program, the decompiled
/// <c>[Votes]</c> methods and the compiled model compute the same argmax exactly. Per (variable, value) the
/// row of class scores is centred on its median (adding a constant to a row changes no argmax, and the median
/// makes the commonest small scores round to zero), rows of values never seen in training are zeroed (they
/// were never trained), then everything is scaled so that the largest magnitude is one of <see cref="Largest"/>
/// and rounded. The scale kept is the one right most often on the training set, the smallest on ties (small
/// votes read best). Last, variables whose votes the training set does not need are silenced.
/// </summary>
public static class ReadoutVotes
{
    /// <summary>Totals of votes must stay below 2^24 in magnitude: float32 sums are exact only up to there.</summary>
    public const long Limit = 1L << 24;

    /// <summary>Largest vote magnitudes tried, smallest first.</summary>
    public static readonly int[] Largest = [1, 2, 3, 5, 10, 20, 50, 100, 200, 500, 1000];

    /// <summary>The largest vote without a training set to choose on.</summary>
    public const int DefaultLargest = 100;

    /// <param name="program">The discretised program; its votes are replaced.</param>
    /// <param name="weights">The read-out's float weights, <c>[(variable * Width + value) * Labels + label]</c>.</param>
    public static DiscreteProgram Discretise(DiscreteProgram program, float[] weights, IReadOnlyList<LabelledSequence>? train)
    {
        int variables = program.Variables.Length, width = program.Width, labels = program.Labels.Length;
        if (weights.Length != variables * width * labels)
            throw new ArgumentException($"The read-out has {weights.Length} weights, not {variables} variables x {width} values x {labels} labels.", nameof(weights));
        var features = train is null ? null : Features.Of(program, train);
        var centred = Centre(weights, variables, width, labels, features);
        double max = centred.Max(row => row.Length == 0 ? 0 : row.Max(Math.Abs));
        if (max == 0) return program with { Votes = centred.Select(row => new int[row.Length]).ToArray() };

        int[][] Scaled(int largest) => centred.Select(row => row.Select(w => (int)Math.Round(w * largest / max)).ToArray()).ToArray();
        if (features is null) return program with { Votes = Scaled(DefaultLargest) };
        int[][]? best = null;
        long bestRight = -1;
        foreach (int largest in Largest)
        {
            var votes = Scaled(largest);
            long right = features.Right(votes, labels);
            if (right > bestRight) { best = votes; bestRight = right; }
        }
        Silence(best!, bestRight, features, labels);
        return program with { Votes = best! };
    }

    /// <summary>
    /// Zeroes the votes of every variable that the training set does not need, trying the quietest first: each
    /// one stays silent if the votes without it are right at least as often. A silent variable needs no
    /// <c>[Votes]</c> method, and if nothing else reads it, no module either.
    /// </summary>
    static void Silence(int[][] votes, long right, Features features, int labels)
    {
        var order = Enumerable.Range(0, votes.Length).Where(v => votes[v].Any(x => x != 0)).OrderBy(v => votes[v].Max(Math.Abs)).ThenBy(v => v).ToList();
        // Every position's totals, kept up to date as variables fall silent: trying one is then one subtraction per
        // position, not a sum over every variable (this ran after every training epoch).
        var totals = features.Totals(votes, labels);
        foreach (int v in order)
        {
            long without = features.RightWithout(totals, votes, v, labels);
            if (without < right) continue;
            right = without;
            features.Remove(totals, votes, v, labels);
            votes[v] = new int[votes[v].Length];
        }
    }

    /// <summary>Adds the votes of one variable's <paramref name="value"/> to each label's total.</summary>
    internal static void Add(int[] votes, int value, Span<long> totals)
    {
        int offset = value * totals.Length;
        for (int k = 0; k < totals.Length; k++) totals[k] += votes[offset + k];
    }

    /// <summary>The label with the largest total, the first on ties.</summary>
    internal static int Winner(ReadOnlySpan<long> totals)
    {
        int best = 0;
        for (int k = 1; k < totals.Length; k++)
            if (totals[k] > totals[best]) best = k;
        return best;
    }

    /// <summary>Per (variable, value), the row minus its median; zero where the value never occurs in training.</summary>
    static double[][] Centre(float[] weights, int variables, int width, int labels, Features? features)
    {
        var result = new double[variables][];
        var row = new double[labels];
        for (int v = 0; v < variables; v++)
        {
            result[v] = new double[width * labels];
            for (int a = 0; a < width; a++)
            {
                if (features is not null && !features.Seen[v][a]) continue;
                int offset = (v * width + a) * labels;
                for (int k = 0; k < labels; k++) row[k] = weights[offset + k];
                var sorted = row.OrderBy(x => x).ToArray();
                double median = labels % 2 == 1 ? sorted[labels / 2] : (sorted[labels / 2 - 1] + sorted[labels / 2]) / 2;
                for (int k = 0; k < labels; k++) result[v][a * labels + k] = row[k] - median;
            }
        }
        return result;
    }

    /// <summary>The share of labelled positions that the float weights, on the discretised program's variables, get right.</summary>
    public static double FloatAccuracy(DiscreteProgram program, float[] weights, IReadOnlyList<LabelledSequence> examples)
    {
        var features = Features.Of(program, examples);
        int width = program.Width, labels = program.Labels.Length;
        long right = 0;
        var totals = new double[labels];
        for (int p = 0; p < features.Labels.Length; p++)
        {
            Array.Clear(totals);
            for (int v = 0; v < features.Values.Length; v++)
            {
                int offset = (v * width + features.Values[v][p]) * labels;
                for (int k = 0; k < labels; k++) totals[k] += weights[offset + k];
            }
            int argmax = 0;
            for (int k = 1; k < labels; k++)
                if (totals[k] > totals[argmax]) argmax = k;
            if (argmax == features.Labels[p]) right++;
        }
        return features.Labels.Length == 0 ? 0 : right / (double)features.Labels.Length;
    }

    /// <summary>Every variable's value at every labelled position of a set of examples, and the labels there.</summary>
    sealed class Features
    {
        public required int[][] Values { get; init; }

        public required int[] Labels { get; init; }

        /// <summary>Per variable and value: whether it occurs.</summary>
        public required bool[][] Seen { get; init; }

        public static Features Of(DiscreteProgram program, IReadOnlyList<LabelledSequence> examples)
        {
            var values = Enumerable.Range(0, program.Variables.Length).Select(_ => new List<int>()).ToArray();
            var labels = new List<int>();
            var seen = values.Select(_ => new bool[program.Width]).ToArray();
            foreach (var example in examples)
            {
                var run = program.Run(example.Tokens).Values;
                for (int i = 0; i < example.Labels.Length; i++)
                {
                    if (example.Labels[i] < 0) continue;
                    labels.Add(example.Labels[i]);
                    for (int v = 0; v < values.Length; v++)
                    {
                        values[v].Add(run[v][i]);
                        seen[v][run[v][i]] = true;
                    }
                }
            }
            return new Features { Values = values.Select(v => v.ToArray()).ToArray(), Labels = labels.ToArray(), Seen = seen };
        }

        /// <summary>Per labelled position, each label's total of <paramref name="votes"/> (<c>[position * labels + label]</c>).</summary>
        public long[] Totals(int[][] votes, int labels)
        {
            var totals = new long[Labels.Length * labels];
            for (int p = 0; p < Labels.Length; p++)
                for (int v = 0; v < Values.Length; v++) Add(votes[v], Values[v][p], totals.AsSpan(p * labels, labels));
            return totals;
        }

        /// <summary>What <see cref="Right"/> would count with variable <paramref name="silenced"/>'s votes zeroed, from <see cref="Totals"/>.</summary>
        public long RightWithout(long[] totals, int[][] votes, int silenced, int labels)
        {
            long right = 0;
            Span<long> without = stackalloc long[labels];
            var silencedVotes = votes[silenced];
            for (int p = 0; p < Labels.Length; p++)
            {
                int offset = Values[silenced][p] * labels;
                for (int k = 0; k < labels; k++) without[k] = totals[p * labels + k] - silencedVotes[offset + k];
                if (Winner(without) == Labels[p]) right++;
            }
            return right;
        }

        /// <summary>Takes variable <paramref name="silenced"/>'s votes out of <see cref="Totals"/>.</summary>
        public void Remove(long[] totals, int[][] votes, int silenced, int labels)
        {
            for (int p = 0; p < Labels.Length; p++)
            {
                int offset = Values[silenced][p] * labels;
                for (int k = 0; k < labels; k++) totals[p * labels + k] -= votes[silenced][offset + k];
            }
        }

        /// <summary>How many labelled positions integer <paramref name="votes"/> get right (ties to the first label).</summary>
        public long Right(int[][] votes, int labels)
        {
            long right = 0;
            var totals = new long[labels];
            for (int p = 0; p < Labels.Length; p++)
            {
                Array.Clear(totals);
                for (int v = 0; v < Values.Length; v++) Add(votes[v], Values[v][p], totals);
                if (Winner(totals) == Labels[p]) right++;
            }
            return right;
        }
    }
}
