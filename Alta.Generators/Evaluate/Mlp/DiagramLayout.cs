using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Spec;

namespace Alta.Generators.Evaluate.Mlp;

/// <summary>
/// Which decision-diagram variable stands for what: one per program variable (for a head output, its non-null
/// values), then one <b>presence</b> variable per selector (absent, present). A head output reads as
/// "null when its selector selected nothing, else its value", so heads that share a selector are null together
/// by construction and no impossible combination is ever explored.
/// </summary>
internal sealed class DiagramLayout
{
    public DiagramLayout(ProgramSpec model, Domain[] domains)
    {
        Model = model;
        Domains = domains;
        int n = model.Variables.Count;
        Sizes = new int[n + model.Selectors.Count];
        for (int v = 0; v < n; v++) Sizes[v] = System.Math.Max(1, domains[v].Size);
        for (int s = 0; s < model.Selectors.Count; s++) Sizes[n + s] = 2;
        HeadsOf = new List<int>[model.Selectors.Count];
        for (int s = 0; s < HeadsOf.Length; s++) HeadsOf[s] = new List<int>();
        SelectorOf = Enumerable.Repeat(-1, n).ToArray();
        // A count is never null (it counts 0 when nothing is selected), so it has no presence to share.
        foreach (var head in model.Heads.Where(h => h.Kind != HeadKind.Count))
        {
            HeadsOf[head.Selector].Add(head.Output);
            SelectorOf[head.Output] = head.Selector;
        }
        foreach (var heads in HeadsOf) heads.Sort();
    }

    public ProgramSpec Model { get; }
    public Domain[] Domains { get; }
    public int[] Sizes { get; }

    /// <summary>Per selector: its head output variables, ascending.</summary>
    public List<int>[] HeadsOf { get; }

    /// <summary>Per program variable: the selector of the head it is the output of, or -1.</summary>
    public int[] SelectorOf { get; }

    public int VariableCount => Model.Variables.Count;

    public bool IsPresence(int diagramVariable) => diagramVariable >= VariableCount;

    public int PresenceOf(int selector) => VariableCount + selector;

    /// <summary>A diagram order from an order of the program's variables: each presence variable goes right above its first head.</summary>
    public int[] Order(IEnumerable<int> variables)
    {
        var order = new List<int>();
        var placed = new bool[Sizes.Length];
        foreach (var v in variables)
        {
            if (placed[v]) continue;
            if (SelectorOf[v] is var s and >= 0 && !placed[PresenceOf(s)])
            {
                order.Add(PresenceOf(s));
                placed[PresenceOf(s)] = true;
            }
            order.Add(v);
            placed[v] = true;
        }
        for (int d = 0; d < Sizes.Length; d++)
            if (!placed[d]) order.Add(d);
        return order.ToArray();
    }

    /// <summary>What the MLP reads from a variable before writing it: a diagram over the variable (and its presence).</summary>
    public int Initial(DecisionDiagram d, int v)
    {
        var variable = Model.Variables[v];
        var value = d.Variable(v, k => VariableValues.Decode(variable, Domains[v], k));
        if (SelectorOf[v] < 0) return value;
        var present = d.Variable(PresenceOf(SelectorOf[v]), k => Value.Bool(k == 1));
        return d.Ite(present, value, d.Constant(Value.Null));
    }
}
