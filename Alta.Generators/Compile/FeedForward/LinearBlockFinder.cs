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
/// taken, and the search repeats on the rules that are left. One finder serves both searches of the compiler
/// (with and without shared guards): a group of rules is tried once, and its answer kept for the other search.
/// </summary>
internal sealed class LinearBlockFinder
{
    private const int MaxOperandValues = 64;
    private const int MaxCells = 4_096;
    private const int MaxCandidates = 6;
    private static readonly int[] WeightChoices = [1, -1, 2, -2];
    private const int MaxWeight = 2;

    private readonly ResidualLayout _layout;
    private readonly int _variable;
    private readonly RuleIndex _index;
    /// <summary>The block a group of rules forms (ignoring whether it pays alone), by operands, guard and size.</summary>
    private readonly Dictionary<string, (LinearBlock Block, int[] Members)?> _tried = new();

    private readonly OldValues _olds;

    public LinearBlockFinder(ResidualLayout layout, int variable, IReadOnlyList<Rule> rules, OldValues olds, AtomIds atoms)
    {
        _olds = olds;
        _layout = layout;
        _variable = variable;
        _index = new RuleIndex(layout, rules, olds, atoms);
    }

    public int Variable => _variable;

    /// <summary>The blocks of the variable's rules; the rules they replace are not among <paramref name="rest"/>.</summary>
    /// <param name="sharing">Whether blocks that compute the same table may share their guards (<see cref="SharedGuards"/>):
    /// then such a block pays only for one guard unit, and may be taken where it alone would not pay.</param>
    public List<LinearBlock> Find(bool sharing, out List<Rule> rest)
    {
        var blocks = new List<LinearBlock>();
        var left = Enumerable.Range(0, _index.Rules.Count).ToList();
        if (_layout.Model.Variables[_variable].Kind == VariableKind.Categorical)
            for (int round = 0; round < 4 && left.Count > 1; round++)
            {
                var found = BestRound(left, sharing);
                if (found.Count == 0) break;
                blocks.AddRange(found.Select(f => f.Block));
                var replaced = new HashSet<int>(found.SelectMany(f => f.Members));
                left = left.Where(r => !replaced.Contains(r)).ToList();
            }
        rest = left.Select(r => _index.Rules[r]).ToList();
        return blocks;
    }

    /// <summary>The units a block costs: its guard unit, one threshold per change of phi, a clear unit per old value it can meet.</summary>
    public static int Cost(LinearBlock block, OldValues olds) => 1 + block.Changes + olds.Of(block).Length;

    private long RuleCost(IEnumerable<int> rules) => rules.Sum(r => _index.Costs[r]);

    private List<(LinearBlock Block, int[] Members)> BestRound(List<int> rest, bool sharing)
    {
        var best = (Saving: 0L, Blocks: new List<(LinearBlock, int[])>());
        foreach (var operands in CandidateOperands(rest))
        {
            var blocks = new List<(LinearBlock Block, int[] Members, long RuleCost)>();
            foreach (var members in GroupByGuard(rest, operands))
            {
                if (members.Count < 2) continue;
                if (TryBlock(operands, members, sharing) is { } found) blocks.Add((found.Block, found.Members, RuleCost(found.Members)));
            }
            long saving = 0;
            var taken = new List<(LinearBlock, int[])>();
            // Blocks that compute the same table share one table behind the sum of their guard units when sharing.
            foreach (var same in blocks.Select((b, i) => (b, i)).GroupBy(x => sharing ? SharedGuards.Signature(x.b.Block) : x.i.ToString(), x => x.b))
            {
                var list = same.ToList();
                long cost = Cost(list[0].Block, _olds) + (list.Count > 1 ? list.Count : 0);
                long gain = list.Sum(b => b.RuleCost) - cost;
                if (list.Count > 1 && gain > 0)
                {
                    saving += gain;
                    taken.AddRange(list.Select(b => (b.Block, b.Members)));
                    continue;
                }
                foreach (var (block, members, ruleCost) in list)
                {
                    long alone = ruleCost - Cost(block, _olds);
                    if (alone <= 0) continue;
                    saving += alone;
                    taken.Add((block, members));
                }
            }
            if (saving > best.Saving) best = (saving, taken);
        }
        return best.Blocks;
    }

    /// <summary>The rules grouped by their atoms on other variables than the operands (the guard), in order of first appearance.</summary>
    private List<List<int>> GroupByGuard(List<int> rules, int[] operands)
    {
        var groups = new Dictionary<GuardKey, List<int>>();
        var order = new List<List<int>>();
        foreach (var r in rules)
        {
            var variables = _index.VariablesOf(r);
            var ids = _index.AtomIds[r];
            int count = 0;
            for (int a = 0; a < variables.Length; a++) if (Array.IndexOf(operands, variables[a]) < 0) count++;
            var guard = new int[count];
            for (int a = 0, k = 0; a < variables.Length; a++) if (Array.IndexOf(operands, variables[a]) < 0) guard[k++] = ids[a];
            var key = new GuardKey(guard);
            if (!groups.TryGetValue(key, out var group)) { groups[key] = group = new List<int>(); order.Add(group); }
            group.Add(r);
        }
        return order;
    }

