using System.Collections.Generic;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Spec;

namespace Alta.Generators.Evaluate.Mlp;

/// <summary>
/// The states in which the MLP fails (the paths behind the warnings ALTA012, ALTA013 and ALTA032..ALTA035), as
/// guards: "if every atom holds, the MLP fails with this problem". <c>Run</c> and <c>Interpret</c> check them
/// before the MLP at every position, so both throw the same <c>AltaProgramException</c> where the compiled rules
/// would silently leave every variable unchanged, and <c>Interpret</c> never enters a loop the build found endless.
/// Guards are disjoint: a fault comes first (the method stops there), then the written variables in declaration
/// order (the interpreter checks them in that order).
/// </summary>
internal static class GuardExtractor
{
    public static (List<Rule> Guards, List<GuardProblem> Problems) Extract(MlpExploration exploration)
    {
        var d = exploration.D;
        var layout = exploration.Layout;
        var problems = new List<GuardProblem>();
        var known = new Dictionary<GuardProblem, int>();
        Value Problem(string problem, string variable)
        {
            var key = new GuardProblem(problem, variable);
            if (!known.TryGetValue(key, out var index)) known[key] = index = problems.Count;
            if (index == problems.Count) problems.Add(key);
            return Value.Int(index);
        }

        var faulted = exploration.Executor.Faulted;
        // A throw (no id) is an impossible path: nothing to guard.
        int root = d.Apply(faulted, exploration.Executor.Fault, (f, fault) =>
            f.AsBool && fault.Failure is { Id: { } id } failure
                ? Problem($"The MLP fails on a path the build reported ({id}: {failure.Message})", "")
                : Value.Null);
        for (int v = 0; v < layout.VariableCount; v++)
        {
            if (exploration.Encoded[v] is not { } encoded) continue;
            var variable = layout.Model.Variables[v];
            var range = VariableValues.RangeText(variable, layout.Domains[v]);
            root = d.Apply(root, faulted, encoded, (current, f, e) =>
                !current.IsNull || f.AsBool || !e.IsError ? current
                : Problem(variable.Kind switch
                {
                    VariableKind.Numerical => $"'{variable.Name}' was assigned {e.Failure!.Message}",
                    VariableKind.Set => $"'{variable.Name}' was assigned {e.Failure!.Message}, which is not among its {range}",
                    _ => $"'{variable.Name}' was assigned {e.Failure!.Message} (range {range})",
                }, variable.Name));
        }
        if (root == d.Constant(Value.Null)) return (new List<Rule>(), problems);
        return (RuleExtractor.ExtractFrom(exploration, root), problems);
    }
}
