using System;
using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile.FeedForward;

/// <summary>
/// Finds <see cref="LinearBlock"/>s among one variable's rules. The evaluator lists a table such as
/// <c>Mem = Clamp(Mem - AtA + 16, 0, 32)</c> as one rule per pair of operand values (33 x 33); this recovers the
/// integer linear form behind it. For a candidate set of operands (one to three of the categorical variables whose
/// atoms vary between the rules), the rules are grouped by their other atoms (the guard); a group becomes a block
/// when its operand values form a rectangle on which the written value is a function of one integer linear form
/// with small weights, and the block needs fewer units than the rules. The operand set that saves the most is
/// taken, and the search repeats on the rules that are left.
/// </summary>
internal sealed class LinearBlockFinder
{
    private const int MaxOperandValues = 64;
    private const int MaxCells = 4_096;
    private const int MaxCandidates = 6;
    private static readonly int[] WeightChoices = [1, -1, 2, -2];

    private readonly ResidualLayout _layout;
    private readonly int _variable;
    private readonly int _values;

    private LinearBlockFinder(ResidualLayout layout, int variable)
    {
        _layout = layout;
        _variable = variable;
        _values = layout.ValueCount(variable);
    }

    /// <summary>The blocks of the variable's rules; the rules they replace are not among <paramref name="rest"/>.</summary>
    /// <param name="sharing">Whether blocks that compute the same table may share their guards (<see cref="SharedGuards"/>):
    /// then such a block pays only for one guard unit, and may be taken where it alone would not pay.</param>
    public static List<LinearBlock> Find(ResidualLayout layout, int variable, IReadOnlyList<Rule> rules, out List<Rule> rest, bool sharing = false)
    {
        var blocks = new List<LinearBlock>();
        rest = rules.ToList();
        if (layout.Model.Variables[variable].Kind != VariableKind.Categorical) return blocks;
        var finder = new LinearBlockFinder(layout, variable);
        for (int round = 0; round < 4 && rest.Count > 1; round++)
        {
            var found = finder.BestRound(rest, rules, sharing);
            if (found.Count == 0) break;
            blocks.AddRange(found);
            var replaced = new HashSet<Rule>(found.SelectMany(b => b.Replaced));
            rest = rest.Where(r => !replaced.Contains(r)).ToList();
        }
        return blocks;
    }

    /// <summary>The units a block costs: its guard unit, one threshold per change of phi, a clear unit per old value it can meet.</summary>
    public static int Cost(LinearBlock block, int values) =>
        1 + block.Changes + (block.OwnOperand >= 0 ? block.OperandValues[block.OwnOperand].Length : values);

    /// <summary>The units the rules cost when written in one stage (one per rule and old value it changes).</summary>
    private long RuleCost(IEnumerable<Rule> rules) =>
        rules.Sum(rule => (long)RuleWriter.OldValues(_layout, rule).Count(a => a != rule.Value));

    private List<LinearBlock> BestRound(List<Rule> rest, IReadOnlyList<Rule> all, bool sharing)
    {
        var best = (Saving: 0L, Blocks: new List<LinearBlock>());
        foreach (var operands in CandidateOperands(rest))
        {
            var blocks = new List<(LinearBlock Block, long RuleCost)>();
            foreach (var group in rest.GroupBy(r => GuardKey(r, operands)))
            {
                var members = group.ToList();
                if (members.Count < 2) continue;
                if (TryBlock(operands, members, all, sharing) is { } block) blocks.Add((block, RuleCost(block.Replaced)));
            }
            long saving = 0;
            var taken = new List<LinearBlock>();
            // Blocks that compute the same table share one table behind the sum of their guard units when sharing.
            foreach (var same in blocks.Select((b, i) => (b, i)).GroupBy(x => sharing ? SharedGuards.Signature(x.b.Block) : x.i.ToString(), x => x.b))
            {
                var list = same.ToList();
                long cost = Cost(list[0].Block, _values) + (list.Count > 1 ? list.Count : 0);
                long gain = list.Sum(b => b.RuleCost) - cost;
                if (list.Count > 1 && gain > 0)
                {
                    saving += gain;
                    taken.AddRange(list.Select(b => b.Block));
                    continue;
                }
                foreach (var (block, ruleCost) in list)
                {
                    long alone = ruleCost - Cost(block, _values);
                    if (alone <= 0) continue;
                    saving += alone;
                    taken.Add(block);
                }
            }
            if (saving > best.Saving) best = (saving, taken);
        }
        return best.Blocks;
    }

