using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Evaluate.Diagrams;

namespace Alta.Generators.Evaluate.Mlp;

/// <summary>
/// The smallest assignment that reaches a finding: the shortest path to <c>true</c> in a boolean diagram (fewest
/// variables named), lower value indices first (null first), written in declaration order:
/// <c>Carry = 1, A = 9, B = 0</c>.
/// </summary>
internal static class Counterexample
{
    /// <summary>The path as (diagram variable, value index) pairs, or null when <paramref name="where"/> is false.</summary>
    public static List<(int Variable, int Value)>? Find(DecisionDiagram d, int where)
    {
        var memo = new Dictionary<int, (int Length, int Child, int Value)>();
        if (Length(d, where, memo) == int.MaxValue) return null;
        var path = new List<(int, int)>();
        for (int node = where; !d.IsLeaf(node); node = memo[node].Child)
            path.Add((d.VariableOf(node), memo[node].Value));
        return path;
    }

    private static int Length(DecisionDiagram d, int node, Dictionary<int, (int Length, int Child, int Value)> memo)
    {
        if (d.IsLeaf(node)) return d.ValueOf(node) is { Kind: ValueKind.Bool, AsBool: true } ? 0 : int.MaxValue;
        if (memo.TryGetValue(node, out var known)) return known.Length;
        var best = (Length: int.MaxValue, Child: -1, Value: -1);
        var children = d.ChildrenOf(node);
        for (int k = 0; k < children.Length; k++)
        {
            int length = Length(d, children[k], memo);
            if (length != int.MaxValue && length + 1 < best.Length) best = (length + 1, children[k], k);
        }
        memo[node] = best;
        return best.Length;
    }

    /// <summary>"when A = 1, Left = null", or "in every state" when the path tests nothing.</summary>
    public static string Describe(DiagramLayout layout, List<(int Variable, int Value)> path)
    {
        var parts = new SortedDictionary<int, string>();
        foreach (var (variable, value) in path)
        {
            if (layout.IsPresence(variable))
            {
                int selector = variable - layout.VariableCount;
                bool headTested = path.Any(p => !layout.IsPresence(p.Variable) && layout.SelectorOf[p.Variable] == selector);
                if (headTested) continue;
                var heads = layout.HeadsOf[selector];
                if (value == 0)
                    foreach (var head in heads) parts[head] = $"{layout.Model.Variables[head].Name} = null";
                else if (heads.Count > 0)
                    parts[heads[0]] = $"{layout.Model.Variables[heads[0]].Name} != null";
                continue;
            }
            var v = layout.Model.Variables[variable];
            parts[variable] = $"{v.Name} = {VariableValues.Display(v, layout.Domains[variable], value)}";
        }
        return parts.Count == 0 ? "in every state" : "when " + string.Join(", ", parts.Values);
    }
}
