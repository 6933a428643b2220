using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Model;

namespace Alta.Generators.Evaluate.Mlp;

/// <summary>
/// Turns a written variable's target diagram into rules: one per root-to-leaf path whose leaf changes the
/// variable, where edges from one node to the same child merge into one atom over a set of values. Paths of a
/// diagram are disjoint, so the rules of one variable are mutually exclusive.
/// </summary>
internal sealed class RuleExtractor
{
    private readonly MlpExploration _exploration;
    private readonly int _variable;
    private readonly int _limit;
    private readonly List<(int DiagramVariable, int[] Values)> _path = new();
    private readonly List<Rule>? _rules;
    private int _count;

    private RuleExtractor(MlpExploration exploration, int variable, int limit, bool collect)
    {
        _exploration = exploration;
        _variable = variable;
        _limit = limit;
        _rules = collect ? new List<Rule>() : null;
    }

    /// <summary>How many rules the variable needs in this exploration, or more than <paramref name="limit"/> when it passes it.</summary>
    public static int Count(MlpExploration exploration, int variable, int limit)
    {
        var extractor = new RuleExtractor(exploration, variable, limit, collect: false);
        extractor.Walk(exploration.Targets[variable]!.Value);
        return extractor._count;
    }

    public static List<Rule> Extract(MlpExploration exploration, int variable)
    {
        var extractor = new RuleExtractor(exploration, variable, int.MaxValue, collect: true);
        extractor.Walk(exploration.Targets[variable]!.Value);
        return extractor._rules!;
    }

    private void Walk(int node)
    {
        if (_count > _limit) return;
        var d = _exploration.D;
        if (d.IsLeaf(node))
        {
            var leaf = d.ValueOf(node);
            if (leaf.Kind == ValueKind.Int) Emit((int)leaf.Integer);
            return;
        }
        var children = d.ChildrenOf(node);
        var variable = d.VariableOf(node);
        var done = new HashSet<int>();
        for (int k = 0; k < children.Length; k++)
        {
            if (!done.Add(children[k])) continue;
            var values = new List<int>();
            for (int j = k; j < children.Length; j++)
                if (children[j] == children[k]) values.Add(j);
            _path.Add((variable, values.ToArray()));
            Walk(children[k]);
            _path.RemoveAt(_path.Count - 1);
        }
    }

    private void Emit(int value)
    {
        var layout = _exploration.Layout;
        var atoms = new List<Atom>();
        foreach (var (diagramVariable, values) in _path)
        {
            if (layout.IsPresence(diagramVariable))
            {
                int selector = diagramVariable - layout.VariableCount;
                var heads = layout.HeadsOf[selector];
                bool present = values[0] == 1;
                bool headTested = _path.Any(p => !layout.IsPresence(p.DiagramVariable) && layout.SelectorOf[p.DiagramVariable] == selector);
                if (!present && headTested) return; // "absent" and a head value: contradictory, never fires
                if (present && headTested) continue; // a head's value already says it is present
                if (heads.Count == 0) continue;
                var head = heads[0];
                atoms.Add(new Atom(head, present
                    ? Enumerable.Range(0, layout.Sizes[head]).ToEquatableArray()
                    : EquatableArray.Create(-1)));
                continue;
            }
            var kept = values;
            if (diagramVariable == _variable)
            {
                // The rule need not fire where the variable already holds the value it would write.
                kept = values.Where(x => x != value).ToArray();
                if (kept.Length == 0) return;
            }
            atoms.Add(new Atom(diagramVariable, kept.ToEquatableArray()));
        }
        _count++;
        _rules?.Add(new Rule(_variable, atoms.OrderBy(a => a.Variable).ToEquatableArray(), value));
    }
}
