using System.Linq;
using Alta.Generators.Spec;
using Alta.Interpretation;
using GenKind = Alta.Generators.Spec.VariableKind;
using GenType = Alta.Generators.Spec.ValueType;
using RunKind = Alta.Interpretation.VariableKind;

namespace Alta.Generators.Tests.Compile;

/// <summary>
/// Builds a program's parse and evaluation models by hand (what the parser and evaluator produce), and the
/// matching interpreter program whose MLP applies the same rules, so compiled runs can be checked against
/// the interpreter without the other stages.
/// </summary>
internal sealed class HandMadeProgram
{
    private readonly List<Variable> _variables = [];
    private readonly List<Domain> _domains = [];
    private readonly List<Head> _heads = [];
    private readonly List<Selector> _selectors = [];
    private readonly List<Selection> _selections = [];
    private readonly List<Rule> _rules = [];
    private readonly List<Func<int, int>?> _fromToken = [];
    private readonly List<Func<int, int>?> _fromPosition = [];

    public string Name { get; init; } = "HandMade";
    public int Vocabulary { get; init; }
    public int MaxLength { get; init; }
    public int MaxLayers { get; init; } = 64;

    public int Categorical(string name, int range, Func<int, int>? fromToken = null, Func<int, int>? fromPosition = null, bool head = false) =>
        Add(new Variable(name, GenKind.Categorical, range == 2 ? GenType.Bool : GenType.Int, range == 2 ? "bool" : "int", range,
                EquatableArray<double>.Empty, null, null, Enumerable.Range(0, range).Select(v => v.ToString()).ToEquatableArray(),
                Init(fromToken, fromPosition), head),
            new Domain(range, EquatableArray<double>.Empty, EquatableArray<SetValue>.Empty), fromToken, fromPosition);

    public int Numerical(string name, double[] centres, Func<int, int>? fromToken = null, bool head = false) =>
        Add(new Variable(name, GenKind.Numerical, GenType.Double, "double", centres.Length, centres.ToEquatableArray(), null, null,
                EquatableArray<string>.Empty, Init(fromToken, null), head),
            new Domain(centres.Length, centres.ToEquatableArray(), EquatableArray<SetValue>.Empty), fromToken, null);

    public int Set(string name, int range, int[][] sets, Func<int, int>? fromToken = null) =>
        Add(new Variable(name, GenKind.Set, GenType.IndexSet, "global::Alta.IndexSet", range, EquatableArray<double>.Empty, null, "Sets",
                EquatableArray<string>.Empty, Init(fromToken, null), false),
            new Domain(sets.Length, EquatableArray<double>.Empty, sets.Select(s => new SetValue(s.ToEquatableArray())).ToEquatableArray()),
            fromToken, null);

    /// <summary>A head: its output variable is created with the value's kind (and its own centres when given).</summary>
    public int Head(string name, int value, int query = -1, int key = -1, int[]? offsets = null, Func<int, int, bool>? where = null, double[]? centres = null)
    {
        var source = _variables[value];
        int output = source.Kind == GenKind.Numerical
            ? Numerical(name, centres ?? _domains[value].Centres.ToArray(), head: true)
            : Categorical(name, source.Range, head: true);
        var selector = new Selector(query, key, (offsets ?? []).ToEquatableArray(), where is null ? null : "Where" + _selectors.Count);
        int index = _selectors.IndexOf(selector);
        if (index < 0 || where is not null)
        {
            index = _selectors.Count;
            _selectors.Add(selector);
            _selections.Add(Relation(query, key, where));
        }
        _heads.Add(new Head(name, source.Kind == GenKind.Numerical ? Spec.HeadKind.Numerical : Spec.HeadKind.Categorical, output, value, index));
        return output;
    }

    public void Rule(int variable, int value, params (int Variable, int[] Values)[] atoms) =>
        _rules.Add(new Rule(variable, atoms.Select(a => new Atom(a.Variable, a.Values.OrderBy(v => v).ToEquatableArray())).ToEquatableArray(), value));

    public (ProgramSpec Model, Evaluation Evaluation) Build(int output, int haltWhen = -1, int haltValue = 1)
    {
        var model = new ProgramSpec("Tests", EquatableArray<string>.Empty, Name, "public", Vocabulary, MaxLength, MaxLayers, output, haltWhen, haltValue,
            _variables.ToEquatableArray(), _heads.ToEquatableArray(), _selectors.ToEquatableArray(), "Step");
        int count = _variables.Count;
        var tokenInit = new int[Vocabulary * count];
        for (int t = 0; t < Vocabulary; t++)
            for (int v = 0; v < count; v++)
                tokenInit[t * count + v] = _variables[v].IsHead || _fromPosition[v] is not null ? -1 : _fromToken[v]?.Invoke(t) ?? 0;
        var positionInit = new int[MaxLength * count];
        for (int p = 0; p < MaxLength; p++)
            for (int v = 0; v < count; v++)
                positionInit[p * count + v] = _fromPosition[v]?.Invoke(p) ?? -1;
        var evaluation = new Evaluation(_domains.ToEquatableArray(), tokenInit.ToEquatableArray(), positionInit.ToEquatableArray(),
            _selections.ToEquatableArray(), _rules.ToEquatableArray(), 0);
        return (model, evaluation);
    }

