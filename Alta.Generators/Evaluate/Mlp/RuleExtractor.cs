using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Spec;

namespace Alta.Generators.Evaluate.Mlp;

/// <summary>
/// Turns a written variable's target diagram into rules: one per root-to-leaf path whose leaf changes the
/// variable, where edges from one node to the same child merge into one atom over a set of values. Paths of a
/// diagram are disjoint, so the rules of one variable are mutually exclusive. A path that tests the variable
/// itself drops the values it would only rewrite (and the whole rule when none is left).
/// </summary>
internal sealed class RuleExtractor
{
    private readonly MlpExploration _exploration;
    private readonly int _variable;
    private readonly Dictionary<int, (int Child, int[] Values)[]> _groups = new();
    private readonly List<(int DiagramVariable, int[] Values)> _path = new();
    private readonly List<Rule> _rules = new();
    private readonly Dictionary<EdgeKey, Atom?> _atoms = new();

    /// <summary>An edge group's values (each group's array is its own instance) and, for the own variable, the written value.</summary>
    private readonly struct EdgeKey(int[] values, int written) : System.IEquatable<EdgeKey>
    {
        private readonly int[] _values = values;
        private readonly int _written = written;

        public bool Equals(EdgeKey other) => ReferenceEquals(_values, other._values) && _written == other._written;

        public override bool Equals(object? obj) => obj is EdgeKey other && Equals(other);

        public override int GetHashCode() => System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_values) * 31 + _written;
    }

    private RuleExtractor(MlpExploration exploration, int variable)
    {
        _exploration = exploration;
        _variable = variable;
    }

    /// <summary>How many rules the variable needs in this exploration (counted on the diagram, without listing them).</summary>
    public static long Count(MlpExploration exploration, int variable)
    {
        var extractor = new RuleExtractor(exploration, variable);
        return extractor.CountFrom(exploration.Targets[variable]!.Value, null, new Dictionary<(int, string?), long>());
    }

    public static List<Rule> Extract(MlpExploration exploration, int variable)
    {
        var extractor = new RuleExtractor(exploration, variable);
        extractor.Walk(exploration.Targets[variable]!.Value);
        return extractor._rules;
    }

    /// <summary>One rule per path of <paramref name="root"/> that ends in an integer leaf, for variable -1 (no
    /// variable of the program: the guards of <see cref="GuardExtractor"/>).</summary>
    public static List<Rule> ExtractFrom(MlpExploration exploration, int root)
    {
        var extractor = new RuleExtractor(exploration, -1);
        extractor.Walk(root);
        return extractor._rules;
    }

    /// <summary>The node's children, with the values leading to each (ascending), each child once.</summary>
    private (int Child, int[] Values)[] Groups(int node)
    {
        if (_groups.TryGetValue(node, out var known)) return known;
        var children = _exploration.D.ChildrenOf(node);
        var order = new List<int>();
        var values = new Dictionary<int, List<int>>();
        for (int k = 0; k < children.Length; k++)
        {
            if (!values.TryGetValue(children[k], out var list))
            {
                values[children[k]] = list = new List<int>();
                order.Add(children[k]);
            }
            list.Add(k);
        }
        var groups = order.Select(c => (c, values[c].ToArray())).ToArray();
        _groups[node] = groups;
        return groups;
    }

    private long CountFrom(int node, int[]? own, Dictionary<(int, string?), long> memo)
    {
        var d = _exploration.D;
        if (d.IsLeaf(node))
        {
            var leaf = d.ValueOf(node);
            if (leaf.Kind != ValueKind.Int) return 0;
            return own is null || own.Any(x => x != leaf.Integer) ? 1 : 0;
        }
        var key = (node, own is null ? null : string.Join(",", own));
        if (memo.TryGetValue(key, out var done)) return done;
        long total = 0;
        bool isOwn = d.VariableOf(node) == _variable;
        foreach (var (child, values) in Groups(node))
            total += CountFrom(child, isOwn ? values : own, memo);
        memo[key] = total;
        return total;
    }

    private void Walk(int node)
    {
        var d = _exploration.D;
        if (d.IsLeaf(node))
        {
            var leaf = d.ValueOf(node);
            if (leaf.Kind == ValueKind.Int) Emit((int)leaf.Integer);
            if ((_rules.Count & 255) == 255) d.Cancellation.ThrowIfCancellationRequested();
            return;
        }
        var variable = d.VariableOf(node);
        foreach (var (child, values) in Groups(node))
        {
            _path.Add((variable, values));
            Walk(child);
            _path.RemoveAt(_path.Count - 1);
        }
    }

    private void Emit(int value)
    {
        var layout = _exploration.Layout;
        var atoms = new List<Atom>(_path.Count);
        foreach (var (diagramVariable, values) in _path)
        {
            if (layout.IsPresence(diagramVariable))
            {
                // Presence sits above its heads in every order, so "absent" never meets a head's value on a path.
                int selector = diagramVariable - layout.VariableCount;
                bool present = values[0] == 1;
                bool headTested = false;
                foreach (var p in _path)
                    headTested |= !layout.IsPresence(p.DiagramVariable) && layout.SelectorOf[p.DiagramVariable] == selector;
                if (present && headTested) continue; // a head's value already says it is present
                var heads = layout.HeadsOf[selector];
                if (heads.Count == 0) continue;
                atoms.Add(new Atom(heads[0], present
                    ? Enumerable.Range(0, layout.Sizes[heads[0]]).ToEquatableArray()
                    : EquatableArray.Create(-1)));
                continue;
            }
            // One atom per edge group (and written value, for the variable's own atom), shared by every rule whose
            // path takes that edge: natural SUBLEQ's 25,872 rules of Mem otherwise made fresh atoms that the FFN
            // compiler then had to hash by value to number them.
            var key = new EdgeKey(values, diagramVariable == _variable ? value : int.MinValue);
            if (!_atoms.TryGetValue(key, out var atom))
            {
                var kept = values;
                if (diagramVariable == _variable) kept = values.Where(x => x != value).ToArray();
                _atoms[key] = atom = kept.Length == 0 ? null : new Atom(diagramVariable, kept.ToEquatableArray());
            }
            if (atom is null) return;
            atoms.Add(atom);
        }
        atoms.Sort((a, b) => a.Variable.CompareTo(b.Variable));
        _rules.Add(new Rule(_variable, atoms.ToEquatableArray(), value));
    }
}