    /// <summary>Subsets of one to three of the categorical variables whose atoms differ between the rules.</summary>
    private IEnumerable<int[]> CandidateOperands(List<Rule> rules)
    {
        var distinct = new Dictionary<int, HashSet<string>>();
        foreach (var rule in rules)
            foreach (var atom in rule.Atoms)
            {
                if (!distinct.TryGetValue(atom.Variable, out var sets)) distinct[atom.Variable] = sets = new HashSet<string>();
                sets.Add(string.Join(",", atom.Values));
            }
        var varying = distinct
            .Where(d => d.Value.Count > 1 && IsOperand(d.Key))
            .OrderByDescending(d => d.Value.Count).ThenBy(d => d.Key)
            .Take(MaxCandidates).Select(d => d.Key).OrderBy(v => v).ToArray();
        for (int i = 0; i < varying.Length; i++)
        {
            yield return [varying[i]];
            for (int j = i + 1; j < varying.Length; j++)
            {
                yield return [varying[i], varying[j]];
                for (int k = j + 1; k < varying.Length; k++) yield return [varying[i], varying[j], varying[k]];
            }
        }
    }

    private bool IsOperand(int variable) =>
        _layout.Model.Variables[variable].Kind == VariableKind.Categorical && _layout.ValueCount(variable) <= MaxOperandValues;

    private static string GuardKey(Rule rule, int[] operands) =>
        string.Join(";", rule.Atoms.Where(a => Array.IndexOf(operands, a.Variable) < 0).Select(a => a.Variable + ":" + string.Join(",", a.Values)));

    /// <summary>The values of each operand under which the rule fires, or null when one of them may be null.</summary>
    private int[][]? OperandRegion(Rule rule, int[] operands)
    {
        var region = new int[operands.Length][];
        for (int i = 0; i < operands.Length; i++)
        {
            var atom = rule.Atoms.FirstOrDefault(a => a.Variable == operands[i]);
            if (atom is null)
            {
                // An untested head may be null too, except a count, which never is.
                if (_layout.Model.Variables[operands[i]].IsHead && !_layout.IsCount(operands[i])) return null;
                region[i] = Enumerable.Range(0, _layout.ValueCount(operands[i])).ToArray();
            }
            else
            {
                if (atom.Values.Any(v => v < 0)) return null;
                region[i] = atom.Values.ToArray();
            }
        }
        return region;
    }

    private LinearBlock? TryBlock(int[] operands, List<Rule> members, IReadOnlyList<Rule> all, bool sharing = false)
    {
        int own = Array.IndexOf(operands, _variable);
        // A group can hold rules outside the table (addition's "a is the start symbol" next to its digits): while
        // the rectangle has cells no rule covers, drop the operand value that is least covered, with its rules.
        for (int attempt = 0; attempt < 8 && members.Count >= 2; attempt++)
        {
            var regions = new List<int[][]>();
            foreach (var rule in members)
                if (OperandRegion(rule, operands) is { } region) regions.Add(region);
                else return null;
            var sides = Enumerable.Range(0, operands.Length)
                .Select(i => regions.SelectMany(r => r[i]).Distinct().OrderBy(v => v).ToArray()).ToArray();
            long cells = sides.Aggregate(1L, (n, side) => n * side.Length);
            // An operand with one value belongs to the guard (the smaller operand set is tried too).
            if (cells > MaxCells || sides.Any(side => side.Length == 1)) return null;

            // The written value in every cell of the rectangle: a rule's value, or unchanged (the old value) when
            // the variable is an operand and no rule covers the cell.
            var table = new int[cells];
            for (int c = 0; c < cells; c++) table[c] = -1;
            for (int m = 0; m < members.Count; m++)
                foreach (var cell in Cells(regions[m], sides)) table[cell] = members[m].Value;
            if (own < 0 && table.Any(v => v < 0))
            {
                var (operand, value) = LeastCovered(table, sides);
                members = members.Where((_, m) => Array.IndexOf(regions[m][operand], value) < 0).ToList();
                continue;
            }
            bool uncovered = false;
            for (int c = 0; c < cells; c++)
            {
                if (table[c] >= 0) continue;
                table[c] = ValueAt(c, own, sides);
                uncovered = true;
            }
            var fit = Fit(table, sides);
            if (fit is null) return null;
            var guard = members[0].Atoms.Where(a => Array.IndexOf(operands, a.Variable) < 0).ToList();
            var block = new LinearBlock(_variable, guard, operands, fit.Value.Weights, sides, fit.Value.Phi, members);
            if (!sharing && RuleCost(members) <= Cost(block, _values)) return null;
            // Uncovered cells are written by the block (unchanged); no other rule may fire there.
            if (uncovered && OverlapsOthers(members, operands, sides, all)) return null;
            return block;
        }
        return null;
    }

