namespace Alta.Generators.Spec;

/// <summary>
/// What the build-time evaluator learns about a program: every variable's domain, the initial value
/// tables, what each selector selects, and the MLP as rules. All values are <b>value indices</b>
/// (see <see cref="Variable"/>); -1 is null.
/// </summary>
/// <param name="Domains">Per variable (same order as <see cref="ProgramSpec.Variables"/>): its resolved domain.</param>
/// <param name="TokenInit">[token * Variables.Count + variable]: the initial value index of each variable for each token id
/// (token-initialised variables, constants and defaults; -1 where the variable is position-initialised or a head).</param>
/// <param name="PositionInit">[position * Variables.Count + variable]: the initial value index of position-initialised
/// variables (-1 elsewhere), for positions 0 .. MaxLength-1.</param>
/// <param name="Selections">Per selector (same order as <see cref="ProgramSpec.Selectors"/>): which (query value, key value) pairs select.</param>
/// <param name="Rules">The MLP as rules; the rules of one variable are mutually exclusive.</param>
/// <param name="Paths">How many paths (or decision-diagram nodes) the exploration visited, for statistics.</param>
/// <param name="Guards">States in which the MLP fails: rules of variable -1 whose value indexes <paramref name="GuardProblems"/>.</param>
/// <param name="GuardProblems">What each guard reports at run time.</param>
/// <param name="Votes">Per <c>[Votes]</c> method (same order as <see cref="ProgramSpec.Votes"/>): its vote for every (value index, label).</param>
internal sealed record Evaluation(
    EquatableArray<Domain> Domains,
    EquatableArray<int> TokenInit,
    EquatableArray<int> PositionInit,
    EquatableArray<Selection> Selections,
    EquatableArray<Rule> Rules,
    int Paths,
    EquatableArray<Rule> Guards = default,
    EquatableArray<GuardProblem> GuardProblems = default,
    EquatableArray<VoteTable> Votes = default);

/// <summary>A <c>[Votes]</c> method evaluated at build time: <c>Matrix[value * Labels + label]</c> is its vote.</summary>
internal sealed record VoteTable(int Values, int Labels, EquatableArray<int> Matrix);

/// <summary>A failure the MLP reaches at run time: the message (without position and layer) and the variable concerned ("" for none).</summary>
internal sealed record GuardProblem(string Problem, string Variable);

/// <summary>
/// A variable's values. Categorical: <see cref="Size"/> values 0..Size-1. Numerical: one bucket per centre.
/// Set: one entry per possible set, each the sorted list of its elements.
/// </summary>
internal sealed record Domain(int Size, EquatableArray<double> Centres, EquatableArray<SetValue> Sets);

/// <summary>One possible value of a set variable: its elements, ascending.</summary>
internal sealed record SetValue(EquatableArray<int> Elements);

/// <summary>
/// The query-key relation of a selector: <c>Matrix[q * KeySize + k]</c> is true when a query of value index
/// <c>q</c> selects a key of value index <c>k</c>. Offset-only selectors have QuerySize = KeySize = 0 and an empty matrix.
/// </summary>
internal sealed record Selection(int QuerySize, int KeySize, EquatableArray<bool> Matrix);

/// <summary>
/// "If every atom holds, variable <see cref="Variable"/> becomes value index <see cref="Value"/>."
/// A rule may or may not test the variable's own old value; one that does not is a plain assignment.
/// </summary>
internal sealed record Rule(int Variable, EquatableArray<Atom> Atoms, int Value);

/// <summary>"Variable holds one of these value indices" (-1 = null). Indices are ascending.</summary>
internal sealed record Atom(int Variable, EquatableArray<int> Values);