    /// <summary>The interpreter's view of the same program: its MLP fires the rules on the values it starts with.</summary>
    public (InterpretedProgram Program, IInterpreterHost Host) Interpreted(int output, int haltWhen = -1, int haltValue = 1)
    {
        var (model, evaluation) = Build(output, haltWhen, haltValue);
        var variables = model.Variables.Select((v, i) => new InterpretedVariable(v.Name, (RunKind)(int)v.Kind,
            v.Kind == GenKind.Set ? v.Range : evaluation.Domains[i].Size,
            evaluation.Domains[i].Centres.ToArray(),
            evaluation.Domains[i].Sets.Select(s => IndexSet.Of(s.Elements.ToArray())).ToArray(), null, v.IsHead)).ToArray();
        var heads = model.Heads.Select(h => new InterpretedHead((Alta.Interpretation.HeadKind)h.Kind, h.Output, h.Value, h.Selector)).ToArray();
        var selectors = model.Selectors.Select((s, i) => new InterpretedSelector(s.Query, s.Key, s.Offsets.ToArray(),
            s.Where is null ? null : (q, k) => evaluation.Selections[i].Matrix[(int)q * evaluation.Selections[i].KeySize + (int)k])).ToArray();
        var program = new InterpretedProgram(Name, Vocabulary, MaxLength, MaxLayers, variables, heads, selectors, output, haltWhen, haltValue);
        return (program, new RuleHost(model, evaluation, variables));
    }

    private int Add(Variable variable, Domain domain, Func<int, int>? fromToken, Func<int, int>? fromPosition)
    {
        _variables.Add(variable);
        _domains.Add(domain);
        _fromToken.Add(fromToken);
        _fromPosition.Add(fromPosition);
        return _variables.Count - 1;
    }

    private static Initialiser Init(Func<int, int>? fromToken, Func<int, int>? fromPosition) =>
        fromPosition is not null ? new Initialiser(InitKind.Position, "P", 0)
        : fromToken is not null ? new Initialiser(InitKind.Token, "T", 0)
        : Initialiser.Default;

    private Selection Relation(int query, int key, Func<int, int, bool>? where)
    {
        if (query < 0) return new Selection(0, 0, EquatableArray<bool>.Empty);
        int queries = _domains[query].Sets.Count > 0 ? _domains[query].Sets.Count : _domains[query].Size;
        int keys = _domains[key].Size;
        var matrix = new bool[queries * keys];
        for (int q = 0; q < queries; q++)
            for (int k = 0; k < keys; k++)
                matrix[q * keys + k] = where?.Invoke(q, k)
                    ?? (_variables[query].Kind == GenKind.Set ? _domains[query].Sets[q].Elements.Contains(k) : q == k);
        return new Selection(queries, keys, matrix.ToEquatableArray());
    }

    /// <summary>Initialises from the tables and runs the rules: all atoms read the values as the MLP found them.</summary>
    private sealed class RuleHost(ProgramSpec model, Evaluation evaluation, InterpretedVariable[] variables) : IInterpreterHost
    {
        public void Initialise(int token, int position, Span<double> values)
        {
            int count = model.Variables.Count;
            for (int v = 0; v < count; v++)
            {
                int index = evaluation.TokenInit[token * count + v];
                if (position < model.MaxLength && evaluation.PositionInit[position * count + v] >= 0) index = evaluation.PositionInit[position * count + v];
                values[v] = Value(v, index);
            }
        }

        public void Step(Span<double> values)
        {
            var before = values.ToArray();
            foreach (var rule in evaluation.Rules)
                if (rule.Atoms.All(a => a.Values.Contains(Index(a.Variable, before[a.Variable]))))
                    values[rule.Variable] = Value(rule.Variable, rule.Value);
        }

        private double Value(int v, int index) =>
            index < 0 ? double.NaN : variables[v].Kind == RunKind.Numerical ? variables[v].Centres[index] : index;

        private int Index(int v, double value) =>
            double.IsNaN(value) ? -1 : variables[v].Kind == RunKind.Numerical ? Buckets.Of(variables[v].Centres, value) : (int)value;
    }
}
