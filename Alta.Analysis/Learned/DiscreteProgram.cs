using System;
using System.Collections.Generic;
using System.Linq;

namespace Alta.Analysis.Learned;

/// <summary>
/// A discretised Transformer Program: every choice fixed by argmax. This is the learned model the paper
/// reports accuracy for; <see cref="Run"/> is its forward pass, the reference the decompiled ALTA program
/// must agree with. It is plain data, saved and loaded as JSON.
/// </summary>
public sealed record DiscreteProgram
{
    public required string Task { get; init; }

    /// <summary>Token names by id (id 0 is padding and never occurs in an input; id 1 is BOS).</summary>
    public required string[] Tokens { get; init; }

    /// <summary>Class names by id.</summary>
    public required string[] Labels { get; init; }

    public required int Positions { get; init; }

    public required bool Causal { get; init; }

    public required int Width { get; init; }

    /// <summary>Variable names in residual order: Token, Position, then one per module.</summary>
    public required string[] Variables { get; init; }

    /// <summary>In the order they run; module <c>m</c> writes variable <c>m + 2</c>.</summary>
    public required DiscreteModule[] Modules { get; init; }

    /// <summary>
    /// The read-out, the paper's linear classifier over the final residual with integer weights: per variable,
    /// per (value * Labels + label), the vote that value gives the label. At each position the class is the
    /// label with the largest total (the first on ties). See <see cref="ReadoutVotes"/>.
    /// </summary>
    public required int[][] Votes { get; init; }

    /// <summary>The <c>learn</c> command line that made the program, for the decompiled file's header.</summary>
    public string? Command { get; init; }

    /// <summary>Accuracy of the discretised program on its test set, when it was trained.</summary>
    public double? TestAccuracy { get; init; }

    /// <summary>Every variable's value at every position ([variable][position]) and the class at every position.</summary>
    public (int[][] Values, int[] Classes) Run(int[] tokens)
    {
        int n = tokens.Length;
        if (n == 0 || n > Positions) throw new ArgumentException($"An input has 1 to {Positions} tokens, not {n}.", nameof(tokens));
        if (tokens[0] != 1) throw new ArgumentException("An input starts with BOS (token 1).", nameof(tokens));
        foreach (var t in tokens)
            if (t < 1 || t >= Tokens.Length) throw new ArgumentException($"Token {t} is outside the vocabulary 1 .. {Tokens.Length - 1}.", nameof(tokens));
        var values = new List<int[]> { (int[])tokens.Clone(), Enumerable.Range(0, n).ToArray() };
        foreach (var module in Modules)
        {
            var output = new int[n];
            for (int i = 0; i < n; i++)
            {
                output[i] = module.Kind switch
                {
                    ModuleKind.Head => values[module.Reads[2]][SelectedPosition(module, values, i, n)],
                    ModuleKind.Count => CountSelected(module, values, i, n),
                    _ => module.Table[values[module.Reads[0]][i] * Width + values[module.Reads[1]][i]],
                };
            }
            values.Add(output);
        }
        var classes = new int[n];
        for (int i = 0; i < n; i++) classes[i] = Classify(values, i);
        return (values.ToArray(), classes);
    }

    /// <summary>The label with the largest total of votes at position <paramref name="i"/>, the first on ties.</summary>
    int Classify(List<int[]> values, int i)
    {
        Span<long> totals = stackalloc long[Labels.Length];
        for (int v = 0; v < Votes.Length; v++) ReadoutVotes.Add(Votes[v], values[v][i], totals);
        return ReadoutVotes.Winner(totals);
    }

    /// <summary>
    /// The largest total a label can reach in magnitude: per variable the largest vote in magnitude, summed. The
    /// compiled read-out sums votes in float32, exact only below 2^24.
    /// </summary>
    public long VoteBound() => Votes.Sum(row => row.Length == 0 ? 0L : row.Max(v => Math.Abs((long)v)));

