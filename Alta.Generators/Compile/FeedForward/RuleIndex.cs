using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile.FeedForward;

/// <summary>
/// One variable's rules, numbered, with what <see cref="LinearBlockFinder"/> asks of them many times: each atom
/// interned as a small id (so a guard is a short list of ints, not a string), each rule's cost when written as
/// rules, and for each tested variable and value the set of rules that can fire with that value (a bit set over
/// the rules), so that "which other rules meet this guard and rectangle" is a few bitwise ANDs instead of a
/// scan over every rule. Natural SUBLEQ's <c>Mem</c> has 25,872 rules; the scan made its build take seconds.
/// </summary>
internal sealed class RuleIndex
{
    private readonly Dictionary<int, ulong[][]> _byValue = new();
    private readonly Dictionary<string, ulong[]> _unions = new();
    private readonly int _words;
    /// <summary>Per rule, the variable of each atom (read many times by <see cref="ValuesOf"/>).</summary>
    private readonly int[][] _variables;

    public RuleIndex(ResidualLayout layout, IReadOnlyList<Rule> rules, OldValues olds, AtomIds ids)
    {
        Rules = rules;
        _words = (rules.Count + 63) / 64;
        AtomIds = new int[rules.Count][];
        _variables = new int[rules.Count][];
        Costs = new long[rules.Count];
        for (int r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            var atoms = new int[rule.Atoms.Count];
            var variables = new int[atoms.Length];
            for (int a = 0; a < atoms.Length; a++)
            {
                atoms[a] = ids.Of(rule.Atoms[a]);
                variables[a] = rule.Atoms[a].Variable;
            }
            AtomIds[r] = atoms;
            _variables[r] = variables;
            Costs[r] = olds.Of(rule).Count(a => a != rule.Value);
        }
        // The ids are shared with the merger and the other variables' indexes, so only this index's atoms have values here.
        AtomValues = new int[ids.Count][];
        for (int r = 0; r < rules.Count; r++)
            for (int a = 0; a < AtomIds[r].Length; a++)
                AtomValues[AtomIds[r][a]] ??= rules[r].Atoms[a].Values.ToArray();
        // One pass over the rules fills every variable's sets: a rule that tests the variable is in the sets of its
        // values, and one that does not stays in the last set, which starts full (a pass per variable over 25,872 rules
        // was most of the index's time).
        for (int r = 0; r < rules.Count; r++)
        {
            var atoms = rules[r].Atoms;
            for (int a = 0; a < atoms.Count; a++)
            {
                int variable = atoms[a].Variable;
                if (!_byValue.TryGetValue(variable, out var sets)) _byValue[variable] = sets = NewSets(layout.ValueCount(variable) + 1, rules.Count);
                if (!IsFirst(atoms, a)) continue; // as Find: the first atom on the variable counts
                Clear(sets[sets.Length - 1], r);
                var atomValues = AtomValues[AtomIds[r][a]];
                for (int k = 0; k < atomValues.Length; k++) Set(sets[atomValues[k] + 1], r);
            }
        }
    }

    /// <summary>
    /// Value index v is slot v + 1 (slot 0 is null); a rule that does not test the variable is in the last set,
    /// which every union includes.
    /// </summary>
    private ulong[][] NewSets(int slots, int rules)
    {
        var sets = new ulong[slots + 1][];
        for (int s = 0; s <= slots; s++) sets[s] = new ulong[_words];
        for (int r = 0; r < rules; r++) Set(sets[slots], r);
        return sets;
    }

    private static bool IsFirst(EquatableArray<Atom> atoms, int index)
    {
        for (int a = 0; a < index; a++) if (atoms[a].Variable == atoms[index].Variable) return false;
        return true;
    }

    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Per rule, the ids of its atoms, in the rule's order (equal atoms have equal ids).</summary>
    public int[][] AtomIds { get; }

    /// <summary>Per atom id, its values (ascending); null for the ids of atoms no rule of this index has.</summary>
    public int[][] AtomValues { get; }

    /// <summary>Per rule, the variable of each of its atoms, in the rule's order.</summary>
    public int[] VariablesOf(int rule) => _variables[rule];

    /// <summary>The values of rule <paramref name="rule"/>'s atom on <paramref name="variable"/>, or null when it does not test it.</summary>
    public int[]? ValuesOf(int rule, int variable)
    {
        var variables = _variables[rule];
        for (int a = 0; a < variables.Length; a++) if (variables[a] == variable) return AtomValues[AtomIds[rule][a]];
        return null;
    }

    /// <summary>Per rule, the units it costs written in one stage (one per old value it changes).</summary>
    public long[] Costs { get; }

    public static Atom? Find(Rule rule, int variable)
    {
        var atoms = rule.Atoms;
        for (int a = 0; a < atoms.Count; a++) if (atoms[a].Variable == variable) return atoms[a];
        return null;
    }

    /// <summary>
    /// Whether a rule outside <paramref name="members"/> can fire when every variable of <paramref name="allowed"/>
    /// holds one of its values.
    /// </summary>
    public bool AnyOtherMeets(IEnumerable<(int Variable, IReadOnlyList<int> Values)> allowed, HashSet<int> members)
    {
        var meets = new ulong[_words];
        for (int w = 0; w < _words; w++) meets[w] = ulong.MaxValue;
        foreach (var (variable, values) in allowed)
        {
            if (!_byValue.ContainsKey(variable)) continue; // no rule tests it: every rule meets it
            var union = Union(variable, values);
            for (int w = 0; w < _words; w++) meets[w] &= union[w];
        }
        for (int w = 0; w < _words; w++)
        {
            ulong bits = meets[w];
            while (bits != 0)
            {
                int bit = TrailingZeros(bits);
                int rule = w * 64 + bit;
                if (rule < Rules.Count && !members.Contains(rule)) return true;
                bits &= bits - 1;
            }
        }
        return false;
    }

    private ulong[] Union(int variable, IReadOnlyList<int> values)
    {
        string key = variable + ":" + string.Join(",", values);
        if (_unions.TryGetValue(key, out var union)) return union;
        var sets = _byValue[variable];
        union = (ulong[])sets[sets.Length - 1].Clone();
        foreach (var value in values)
        {
            if (value + 1 >= sets.Length - 1) continue;
            var set = sets[value + 1];
            for (int w = 0; w < _words; w++) union[w] |= set[w];
        }
        return _unions[key] = union;
    }

    private static void Set(ulong[] set, int index) => set[index >> 6] |= 1UL << (index & 63);

    private static void Clear(ulong[] set, int index) => set[index >> 6] &= ~(1UL << (index & 63));

    private static int TrailingZeros(ulong value)
    {
        int count = 0;
        while ((value & 1) == 0) { value >>= 1; count++; }
        return count;
    }
}
