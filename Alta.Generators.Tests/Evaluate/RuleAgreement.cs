using Alta.Generators.Spec;
using Alta.Interpretation;
using VariableKind = Alta.Generators.Spec.VariableKind;
using HeadKind = Alta.Generators.Spec.HeadKind;

namespace Alta.Generators.Tests.Evaluate;

/// <summary>
/// The evaluator's central check: on variable states (every state when there are few, else random ones), the
/// extracted rules give the same next values as running the class's own [Mlp] method through the generated
/// interpreter host, on every state where the method does not throw or write a value the interpreter rejects.
/// Also checks that at most one rule of each variable fires.
/// </summary>
internal static class RuleAgreement
{
    /// <returns>How many states were compared.</returns>
    public static int Check(EvaluationHarness.Outcome outcome, IInterpreterHost host, int samples = 600, int seed = 1)
    {
        var model = outcome.Model;
        var evaluation = outcome.Evaluation!;
        int n = model.Variables.Count;
        var rulesOf = Enumerable.Range(0, n).Select(v => evaluation.Rules.Where(r => r.Variable == v).ToList()).ToArray();
        var random = new Random(seed);
        int compared = 0;
        var state = new int[n];
        foreach (var s in States(model, evaluation, random, samples))
        {
            Array.Copy(s, state, n);
            var values = new double[n];
            for (int v = 0; v < n; v++) values[v] = Encode(model.Variables[v], evaluation.Domains[v], state[v]);
            var before = string.Join(", ", Enumerable.Range(0, n).Select(v => $"{model.Variables[v].Name}={Show(model.Variables[v], evaluation.Domains[v], state[v])}"));
            try
            {
                host.Step(values);
            }
            catch (Exception)
            {
                continue;
            }
            var actual = new int[n];
            bool rejected = false;
            for (int v = 0; v < n && !rejected; v++)
            {
                if (model.Variables[v].IsHead) continue;
                actual[v] = Decode(model.Variables[v], evaluation.Domains[v], values[v]);
                rejected = actual[v] == int.MinValue;
            }
            if (rejected) continue;
            compared++;
            for (int v = 0; v < n; v++)
            {
                if (model.Variables[v].IsHead) continue;
                var fired = rulesOf[v].Where(r => r.Atoms.All(a => a.Values.Contains(state[a.Variable]))).ToList();
                Assert.True(fired.Count <= 1, $"{fired.Count} rules of '{model.Variables[v].Name}' fire on {before}");
                int expected = fired.Count == 1 ? fired[0].Value : state[v];
                if (expected != actual[v])
                    Assert.Fail($"'{model.Variables[v].Name}': rules give {expected}, the method gives {actual[v]} on {before}");
            }
        }
        return compared;
    }

    private static IEnumerable<int[]> States(ProgramSpec model, Evaluation evaluation, Random random, int samples)
    {
        int n = model.Variables.Count;
        // Heads may be null, except counts (0 when nothing is selected).
        var nullable = Enumerable.Range(0, n).Select(v => model.Variables[v].IsHead && !model.Heads.Any(h => h.Output == v && h.Kind == HeadKind.Count)).ToArray();
        var sizes = Enumerable.Range(0, n).Select(v => evaluation.Domains[v].Size + (nullable[v] ? 1 : 0)).ToArray();
        double total = sizes.Aggregate(1.0, (a, b) => a * b);
        if (total <= samples * 4)
        {
            // Every state (heads of one selector null together).
            var state = new int[n];
            for (long i = 0; i < (long)total; i++)
            {
                long rest = i;
                for (int v = 0; v < n; v++)
                {
                    state[v] = (int)(rest % sizes[v]) - (nullable[v] ? 1 : 0);
                    rest /= sizes[v];
                }
                if (Consistent(model, state)) yield return (int[])state.Clone();
            }
            yield break;
        }
        for (int i = 0; i < samples; i++)
        {
            var state = new int[n];
            var absent = model.Selectors.Select(_ => random.Next(3) == 0).ToArray();
            for (int v = 0; v < n; v++) state[v] = random.Next(evaluation.Domains[v].Size);
            foreach (var head in model.Heads)
                if (absent[head.Selector] && nullable[head.Output]) state[head.Output] = -1;
            yield return state;
        }
    }

    private static bool Consistent(ProgramSpec model, int[] state)
    {
        var heads = model.Heads.Where(h => h.Kind != HeadKind.Count).ToList();
        foreach (var a in heads)
            foreach (var b in heads)
                if (a.Selector == b.Selector && (state[a.Output] < 0) != (state[b.Output] < 0)) return false;
        return true;
    }

    private static double Encode(Variable variable, Domain domain, int index) =>
        index < 0 ? double.NaN : variable.Kind == VariableKind.Numerical ? domain.Centres[index] : index;

    /// <summary>The value index the interpreter would store, or int.MinValue when it would reject the value.</summary>
    private static int Decode(Variable variable, Domain domain, double value)
    {
        switch (variable.Kind)
        {
            case VariableKind.Numerical:
                if (double.IsNaN(value) || double.IsInfinity(value)) return int.MinValue;
                return Buckets.Of(domain.Centres.ToArray(), value);
            default:
                if (value != Math.Floor(value) || value < 0 || value >= domain.Size) return int.MinValue;
                return (int)value;
        }
    }

    private static string Show(Variable variable, Domain domain, int index) =>
        index < 0 ? "null" : variable.Kind == VariableKind.Numerical ? domain.Centres[index].ToString(System.Globalization.CultureInfo.InvariantCulture) : index.ToString();
}
