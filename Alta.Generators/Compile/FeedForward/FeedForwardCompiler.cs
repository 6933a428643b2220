using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile.FeedForward;

/// <summary>
/// The feed-forward network of docs/design.md, "Feed-forward network": (1) expansion when the MLP reads a numerical or set variable,
/// (2) threshold units for the rule tables that are a function of an integer linear form (<see cref="LinearBlock"/>),
/// and one unit per remaining rule, writing either in one stage (per old value) or in two stages (write and clear
/// units), whichever is smaller per variable, and (3) the exact reset of every head output to zero.
/// </summary>
internal static class FeedForwardCompiler
{
    public static (CompiledLayer[] Layers, SparseWeights Output) Compile(ResidualLayout layout, WeightBudget budget, CancellationToken cancellationToken)
    {
        var model = layout.Model;
        // One set of atom ids for the merger and every variable's rule index: the index then finds each merged rule's
        // atoms already numbered (by reference), instead of hashing them again.
        var atoms = new AtomIds();
        var rules = RuleMerger.Merge(layout, layout.Evaluation.Rules, atoms, cancellationToken);
        bool expanded = rules.Any(r => r.Atoms.Any(a => layout.ReadsThroughSteps(a.Variable)))
            || rules.Any(r => model.Variables[r.Variable].Kind != VariableKind.Categorical);

        // Tables that are a function of an integer linear form become threshold units; the other rules stay rules.
        // Equal tables behind exclusive guards can share one table; keep whichever network is smaller.
        var olds = new OldValues(layout, rules);
        var finders = rules.GroupBy(r => r.Variable).OrderBy(g => g.Key).Select(g => new LinearBlockFinder(layout, g.Key, g.ToList(), olds, atoms)).ToList();
        var (shared, rest) = Blocks(finders, sharing: true, cancellationToken);
        var groups = SharedGuards.Group(layout, shared);
        bool sharing = groups.Count < shared.Count;
        // Tables whose guards differ in a pair X = x, Y = x + k need no layer in front (EqualityGuard); the others do.
        bool layerInFront = groups.Any(g => g.Count > 1 && EqualityGuard.Find(g) is null);
        if (sharing && !layerInFront && EqualitiesClearlyPay(olds, groups))
            return Build(layout, olds, (groups, rest), expanded, budget.Fork(), cancellationToken);
        var best = Build(layout, olds, Blocks(finders, sharing: false, cancellationToken), expanded, budget.Fork(), cancellationToken);
        if (sharing)
        {
            var shares = Build(layout, olds, (groups, rest), expanded || layerInFront, budget.Fork(), cancellationToken);
            if (Units(shares) < Units(best)) best = shares;
        }
        return best;
    }

    /// <summary>
    /// Whether the equality-guarded tables need less than half the units their blocks would need apart (each block, or
    /// its rules, whichever is smaller): then the network without sharing, which costs as much again to build (natural
    /// SUBLEQ: 2,666 units against 588), is not built to be compared.
    /// </summary>
    private static bool EqualitiesClearlyPay(OldValues olds, List<List<LinearBlock>> groups)
    {
        long together = 0, apart = 0;
        foreach (var group in groups.Where(g => g.Count > 1))
        {
            var first = group[0];
            together += LinearBlockFinder.Cost(first, olds) + 1 + olds.Of(first).Length;
            foreach (var block in group)
                apart += Math.Min(LinearBlockFinder.Cost(block, olds), block.Replaced.Sum(rule => (long)olds.Of(rule).Count(a => a != rule.Value)));
        }
        return 2 * together <= apart;
    }

    private static (List<LinearBlock> Blocks, List<Rule> Left) Blocks(List<LinearBlockFinder> finders, bool sharing, CancellationToken cancellationToken)
    {
        var blocks = new List<LinearBlock>();
        var rest = new List<Rule>();
        foreach (var finder in finders)
        {
            cancellationToken.ThrowIfCancellationRequested();
            blocks.AddRange(finder.Find(sharing, out var left));
            rest.AddRange(left);
        }
        return (blocks, rest);
    }

