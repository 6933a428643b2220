using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile.FeedForward;

/// <summary>
/// Blocks of one variable that compute the same table under different guards, such as SUBLEQ's subtraction
/// <c>if (Cell == B)</c>: the evaluator lists one guard per cell (<c>Cell = c and B = c</c>), and each would
/// repeat the whole table. When the guards exclude each other, "one of them holds" is the sum of their guard units,
/// built one layer earlier from the residual, and the table is written once behind it: a shared sub-condition.
/// It costs the layer in front of the rule layer (categorical inputs pass through it), so the compiler builds
/// the network with and without sharing and keeps the smaller. Guards that differ only in an equal pair, as
/// SUBLEQ's do, are written by <see cref="EqualityGuard"/> in the rule layer instead, without that layer.
/// </summary>
internal static class SharedGuards
{
    /// <summary>The blocks grouped by what they compute; groups of two or more can share.</summary>
    public static List<List<LinearBlock>> Group(ResidualLayout layout, IEnumerable<LinearBlock> blocks)
    {
        var groups = new List<List<LinearBlock>>();
        foreach (var same in blocks.GroupBy(Signature))
        {
            var list = same.ToList();
            // The shared guard units read the residual directly, so every guard atom and operand must be a one-hot
            // there: a count head is categorical to the program but read through steps of its mean.
            if (list.Count >= 2 && list.All(b => b.Guard.All(a => !layout.ReadsThroughSteps(a.Variable)) && b.Operands.All(o => !layout.ReadsThroughSteps(o)))
                && PairwiseExclusive(list))
                groups.Add(list);
            else groups.AddRange(list.Select(b => new List<LinearBlock> { b }));
        }
        return groups;
    }

    public static string Signature(LinearBlock block) =>
        block.Variable + "|" + string.Join(",", block.Operands) + "|" + string.Join(",", block.Weights) + "|"
        + string.Join(";", block.OperandValues.Select(side => string.Join(",", side))) + "|"
        + string.Join(";", block.Phi.Select(p => p.Key + ":" + p.Value));

    /// <summary>Whether no state satisfies two of the guards: each pair tests a variable with disjoint values.</summary>
    private static bool PairwiseExclusive(List<LinearBlock> blocks)
    {
        var guards = blocks.Select(b => b.Guard.ToDictionary(a => a.Variable, a => a.Values)).ToList();
        for (int i = 0; i < guards.Count; i++)
            for (int j = i + 1; j < guards.Count; j++)
                if (!guards[i].Any(a => guards[j].TryGetValue(a.Key, out var other) && !a.Value.Intersect(other).Any()))
                    return false;
        return true;
    }

    /// <summary>
    /// "One of the blocks' guards holds, and the operands lie in the rectangle", as a form over the rule layer: the
    /// sum of one unit per guard in the layer before it (at most one is 1, because the guards exclude each other).
    /// </summary>
    public static LinearForm Guard(ResidualLayout layout, NetworkBuilder network, int ruleLayer, List<LinearBlock> blocks)
    {
        var residual = new AtomReader(layout, network, expanded: false);
        var first = blocks[0];
        var sum = new LinearForm();
        foreach (var block in blocks)
        {
            var form = LinearForm.Const(1f - block.Guard.Count - block.Operands.Length);
            foreach (var atom in block.Guard) form.Add(residual.Atom(atom.Variable, atom.Values));
            for (int i = 0; i < first.Operands.Length; i++) form.Add(residual.Atom(first.Operands[i], first.OperandValues[i]));
            sum.Add(network.Lift(0, network.Unit(0, form), ruleLayer - 1), 1f);
        }
        return sum;
    }
}