    /// <summary>Throws, naming the problem, when the votes do not fit the program or could pass 2^24 in a total.</summary>
    public void CheckVotes()
    {
        if (Votes.Length != Variables.Length)
            throw new InvalidOperationException($"The read-out has votes for {Votes.Length} variables; the program has {Variables.Length}.");
        for (int v = 0; v < Votes.Length; v++)
            if (Votes[v].Length != Width * Labels.Length)
                throw new InvalidOperationException($"The votes of {Variables[v]} have {Votes[v].Length} entries, not {Width} values x {Labels.Length} labels.");
        if (VoteBound() >= ReadoutVotes.Limit)
            throw new InvalidOperationException($"The read-out's votes could total {VoteBound()} in magnitude, at or past 2^24 = {ReadoutVotes.Limit}: float32 sums would no longer be exact.");
    }

    bool Selects(DiscreteModule head, List<int[]> values, int i, int j) =>
        (!Causal || j <= i) && head.Table[values[head.Reads[0]][i]] == values[head.Reads[1]][j];

    /// <summary>The nearest selected position (<see cref="NearestFirst"/>), or BOS when none is selected.</summary>
    int SelectedPosition(DiscreteModule head, List<int[]> values, int i, int n)
    {
        int best = -1;
        for (int j = 0; j < n; j++)
            if (Selects(head, values, i, j) && (best < 0 || NearestFirst.Rank(i, j) < NearestFirst.Rank(i, best))) best = j;
        return best < 0 ? 0 : best;
    }

    int CountSelected(DiscreteModule head, List<int[]> values, int i, int n)
    {
        int count = 0;
        for (int j = 0; j < n; j++)
            if (Selects(head, values, i, j)) count++;
        return count;
    }

    /// <summary>
    /// Fixes every choice of <paramref name="relaxed"/> at its argmax, and makes the read-out's weights integer
    /// votes (<see cref="ReadoutVotes"/>), choosing their scale on <paramref name="train"/> (or a fixed scale
    /// without it).
    /// </summary>
    public static DiscreteProgram From(RelaxedProgram relaxed, LearnedTask task, IReadOnlyList<LabelledSequence>? train = null)
    {
        var layout = relaxed.Layout;
        int d = layout.Width;
        var modules = relaxed.Modules.Select(module =>
        {
            var reads = module.Reads.Select(r => GumbelSoftmax.ArgMax(r.Value)).ToArray();
            var values = module.Table.Value;
            var table = new int[values.Length / d];
            for (int row = 0; row < table.Length; row++) table[row] = GumbelSoftmax.ArgMax(values.AsSpan(row * d, d));
            return new DiscreteModule(module.Name, module.Kind, reads, table);
        }).ToArray();
        var withoutVotes = new DiscreteProgram
        {
            Task = task.Name,
            Tokens = task.Tokens.ToArray(),
            Labels = task.Labels.ToArray(),
            Positions = layout.Positions,
            Causal = layout.Causal,
            Width = d,
            Variables = layout.Variables.Select(v => v.Name).ToArray(),
            Modules = modules,
            Votes = layout.Variables.Select(_ => new int[d * layout.Classes]).ToArray(),
        };
        var program = ReadoutVotes.Discretise(withoutVotes, relaxed.Readout.Value, train);
        program.CheckVotes();
        return program;
    }

    /// <summary>The share of labelled positions whose class is right.</summary>
    public double Accuracy(IEnumerable<LabelledSequence> examples)
    {
        long right = 0, total = 0;
        foreach (var example in examples)
        {
            var classes = Run(example.Tokens).Classes;
            for (int i = 0; i < classes.Length; i++)
            {
                if (example.Labels[i] < 0) continue;
                total++;
                if (classes[i] == example.Labels[i]) right++;
            }
        }
        return total == 0 ? 0 : right / (double)total;
    }
}

/// <summary>
/// A discretised module. <see cref="Reads"/>: query, key[, value] variables for heads, first and second for
/// MLPs. <see cref="Table"/>: for heads, per query value the key value it matches; for MLPs, per
/// (first * Width + second) the output value.
/// </summary>
public sealed record DiscreteModule(string Name, ModuleKind Kind, int[] Reads, int[] Table);