    private static (CompiledLayer[] Layers, SparseWeights Output) Build(ResidualLayout layout, OldValues olds, (List<LinearBlock> Blocks, List<Rule> Left) found,
        bool expanded, WeightBudget budget, CancellationToken cancellationToken) =>
        Build(layout, olds, (found.Blocks.Select(b => new List<LinearBlock> { b }).ToList(), found.Left), expanded, budget, cancellationToken);

    private static int Units((CompiledLayer[] Layers, SparseWeights Output) network) => network.Layers.Sum(l => l.Bias.Count);

    private static (CompiledLayer[] Layers, SparseWeights Output) Build(ResidualLayout layout, OldValues olds, (List<List<LinearBlock>> Groups, List<Rule> Left) found,
        bool expanded, WeightBudget budget, CancellationToken cancellationToken)
    {
        var blocks = found.Groups;
        var byVariable = found.Left.GroupBy(r => r.Variable).OrderBy(g => g.Key).ToList();
        int blockUnits = blocks.Sum(g => g.Count - 1 + LinearBlockFinder.Cost(g[0], olds));
        var twoStage = ChooseTwoStage(layout, olds, byVariable, blockUnits);
        int depth = (expanded ? 1 : 0) + 1 + (twoStage.Count > 0 ? 1 : 0);
        int ruleLayer = expanded ? 1 : 0;
        var network = new NetworkBuilder(depth, layout.ModelWidth, budget);
        var reader = new AtomReader(layout, network, expanded);

        budget.Part = "the reset of the heads' outputs";
        HeadReset.Compile(layout, network);
        foreach (var group in blocks)
        {
            cancellationToken.ThrowIfCancellationRequested();
            budget.Part = $"the threshold units of '{layout.Model.Variables[group[0].Variable].Name}'";
            if (group.Count == 1) LinearBlockWriter.Write(layout, olds, network, reader, ruleLayer, group[0]);
            else if (EqualityGuard.Find(group) is { } equality) equality.Write(layout, olds, network, reader, ruleLayer, group[0]);
            else LinearBlockWriter.Write(layout, olds, network, reader, ruleLayer, group[0], SharedGuards.Guard(layout, network, ruleLayer, group));
        }
        foreach (var group in byVariable)
        {
            cancellationToken.ThrowIfCancellationRequested();
            budget.Part = $"the rule units of '{layout.Model.Variables[group.Key].Name}' ({group.Count()} rules)";
            var writer = new RuleWriter(layout, olds, network, reader, ruleLayer, group.Key);
            if (twoStage.Contains(group.Key)) writer.TwoStage(group.ToList());
            else writer.OneStage(group.ToList(), cancellationToken);
        }
        return network.Build();
    }

    /// <summary>
    /// The variables written in two stages. Each variable prefers the scheme with fewer units, but the second
    /// stage is a whole extra layer through which every other unit must be passed, so it is only used when
    /// the total still shrinks.
    /// </summary>
    private static HashSet<int> ChooseTwoStage(ResidualLayout layout, OldValues olds, List<IGrouping<int, Rule>> byVariable, int blockUnits)
    {
        long allOneStage = blockUnits, mixed = 2L * blockUnits;
        var prefer = new HashSet<int>();
        foreach (var group in byVariable)
        {
            int variable = group.Key, values = layout.ValueCount(variable);
            long oneStage = group.Sum(rule => (long)olds.Of(rule).Count(a => a != rule.Value));
            long twoStage = group.Count() + 2L * values + group.Select(r => r.Value).Distinct().Count();
            allOneStage += oneStage;
            if (twoStage < oneStage)
            {
                prefer.Add(variable);
                mixed += twoStage;
            }
            else mixed += 2 * oneStage;
        }
        mixed += HeadReset.UnitCount(layout);
        return prefer.Count > 0 && mixed < allOneStage ? prefer : [];
    }
}

