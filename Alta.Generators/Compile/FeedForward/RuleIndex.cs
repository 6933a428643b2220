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

    public RuleIndex(ResidualLayout layout, IReadOnlyList<Rule> rules, OldValues olds)
    {
        Rules = rules;
        _words = (rules.Count + 63) / 64;
        var ids = new AtomIds();
        var values = new List<int[]>();
        AtomIds = new int[rules.Count][];
        Costs = new long[rules.Count];
        for (int r = 0; r < rules.Count; r++)
        {
            var rule = rules[r];
            var atoms = new int[rule.Atoms.Count];
            for (int a = 0; a < atoms.Length; a++)
            {
                atoms[a] = ids.Of(rule.Atoms[a]);
                if (atoms[a] == values.Count) values.Add(rule.Atoms[a].Values.ToArray());
            }
            AtomIds[r] = atoms;
            Costs[r] = olds.Of(rule).Count(a => a != rule.Value);
        }
        AtomValues = values.ToArray();
        foreach (var variable in rules.SelectMany(r => r.Atoms.Select(a => a.Variable)).Distinct())
        {
            // Value index v is slot v + 1 (slot 0 is null); a rule that does not test the variable is in the last set,
            // which every union includes.
            int slots = layout.ValueCount(variable) + 1;
            var sets = new ulong[slots + 1][];
            for (int s = 0; s <= slots; s++) sets[s] = new ulong[_words];
            for (int r = 0; r < rules.Count; r++)
            {
                var atom = Find(rules[r], variable);
                if (atom is null) { Set(sets[slots], r); continue; }
                var atomValues = atom.Values;
                for (int k = 0; k < atomValues.Count; k++) Set(sets[atomValues[k] + 1], r);
            }
            _byValue[variable] = sets;
        }
    }

    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Per rule, the ids of its atoms, in the rule's order (equal atoms have equal ids).</summary>
    public int[][] AtomIds { get; }

    /// <summary>Per atom id, its values (ascending).</summary>
    public int[][] AtomValues { get; }

    /// <summary>The values of rule <paramref name="rule"/>'s atom on <paramref name="variable"/>, or null when it does not test it.</summary>
    public int[]? ValuesOf(int rule, int variable)
    {
        var atoms = Rules[rule].Atoms;
        for (int a = 0; a < atoms.Count; a++) if (atoms[a].Variable == variable) return AtomValues[AtomIds[rule][a]];
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

    private static int TrailingZeros(ulong value)
    {
        int count = 0;
        while ((value & 1) == 0) { value >>= 1; count++; }
        return count;
    }
}