    /// <summary>The ids of a rule's guard atoms, compared by value.</summary>
    private readonly struct GuardKey(int[] ids) : IEquatable<GuardKey>
    {
        private readonly int[] _ids = ids;

        public bool Equals(GuardKey other) => _ids.AsSpan().SequenceEqual(other._ids);

        public override bool Equals(object? obj) => obj is GuardKey other && Equals(other);

        public override int GetHashCode()
        {
            int hash = 17;
            foreach (var id in _ids) hash = hash * 16777619 ^ id;
            return hash;
        }
    }

    /// <summary>Subsets of one to three of the categorical variables whose atoms differ between the rules.</summary>
    private IEnumerable<int[]> CandidateOperands(List<int> rules)
    {
        var distinct = new Dictionary<int, HashSet<int>>();
        foreach (var r in rules)
        {
            var atoms = _index.Rules[r].Atoms;
            for (int a = 0; a < atoms.Count; a++)
            {
                if (!distinct.TryGetValue(atoms[a].Variable, out var sets)) distinct[atoms[a].Variable] = sets = new HashSet<int>();
                sets.Add(_index.AtomIds[r][a]);
            }
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

    /// <summary>The values of each operand under which the rule fires, or null when one of them may be null.</summary>
    private int[][]? OperandRegion(int rule, int[] operands)
    {
        var region = new int[operands.Length][];
        for (int i = 0; i < operands.Length; i++)
        {
            var values = _index.ValuesOf(rule, operands[i]);
            if (values is null)
            {
                // An untested head may be null too, except a count, which never is.
                if (_layout.Model.Variables[operands[i]].IsHead && !_layout.IsCount(operands[i])) return null;
                if (!_all.TryGetValue(operands[i], out values)) _all[operands[i]] = values = Enumerable.Range(0, _layout.ValueCount(operands[i])).ToArray();
            }
            else if (values.Length > 0 && values[0] < 0) return null;
            region[i] = values;
        }
        return region;
    }

    private readonly Dictionary<int, int[]> _all = new();

    /// <summary>
    /// The block a group forms, with the rules it replaces; when not <paramref name="sharing"/>, only a block that
    /// costs fewer units than its rules. Tried once per group: both searches ask for the same groups.
    /// </summary>
    private (LinearBlock Block, int[] Members)? TryBlock(int[] operands, List<int> members, bool sharing)
    {
        string key = string.Join(",", operands) + "|" + members[0] + "|" + members.Count;
        if (!_tried.TryGetValue(key, out var found)) _tried[key] = found = TryBlock(operands, members);
        if (found is not { } block) return null;
        if (!sharing && RuleCost(block.Members) <= Cost(block.Block, _olds)) return null;
        return block;
    }
    private (LinearBlock Block, int[] Members)? TryBlock(int[] operands, List<int> members)
    {
        if (!CanForm(operands, members)) return null;
        int own = Array.IndexOf(operands, _variable);
        // A group can hold rules outside the table (addition's "a is the start symbol" next to its digits): while
        // the rectangle has cells no rule covers, drop the operand value that is least covered, with its rules.
        for (int attempt = 0; attempt < 8 && members.Count >= 2; attempt++)
        {
            // A rule under which an operand may be null (addition's "a is the start symbol", which reads no b) is
            // outside the table: it stays a rule.
            var regions = new List<int[][]>();
            var inside = new List<int>();
            foreach (var rule in members)
                if (OperandRegion(rule, operands) is { } region) { regions.Add(region); inside.Add(rule); }
            members = inside;
            if (members.Count < 2) return null;
            var sides = new int[operands.Length][];
            var positionOf = new int[operands.Length][];
            for (int i = 0; i < operands.Length; i++)
            {
                var present = new bool[_layout.ValueCount(operands[i])];
                foreach (var region in regions) foreach (var v in region[i]) present[v] = true;
                var side = new List<int>();
                positionOf[i] = new int[present.Length];
                for (int v = 0; v < present.Length; v++)
                    if (present[v]) { positionOf[i][v] = side.Count; side.Add(v); }
                sides[i] = side.ToArray();
            }
            long cells = sides.Aggregate(1L, (n, side) => n * side.Length);
            // An operand with one value belongs to the guard (the smaller operand set is tried too).
            if (cells > MaxCells || sides.Any(side => side.Length == 1)) return null;

            // The written value in every cell of the rectangle: a rule's value, or unchanged (the old value) when
            // the variable is an operand and no rule covers the cell.
            var table = new int[cells];
            for (int c = 0; c < cells; c++) table[c] = -1;
            for (int m = 0; m < members.Count; m++)
                Fill(table, regions[m], sides, positionOf, _index.Rules[members[m]].Value);
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
            var guard = _index.Rules[members[0]].Atoms.Where(a => Array.IndexOf(operands, a.Variable) < 0).ToList();
            var block = new LinearBlock(_variable, guard, operands, fit.Value.Weights, sides, fit.Value.Phi, members.Select(r => _index.Rules[r]).ToList());
            // Uncovered cells are written by the block (unchanged); no other rule may fire there.
            if (uncovered && _index.AnyOtherMeets(guard.Select(a => (a.Variable, (IReadOnlyList<int>)a.Values.ToArray()))
                    .Concat(operands.Select((o, i) => (o, (IReadOnlyList<int>)sides[i]))), new HashSet<int>(members)))
                return null;
            return (block, members.ToArray());
        }
        return null;
    }

    /// <summary>
    /// A quick test before the table is built: every operand must take two values or more, and the rectangle must
    /// stay within <see cref="MaxCells"/>. Most groups fail it (natural SUBLEQ's <c>Mem</c> rules grouped by anything
    /// but <c>Mem</c> and <c>AtA</c>), and building their tables was most of the compiler's time.
    /// </summary>
    private bool CanForm(int[] operands, List<int> members)
    {
        long cells = 1;
        foreach (var operand in operands)
        {
            // An operand has at most MaxOperandValues (64) values, so the values seen are one bit mask; anything
            // outside 0..63 (null) goes to a set, made only when met.
            ulong seen = 0;
            HashSet<int>? others = null;
            int count = 0;
            bool untested = false;
            foreach (var r in members)
            {
                var values = _index.ValuesOf(r, operand);
                if (values is null) { untested = true; break; }
                foreach (var v in values)
                {
                    if ((uint)v < 64)
                    {
                        if ((seen & (1UL << v)) != 0) continue;
                        seen |= 1UL << v;
                        count++;
                    }
                    else if ((others ??= new HashSet<int>()).Add(v)) count++;
                }
                if (count > MaxOperandValues) break;
            }
            int side = untested ? _layout.ValueCount(operand) : count;
            if (side < 2) return false;
            cells *= side;
        }
        // Rules dropped from the group (null operands, the least covered values) can only shrink the rectangle, so a
        // large rectangle is not yet a reason to stop: allow the cells a few dropped values could remove.
        return cells <= (long)MaxCells * 4;
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

    /// <summary>Writes <paramref name="value"/> into the cells (mixed-radix indices over the sides) of a rule's operand region.</summary>
    private static void Fill(int[] table, int[][] region, int[][] sides, int[][] positionOf, int value)
    {
        var index = new int[region.Length];
        while (true)
        {
            long cell = 0;
            for (int i = 0; i < region.Length; i++) cell = cell * sides[i].Length + positionOf[i][region[i][index[i]]];
            table[cell] = value;
            int k = region.Length - 1;
            while (k >= 0 && ++index[k] == region[k].Length) index[k--] = 0;
            if (k < 0) return;
        }
    }

    private static int ValueAt(long cell, int operand, int[][] sides)
    {
        for (int i = sides.Length - 1; i > operand; i--) cell /= sides[i].Length;
        return sides[operand][cell % sides[operand].Length];
    }

    /// <summary>Small integer weights under which the table is a function of s, with the fewest changes of that function.</summary>
    /// <remarks>
    /// s is bounded by the sides and weights, so phi is kept in an array indexed by s (stamped per weight vector
    /// instead of cleared) and only the best fit becomes a sorted map: most weight vectors fail, and a sorted map per
    /// try was a large share of the table search.
    /// </remarks>
    private static (int[] Weights, SortedDictionary<int, int> Phi)? Fit(int[] table, int[][] sides)
    {
        int reach = 0;
        foreach (var side in sides) reach += MaxWeight * Math.Max(Math.Abs(side[0]), Math.Abs(side[side.Length - 1]));
        var phi = new int[2 * reach + 1];
        var stamp = new int[phi.Length];
        int tries = 0;
        (int[] Weights, SortedDictionary<int, int> Phi, int Changes)? best = null;
        foreach (var weights in WeightVectors(sides.Length))
        {
            tries++;
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
                int slot = s + reach;
                if (stamp[slot] == tries) ok = phi[slot] == table[c];
                else { stamp[slot] = tries; phi[slot] = table[c]; }
            }
            if (!ok) continue;
            // The changes of phi along ascending s (as LinearBlock.Changes counts them).
            int changes = 0, previous = -1;
            bool first = true;
            for (int slot = 0; slot < phi.Length; slot++)
            {
                if (stamp[slot] != tries) continue;
                if (!first && phi[slot] != previous) changes++;
                previous = phi[slot];
                first = false;
            }
            if (best is not null && changes >= best.Value.Changes) continue;
            var map = new SortedDictionary<int, int>();
            for (int slot = 0; slot < phi.Length; slot++) if (stamp[slot] == tries) map[slot - reach] = phi[slot];
            best = (weights, map, changes);
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