/// <summary>Writes the rules of one variable into the network.</summary>
internal sealed class RuleWriter(ResidualLayout layout, OldValues olds, NetworkBuilder network, AtomReader reader, int ruleLayer, int variable)
{
    /// <summary>A unit that is 1 exactly when every atom holds: the atoms' sum with bias 1 - (number of atoms).</summary>
    private int RuleUnit(IReadOnlyCollection<(int Variable, IEnumerable<int> Values)> atoms)
    {
        var form = LinearForm.Const(1f - atoms.Count);
        foreach (var (v, values) in atoms) form.Add(reader.Atom(v, values));
        return network.Unit(ruleLayer, form);
    }

    /// <summary>One stage: a unit per rule and old value <c>a</c>, writing <c>enc(b) - enc(a)</c>.</summary>
    public void OneStage(List<Rule> rules, CancellationToken cancellationToken)
    {
        foreach (var rule in rules)
        {
            var others = rule.Atoms.Where(a => a.Variable != variable).Select(a => (a.Variable, (IEnumerable<int>)a.Values)).ToList();
            foreach (var old in olds.Of(rule))
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (old == rule.Value) continue;
                var atoms = new List<(int, IEnumerable<int>)>(others) { (variable, [old]) };
                int unit = RuleUnit(atoms);
                Write(ruleLayer, unit, rule.Value, 1f);
                Write(ruleLayer, unit, old, -1f);
            }
        }
    }

    /// <summary>
    /// Two stages: rule units as written (they need not test the old value); then a write unit per target
    /// value (the sum of its rules) adds <c>enc(b)</c>, and a clear unit per old value <c>a</c>
    /// (<c>clip(old is a + any rule fired - 1)</c>) subtracts <c>enc(a)</c>.
    /// </summary>
    public void TwoStage(List<Rule> rules)
    {
        var units = rules.Select(rule => (Rule: rule, Unit: RuleUnit(rule.Atoms.Select(a => (a.Variable, (IEnumerable<int>)a.Values)).ToList()))).ToList();
        // "Some rule fired" is the sum of the rule units; when the rules differ in one atom only, it is also one unit
        // (the shared atoms and the union of the differing one), which keeps each clear unit at two inputs.
        var merged = MergedCondition(rules);
        var fired = merged is null ? units.Select(u => u.Unit).Distinct().ToList() : [RuleUnit(merged)];
        foreach (var target in units.GroupBy(u => u.Rule.Value))
        {
            var form = new LinearForm();
            foreach (var unit in target.Select(u => u.Unit).Distinct()) form.Add(unit, 1f);
            Write(ruleLayer + 1, network.Unit(ruleLayer + 1, form), target.Key, 1f);
        }
        foreach (var old in layout.Values(variable))
        {
            int indicator = network.Unit(ruleLayer, reader.Indicator(variable, old));
            var form = LinearForm.Of(indicator).AddConstant(-1f);
            foreach (var unit in fired) form.Add(unit, 1f);
            Write(ruleLayer + 1, network.Unit(ruleLayer + 1, form), old, -1f);
        }
    }

    /// <summary>
    /// One condition equivalent to "one of the rules holds", when the rules test the same variables with the same
    /// values except for one variable: then (the rules being mutually exclusive) it is that variable's union.
    /// </summary>
    private static List<(int Variable, IEnumerable<int> Values)>? MergedCondition(List<Rule> rules)
    {
        var first = rules[0].Atoms;
        var variables = first.Select(a => a.Variable).OrderBy(v => v).ToList();
        if (variables.Distinct().Count() != variables.Count) return null;
        foreach (var rule in rules)
            if (!rule.Atoms.Select(a => a.Variable).OrderBy(v => v).SequenceEqual(variables)) return null;
        int varying = -1;
        foreach (var atom in first)
        {
            var values = atom.Values;
            if (rules.All(r => r.Atoms.First(a => a.Variable == atom.Variable).Values.Equals(values))) continue;
            if (varying >= 0) return null;
            varying = atom.Variable;
        }
        return first.Select(atom => (atom.Variable, atom.Variable == varying
            ? rules.SelectMany(r => r.Atoms.First(a => a.Variable == varying).Values).Distinct().OrderBy(v => v).ToList()
            : (IEnumerable<int>)atom.Values)).ToList();
    }

    private void Write(int layer, int unit, int value, float sign)
    {
        foreach (var (dimension, entry) in layout.Encode(variable, value)) network.Output(layer, unit, dimension, sign * entry);
    }
}

