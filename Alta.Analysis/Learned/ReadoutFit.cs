using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Analysis.Learned;

/// <summary>
/// Refits the read-out of a discretised program on its training set. Once every other choice is fixed the
/// variables are fixed functions of the input, and the best table over two of them is known exactly: for each
/// pair of values, the label seen most often with it. Every pair of variables is tried and the one whose table
/// is right most often on the training set wins, so the read-out is at least as good on the training set as
/// the one the gradient found. This stands in for the paper's linear classifier over the whole residual (see
/// docs/learned-programs.md): both are fitted to fixed features, but this one stays a table over two variables,
/// which decompiles to an ALTA MLP.
/// </summary>
public static class ReadoutFit
{
    /// <summary>
    /// The program with the best read-out over two variables. A value pair never seen in training falls back to
    /// the label most often seen with the first variable's value, then to the most frequent label overall.
    /// </summary>
    public static DiscreteProgram Refit(DiscreteProgram program, IReadOnlyList<LabelledSequence> train)
    {
        if (train.Count == 0) return program;
        int variables = program.Variables.Length, width = program.Width, classes = program.Labels.Length;
        var rows = Rows(program, train, out var labels);
        if (labels.Length == 0) return program;

        var learned = program.Modules[^1];
        int[]? bestTable = null;
        (int First, int Second) best = (learned.Reads[0], learned.Reads[1]);
        long bestRight = -1;
        // The learned pair first, so that it is kept unless another pair is strictly better.
        foreach (var (a, b) in Pairs(variables).Prepend(best))
        {
            var (table, right) = Fit(rows[a], rows[b], labels, width, classes);
            if (right > bestRight) { bestRight = right; bestTable = table; best = (a, b); }
        }
        var readout = learned with { Reads = [best.First, best.Second], Table = bestTable! };
        return program with { Modules = [.. program.Modules[..^1], readout] };
    }

    static IEnumerable<(int, int)> Pairs(int variables)
    {
        for (int a = 0; a < variables; a++)
            for (int b = a; b < variables; b++) yield return (a, b);
    }

    /// <summary>Per variable, its value at every labelled training position; <paramref name="labels"/> the labels there.</summary>
    static int[][] Rows(DiscreteProgram program, IReadOnlyList<LabelledSequence> train, out int[] labels)
    {
        var values = Enumerable.Range(0, program.Variables.Length).Select(_ => new List<int>()).ToArray();
        var labelList = new List<int>();
        foreach (var example in train)
        {
            var run = program.Run(example.Tokens).Values;
            for (int i = 0; i < example.Labels.Length; i++)
            {
                if (example.Labels[i] < 0) continue;
                labelList.Add(example.Labels[i]);
                for (int v = 0; v < values.Length; v++) values[v].Add(run[v][i]);
            }
        }
        labels = labelList.ToArray();
        return values.Select(v => v.ToArray()).ToArray();
    }

    /// <summary>The majority table over (first, second) and how many training positions it gets right.</summary>
    static (int[] Table, long Right) Fit(int[] first, int[] second, int[] labels, int width, int classes)
    {
        var pairCounts = new int[width * width * classes];
        var firstCounts = new int[width * classes];
        var overall = new int[classes];
        for (int i = 0; i < labels.Length; i++)
        {
            pairCounts[(first[i] * width + second[i]) * classes + labels[i]]++;
            firstCounts[first[i] * classes + labels[i]]++;
            overall[labels[i]]++;
        }
        int fallback = ArgMax(overall, 0, classes);
        var table = new int[width * width];
        long right = 0;
        for (int cell = 0; cell < table.Length; cell++)
        {
            int seen = 0;
            for (int c = 0; c < classes; c++) seen += pairCounts[cell * classes + c];
            if (seen > 0)
            {
                table[cell] = ArgMax(pairCounts, cell * classes, classes);
                right += pairCounts[cell * classes + table[cell]];
                continue;
            }
            int a = cell / width, seenA = 0;
            for (int c = 0; c < classes; c++) seenA += firstCounts[a * classes + c];
            table[cell] = seenA > 0 ? ArgMax(firstCounts, a * classes, classes) : fallback;
        }
        return (table, right);
    }

    /// <summary>The first index of the largest count in <c>counts[offset .. offset+length)</c>, relative to offset.</summary>
    static int ArgMax(int[] counts, int offset, int length)
    {
        int best = 0;
        for (int i = 1; i < length; i++)
            if (counts[offset + i] > counts[offset + best]) best = i;
        return best;
    }
}
