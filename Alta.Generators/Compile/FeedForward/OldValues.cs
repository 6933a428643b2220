using System.Collections.Generic;
using System.Linq;
using Alta.Generators.Spec;

namespace Alta.Generators.Compile.FeedForward;

/// <summary>
/// The old values a write can meet, one clear unit each. Without more knowledge these are all the variable's values
/// (or those its own atom allows). A program that computes once and then stops (<c>if (Done) return; ... Done =
/// true;</c>) writes its variables only while a flag still holds its first value, so their old value is still the
/// initial one: natural Dyck-1's <c>Balance</c> (32 values) needs one clear unit per table instead of 32.
/// <para>
/// The invariant "while F = a, V holds one of I" is taken when (1) it holds in every initial state (every token at
/// every position: I is the set of V's initial values where F's is a), (2) every rule of V that can fire with F = a
/// writes a value in I or comes with a rule of F, implied by its atoms and F = a, that moves F off a, and (3) no rule of
/// F moves F to a from another value. By induction over the steps it then holds in every reachable state, so on
/// every input <c>Interpret</c> accepts the narrowed clears are exact.
/// </para>
/// </summary>
internal sealed class OldValues
{
    private readonly ResidualLayout _layout;
    /// <summary>(V, F, a) → I.</summary>
    private readonly Dictionary<(int Variable, int Flag, int Value), int[]> _while = new();

    public OldValues(ResidualLayout layout, IReadOnlyList<Rule> rules)
    {
        _layout = layout;
        var model = layout.Model;
        var byVariable = rules.GroupBy(r => r.Variable).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var written in byVariable)
        {
            int variable = written.Key;
            if (model.Variables[variable].IsHead) continue;
            var flags = written.Value.SelectMany(r => r.Atoms)
                .Where(a => a.Variable != variable && !model.Variables[a.Variable].IsHead && model.Variables[a.Variable].Kind == VariableKind.Categorical
                    && a.Values.Count == 1 && a.Values[0] >= 0)
                .Select(a => (Flag: a.Variable, Value: a.Values[0])).Distinct().ToList();
            foreach (var (flag, value) in flags)
            {
                var initial = Initial(variable, flag, value);
                if (initial is null || initial.Length >= layout.ValueCount(variable)) continue;
                byVariable.TryGetValue(flag, out var flagRules);
                flagRules ??= [];
                // (3) Nothing moves the flag to a from another value.
                if (flagRules.Any(r => r.Value == value && !(RuleIndex.Find(r, flag) is { } own && own.Values.All(v => v == value)))) continue;
                // (2) Every write that can happen with F = a stays in I or leaves F = a in the same step.
                bool holds = written.Value.All(rule =>
                    RuleIndex.Find(rule, flag) is { } atom && !atom.Values.Contains(value)
                    || initial.Contains(rule.Value)
                    || flagRules.Any(f => f.Value != value && Implies(rule, flag, value, f)));
                if (holds) _while[(variable, flag, value)] = initial;
            }
        }
    }

    /// <summary>The old values a rule's clear units must cover.</summary>
    public IEnumerable<int> Of(Rule rule)
    {
        var own = rule.Atoms.FirstOrDefault(a => a.Variable == rule.Variable);
        return Narrow(rule.Variable, rule.Atoms, own is null ? _layout.Values(rule.Variable) : own.Values.Where(v => v >= 0));
    }

    /// <summary>The old values a block's clear units must cover: its own operand's values, or all, narrowed by its guard.</summary>
    public int[] Of(LinearBlock block) =>
        Narrow(block.Variable, block.Guard, block.OwnOperand >= 0 ? block.OperandValues[block.OwnOperand] : _layout.Values(block.Variable)).ToArray();

    private IEnumerable<int> Narrow(int variable, IEnumerable<Atom> atoms, IEnumerable<int> values)
    {
        if (_while.Count == 0) return values;
        foreach (var atom in atoms)
            if (atom.Values.Count == 1 && _while.TryGetValue((variable, atom.Variable, atom.Values[0]), out var initial))
                values = values.Where(initial.Contains);
        return values;
    }

    /// <summary>V's initial values over every token and position whose initial F is a; null when a position's cannot be listed.</summary>
    private int[]? Initial(int variable, int flag, int value)
    {
        var evaluation = _layout.Evaluation;
        int count = _layout.Model.Variables.Count, positions = evaluation.PositionInit.Count / count;
        var found = new SortedSet<int>();
        for (int token = 0; token < _layout.Model.Vocabulary; token++)
        {
            int v = evaluation.TokenInit[token * count + variable], f = evaluation.TokenInit[token * count + flag];
            if (v >= 0 && f >= 0)
            {
                if (f == value) found.Add(v);
                continue;
            }
            if (positions == 0) return null;
            for (int position = 0; position < positions; position++)
            {
                int pv = v >= 0 ? v : evaluation.PositionInit[position * count + variable];
                int pf = f >= 0 ? f : evaluation.PositionInit[position * count + flag];
                if (pv < 0 || pf < 0) return null;
                if (pf == value) found.Add(pv);
            }
        }
        return found.ToArray();
    }

    /// <summary>Whether every state that satisfies <paramref name="rule"/> with F = a satisfies <paramref name="flagRule"/>.</summary>
    private static bool Implies(Rule rule, int flag, int value, Rule flagRule) =>
        flagRule.Atoms.All(atom => atom.Variable == flag
            ? atom.Values.Contains(value)
            : RuleIndex.Find(rule, atom.Variable) is { } given && given.Values.All(atom.Values.Contains));
}