/// <summary>
/// Sets every head output back to exactly zero (null) at the end of the layer. One-hot and presence
/// dimensions are 0/1 and pass through a unit unchanged (a count has no presence dimension). A numerical mean x is rebuilt exactly from
/// saturating units <c>s * clip(x/s - k)</c> (s a power of two), whose sum is exactly x, and subtracted.
/// </summary>
internal static class HeadReset
{
    public static void Compile(ResidualLayout layout, NetworkBuilder network)
    {
        for (int v = 0; v < layout.Slices.Count; v++)
        {
            var slice = layout.Slices[v];
            if (!slice.IsHead) continue;
            if (slice.Kind != VariableKind.Numerical)
            {
                for (int k = 0; k < slice.Width; k++) network.Output(0, network.Unit(0, LinearForm.Of(slice.Offset + k)), slice.Offset + k, -1f);
                continue;
            }
            if (slice.Width == 2) network.Output(0, network.Unit(0, LinearForm.Of(slice.Offset + 1)), slice.Offset + 1, -1f);
            var (step, positive, negative) = Pieces(layout, v);
            for (int k = 0; k < positive; k++)
                network.Output(0, network.Unit(0, LinearForm.Of(slice.Offset, 1f / step).AddConstant(-k)), slice.Offset, -step);
            for (int k = 0; k < negative; k++)
                network.Output(0, network.Unit(0, LinearForm.Of(slice.Offset, -1f / step).AddConstant(-k)), slice.Offset, step);
        }
    }

    public static int UnitCount(ResidualLayout layout)
    {
        int count = 0;
        for (int v = 0; v < layout.Slices.Count; v++)
        {
            var slice = layout.Slices[v];
            if (!slice.IsHead) continue;
            if (slice.Kind != VariableKind.Numerical) count += slice.Width;
            else
            {
                var (_, positive, negative) = Pieces(layout, v);
                count += (slice.Width == 2 ? 1 : 0) + positive + negative;
            }
        }
        return count;
    }

    /// <summary>The piece size s (a power of two) and how many pieces cover the head's positive and negative means,
    /// with one spare each for a mean that rounds just past the extreme centre.</summary>
    private static (float Step, int Positive, int Negative) Pieces(ResidualLayout layout, int head)
    {
        var model = layout.Model;
        var source = model.Heads.First(h => h.Output == head);
        var centres = source.Kind == HeadKind.Count ? layout.Slices[head].Centres : layout.Evaluation.Domains[source.Value].Centres;
        double lo = centres.Count == 0 ? 0 : Math.Min(0, centres.Min()), hi = centres.Count == 0 ? 0 : Math.Max(0, centres.Max());
        double magnitude = Math.Max(Math.Max(-lo, hi), 1e-6);
        float step = (float)Math.Pow(2, Math.Ceiling(Math.Log(magnitude / 4, 2)));
        int positive = hi > 0 ? (int)Math.Ceiling(hi / step) + 1 : 0;
        int negative = lo < 0 ? (int)Math.Ceiling(-lo / step) + 1 : 0;
        return (step, positive, negative);
    }
}
