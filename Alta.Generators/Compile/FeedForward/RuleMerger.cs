using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile.FeedForward;

/// <summary>
/// Merges a variable's rules that write the same value and differ in one atom only, into one rule whose atom is
/// the union (dropped when the union is the variable's whole domain). The evaluator lists one rule per path
/// of the decision diagram, and a variable tested above the one that decides the value splits every path
/// below it: natural SUBLEQ's <c>Pc = Pc + 3</c> (when not jumping) came once per class of <c>AtPc2</c>, which only
/// the jump reads. The rules of one variable exclude each other, so the union is exact; fewer rules make the
/// threshold tables cheaper to find and smaller.
/// </summary>
internal static class RuleMerger
{
    public static List<Rule> Merge(ResidualLayout layout, IReadOnlyList<Rule> rules, AtomIds atoms, CancellationToken cancellationToken)
    {
        var result = new List<Rule>(rules.Count);
        // Rules of different variables never merge: each variable's rules are merged on their own, so a variable whose
        // rules merge no further (natural SUBLEQ's 25,872 cells of Mem) is not scanned again in the next pass.
        foreach (var written in rules.GroupBy(r => r.Variable))
        {
            var current = new List<(Rule Rule, int[] Ids)>();
            foreach (var rule in written) current.Add((rule, IdsOf(rule, atoms)));
            // One chain table for every pass and variable of this variable's rules (their count only shrinks): a new
            // one per call was tens of megabytes of large-object allocation for natural SUBLEQ's Mem.
            var chains = new Chains(current.Count);
            var tested = written.SelectMany(r => r.Atoms.Select(a => a.Variable)).Distinct().OrderBy(v => v).ToList();
            // Each pass merges along every tested variable in turn; a merge can enable another along a variable before it.
            for (int pass = 0; pass < 4; pass++)
            {
                int before = current.Count;
                foreach (var variable in tested)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    current = MergeAlong(layout, current, variable, atoms, chains);
                }
                if (current.Count == before) break;
            }
            result.AddRange(current.Select(r => r.Rule));
        }
        return result;
    }

    private static int[] IdsOf(Rule rule, AtomIds atoms)
    {
        var ids = new int[rule.Atoms.Count];
        for (int a = 0; a < ids.Length; a++) ids[a] = atoms.Of(rule.Atoms[a]);
        return ids;
    }

    /// <summary>The groups of one <see cref="MergeAlong"/> call, kept between calls so that their storage is reused.</summary>
    private sealed class Chains(int capacity)
    {
        public readonly Dictionary<Key, int> Firsts = new(capacity);
        public readonly int[] Next = new int[capacity];
        public readonly int[] Last = new int[capacity];
        public readonly List<int> Heads = new();
    }

    private static List<(Rule Rule, int[] Ids)> MergeAlong(ResidualLayout layout, List<(Rule Rule, int[] Ids)> rules, int variable, AtomIds atoms, Chains chains)
    {
        // Each group is a chain through `next` from its first rule; most rules are alone, so no list is made for them.
        var firsts = chains.Firsts;
        var next = chains.Next;
        var last = chains.Last;
        var heads = chains.Heads;
        firsts.Clear();
        heads.Clear();
        for (int i = 0; i < rules.Count; i++)
        {
            next[i] = -1;
            var (rule, ids) = rules[i];
            int own = -1;
            for (int a = 0; a < ids.Length; a++) if (rule.Atoms[a].Variable == variable) own = a;
            if (own < 0) continue;
            // The other atoms' ids (the evaluator lists atoms in one order): equal keys mean equal rules but for this variable's atom.
            // The key reads the rule's ids in place, skipping its own atom, instead of copying them for every rule and variable.
            var key = new Key(rule.Variable, rule.Value, ids, own);
            if (firsts.TryGetValue(key, out var head))
            {
                if (next[head] < 0 && last[head] == head) heads.Add(head);
                next[last[head]] = i;
                last[head] = i;
            }
            else
            {
                firsts[key] = i;
                last[i] = i;
            }
        }
        if (heads.Count == 0) return rules;
        var merged = new (Rule Rule, int[] Ids)?[rules.Count];
        var dropped = new bool[rules.Count];
        int domain = layout.ValueCount(variable) + (layout.Model.Variables[variable].IsHead ? 1 : 0);
        foreach (var head in heads)
        {
            var members = new List<int>();
            for (int i = head; i >= 0; i = next[i]) members.Add(i);
            var values = members.SelectMany(i => RuleIndex.Find(rules[i].Rule, variable)!.Values).Distinct().OrderBy(v => v).ToArray();
            var first = rules[members[0]].Rule;
            var union = first.Atoms
                .Where(a => a.Variable != variable || values.Length < domain)
                .Select(a => a.Variable == variable ? new Atom(variable, values.ToEquatableArray()) : a)
                .ToEquatableArray();
            var rule = new Rule(first.Variable, union, first.Value);
            merged[members[0]] = (rule, IdsOf(rule, atoms));
            foreach (var i in members.Skip(1)) dropped[i] = true;
        }
        var result = new List<(Rule, int[])>(rules.Count);
        for (int i = 0; i < rules.Count; i++)
            if (!dropped[i]) result.Add(merged[i] ?? rules[i]);
        return result;
    }

    private readonly struct Key(int variable, int value, int[] atoms, int skip) : System.IEquatable<Key>
    {
        private readonly int _variable = variable, _value = value, _skip = skip;
        private readonly int[] _atoms = atoms;

        public bool Equals(Key other)
        {
            if (_variable != other._variable || _value != other._value || _atoms.Length != other._atoms.Length || _skip != other._skip) return false;
            for (int i = 0; i < _atoms.Length; i++) if (i != _skip && _atoms[i] != other._atoms[i]) return false;
            return true;
        }

        public override bool Equals(object? obj) => obj is Key other && Equals(other);

        public override int GetHashCode()
        {
            int hash = _variable * 31 + _value;
            for (int i = 0; i < _atoms.Length; i++) if (i != _skip) hash = hash * 16777619 ^ _atoms[i];
            return hash;
        }
    }
}