    /// <summary>The operand value whose cells of the rectangle are the least covered by rules.</summary>
    private static (int Operand, int Value) LeastCovered(int[] table, int[][] sides)
    {
        var covered = sides.Select(side => new int[side.Length]).ToArray();
        for (long c = 0; c < table.Length; c++)
        {
            if (table[c] < 0) continue;
            long rest = c;
            for (int i = sides.Length - 1; i >= 0; i--)
            {
                covered[i][rest % sides[i].Length]++;
                rest /= sides[i].Length;
            }
        }
        var best = (Operand: 0, Value: sides[0][0], Fraction: double.MaxValue);
        for (int i = 0; i < sides.Length; i++)
        {
            double row = (double)table.Length / sides[i].Length;
            for (int k = 0; k < sides[i].Length; k++)
                if (covered[i][k] / row < best.Fraction) best = (i, sides[i][k], covered[i][k] / row);
        }
        return (best.Operand, best.Value);
    }

    /// <summary>The cells (mixed-radix indices over the sides) of a rule's operand region.</summary>
    private static IEnumerable<long> Cells(int[][] region, int[][] sides)
    {
        var positions = region.Select((values, i) => values.Select(v => Array.BinarySearch(sides[i], v)).ToArray()).ToArray();
        var index = new int[region.Length];
        while (true)
        {
            long cell = 0;
            for (int i = 0; i < region.Length; i++) cell = cell * sides[i].Length + positions[i][index[i]];
            yield return cell;
            int k = region.Length - 1;
            while (k >= 0 && ++index[k] == positions[k].Length) index[k--] = 0;
            if (k < 0) yield break;
        }
    }

    private static int ValueAt(long cell, int operand, int[][] sides)
    {
        for (int i = sides.Length - 1; i > operand; i--) cell /= sides[i].Length;
        return sides[operand][cell % sides[operand].Length];
    }

    /// <summary>Whether a rule outside the group can fire together with the block's guard and rectangle.</summary>
    private static bool OverlapsOthers(List<Rule> members, int[] operands, int[][] sides, IReadOnlyList<Rule> all)
    {
        var mine = new HashSet<Rule>(members);
        var guard = members[0].Atoms.Where(a => Array.IndexOf(operands, a.Variable) < 0).ToDictionary(a => a.Variable, a => a.Values);
        foreach (var other in all)
        {
            if (mine.Contains(other)) continue;
            bool meets = true;
            foreach (var atom in other.Atoms)
            {
                int i = Array.IndexOf(operands, atom.Variable);
                var allowed = i >= 0 ? (IEnumerable<int>)sides[i] : guard.TryGetValue(atom.Variable, out var g) ? g : null;
                if (allowed is not null && !atom.Values.Intersect(allowed).Any()) { meets = false; break; }
            }
            if (meets) return true;
        }
        return false;
    }

    /// <summary>Small integer weights under which the table is a function of s, with the fewest changes of that function.</summary>
    private static (int[] Weights, SortedDictionary<int, int> Phi)? Fit(int[] table, int[][] sides)
    {
        (int[] Weights, SortedDictionary<int, int> Phi, int Changes)? best = null;
        foreach (var weights in WeightVectors(sides.Length))
        {
            var phi = new SortedDictionary<int, int>();
            bool ok = true;
            for (long c = 0; c < table.Length && ok; c++)
            {
                int s = 0;
                long rest = c;
                for (int i = sides.Length - 1; i >= 0; i--)
                {
                    s += weights[i] * sides[i][rest % sides[i].Length];
                    rest /= sides[i].Length;
                }
                if (phi.TryGetValue(s, out var value)) ok = value == table[c];
                else phi[s] = table[c];
            }
            if (!ok) continue;
            var candidate = new LinearBlock(0, [], [], weights, sides, phi, []);
            if (best is null || candidate.Changes < best.Value.Changes) best = (weights, phi, candidate.Changes);
        }
        return best is { } b ? (b.Weights, b.Phi) : null;
    }

    private static IEnumerable<int[]> WeightVectors(int count)
    {
        var index = new int[count];
        while (true)
        {
            // The first weight is positive: s and -s give the same blocks.
            if (WeightChoices[index[0]] > 0) yield return index.Select(i => WeightChoices[i]).ToArray();
            int k = count - 1;
            while (k >= 0 && ++index[k] == WeightChoices.Length) index[k--] = 0;
            if (k < 0) yield break;
        }
    }
}
