using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Evaluate.Operations;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Evaluate.Mlp;

/// <summary>
/// Explores the <c>[Mlp]</c> method into rules. The size of a decision diagram depends on the variable order,
/// so it explores under two orders (declaration, and first-read with written variables last; plain first-read,
/// heads-first and reversed orders were tried: on the samples they saved 14 of SUBLEQ's 874 rules for double the
/// build time) and keeps,
/// for each written variable, the order that gives it the fewest rules. Findings (with counterexamples) come
/// from the first exploration.
/// </summary>
internal static class MlpEvaluator
{
    private const int SmallEnough = 64;

    /// <summary>More rules than this make a network nobody wants, and take long to list.</summary>
    public const int MaxRules = 250_000;


    public static (List<Rule> Rules, int Nodes, List<Rule> Guards, List<GuardProblem> Problems)? Evaluate(ProgramSpec model, Domain[] domains, INamedTypeSymbol type, Compilation compilation,
        List<DiagnosticInfo> diagnostics, CancellationToken cancellation)
    {
        var mlp = type.GetMembers(model.MlpMethod).OfType<IMethodSymbol>().FirstOrDefault(m => !m.IsStatic && m.Parameters.Length == 0);
        if (mlp is null) return (new List<Rule>(), 0, new List<Rule>(), new List<GuardProblem>());
        var layout = new DiagramLayout(model, domains);
        var declaration = Enumerable.Range(0, model.Variables.Count).ToList();
        MlpExploration first;
        try
        {
            first = MlpExploration.Run(layout, layout.Order(declaration), mlp, type, compilation, cancellation);
        }
        catch (RejectedException e)
        {
            BuildTimeCall.Report(e, diagnostics);
            return null;
        }
        catch (ExplorationCapException e)
        {
            diagnostics.Add(DiagnosticInfo.Create(EvaluationDiagnostics.ExplorationCap, BuildTimeCall.LocationOf(mlp), model.ClassName, e.Message));
            return null;
        }
        Report(first, mlp, diagnostics);

        var written = Enumerable.Range(0, model.Variables.Count).Where(v => first.Targets[v] is not null).ToArray();
        var best = written.ToDictionary(v => v, v => (Exploration: first, Count: RuleExtractor.Count(first, v)));
        // Small rule sets are not worth another exploration.
        var orders = best.Values.Sum(b => b.Count) <= SmallEnough ? [] : CandidateOrders(model, first.Fields.ReadOrder, written);
        foreach (var order in orders)
        {
            MlpExploration exploration;
            try
            {
                exploration = MlpExploration.Run(layout, layout.Order(order), mlp, type, compilation, cancellation, 2 * first.D.NodeCount + 5000);
            }
            catch (ExplorationCapException)
            {
                continue; // a worse order; the first exploration already succeeded
            }
                foreach (var v in written)
            {
                long count = RuleExtractor.Count(exploration, v);
                if (count < best[v].Count) best[v] = (exploration, count);
            }
        }
        long total = best.Values.Sum(b => b.Count);
        if (total > MaxRules)
        {
            diagnostics.Add(DiagnosticInfo.Create(EvaluationDiagnostics.ExplorationCap, BuildTimeCall.LocationOf(mlp), model.ClassName,
                $"it needs {total} rules (at most {MaxRules}); {Blame(model, best)}"));
            return null;
        }
        var rules = new List<Rule>();
        foreach (var v in written) rules.AddRange(RuleExtractor.Extract(best[v].Exploration, v));
        var (guards, problems) = GuardExtractor.Extract(first);
        return (rules, first.D.NodeCount, guards, problems);
    }

    /// <summary>
    /// The variable with the most rules and the conditions that split it most: the tested variables with the most
    /// branches in its decision diagram (each branch multiplies the paths below it, and a rule is a path).
    /// </summary>
    private static string Blame(ProgramSpec model, Dictionary<int, (MlpExploration Exploration, long Count)> best)
    {
        var worst = best.OrderByDescending(b => b.Value.Count).ThenBy(b => b.Key).First();
        int variable = worst.Key;
        var (exploration, count) = worst.Value;
        var d = exploration.D;
        var branches = new Dictionary<int, long>();
        var seen = new HashSet<int>();
        var stack = new Stack<int>();
        stack.Push(exploration.Targets[variable]!.Value);
        while (stack.Count > 0)
        {
            int node = stack.Pop();
            if (!seen.Add(node) || d.IsLeaf(node)) continue;
            var children = d.ChildrenOf(node);
            int tested = d.VariableOf(node);
            branches[tested] = (branches.TryGetValue(tested, out var b) ? b : 0) + children.Distinct().Count() - 1;
            foreach (var child in children) stack.Push(child);
        }
        var conditions = branches.Where(b => b.Value > 0 && b.Key < model.Variables.Count)
            .OrderByDescending(b => b.Value).ThenBy(b => b.Key).Take(2)
            .Select(b => $"'{model.Variables[b.Key].Name}' ({b.Value} branches)").ToList();
        string split = conditions.Count == 0 ? "" : $", split most by the tests of {string.Join(" and ", conditions)}";
        return $"'{model.Variables[variable].Name}' needs {count} of them{split}; compute it from fewer or smaller variables, or over several layers with a phase variable";
    }

    private static IEnumerable<List<int>> CandidateOrders(ProgramSpec model, List<int> readOrder, int[] written)
    {
        var all = Enumerable.Range(0, model.Variables.Count).ToList();
        var reads = readOrder.Concat(all.Where(v => !readOrder.Contains(v))).ToList();
        // A written variable low in the order keeps "unchanged" (its own identity) at the bottom of the diagram.
        var readOnlyFirst = reads.Where(v => !written.Contains(v)).Concat(reads.Where(v => written.Contains(v))).ToList();
        if (!readOnlyFirst.SequenceEqual(all)) yield return readOnlyFirst;
    }

    /// <summary>Warnings with counterexamples: failures on some paths, and values a variable cannot hold.</summary>
    private static void Report(MlpExploration exploration, IMethodSymbol mlp, List<DiagnosticInfo> diagnostics)
    {
        var d = exploration.D;
        var layout = exploration.Layout;
        foreach (var leaf in d.Leaves(exploration.Executor.Fault))
        {
            var failure = d.ValueOf(leaf).Failure;
            if (failure?.Id is null) continue;
            var path = Counterexample.Find(d, d.Test(exploration.Executor.Fault, v => v.Equals(d.ValueOf(leaf))));
            if (path is null) continue;
            // A path that tests nothing is the whole state space: the MLP can never finish, which is an error.
            diagnostics.Add(path.Count == 0
                ? DiagnosticInfo.Create(EvaluationDiagnostics.FailsEverywhere, failure.Location, failure.Id!, failure.Text)
                : DiagnosticInfo.Create(failure.Descriptor!, failure.Location, failure.Message, Counterexample.Describe(layout, path)));
        }
        var alive = d.Not(exploration.Executor.Faulted);
        for (int v = 0; v < layout.VariableCount; v++)
        {
            if (exploration.Encoded[v] is not { } encoded) continue;
            var bad = d.And(alive, d.Test(encoded, static x => x.IsError));
            var path = Counterexample.Find(d, bad);
            if (path is null) continue;
            var assignment = new int[layout.Sizes.Length];
            foreach (var (variable, value) in path) assignment[variable] = value;
            var shown = d.Evaluate(encoded, assignment).Failure!.Message;
            var variableModel = layout.Model.Variables[v];
            var when = Counterexample.Describe(layout, path);
            var location = exploration.Fields.WriteSites[v] ?? BuildTimeCall.LocationOf(mlp);
            var range = VariableValues.RangeText(variableModel, layout.Domains[v]);
            if (path.Count == 0)
            {
                var name = variableModel.Name;
                diagnostics.Add(variableModel.Kind switch
                {
                    VariableKind.Numerical => DiagnosticInfo.Create(EvaluationDiagnostics.FailsEverywhere, location, EvaluationDiagnostics.NotFinite.Id, $"'{name}' is assigned {shown}"),
                    VariableKind.Set => DiagnosticInfo.Create(EvaluationDiagnostics.FailsEverywhere, location, EvaluationDiagnostics.UnknownSet.Id, $"'{name}' is assigned {shown}, which is not among its {range},"),
                    VariableKind.Categorical => DiagnosticInfo.Create(EvaluationDiagnostics.FailsEverywhere, location, EvaluationDiagnostics.OutOfRangeWrite.Id, $"'{name}' is assigned {shown} (range {range})"),
                });
                continue;
            }
            diagnostics.Add(variableModel.Kind switch
            {
                VariableKind.Numerical => DiagnosticInfo.Create(EvaluationDiagnostics.NotFinite, location, variableModel.Name, shown, when),
                VariableKind.Set => DiagnosticInfo.Create(EvaluationDiagnostics.UnknownSet, location, variableModel.Name, shown, range, when),
                VariableKind.Categorical => DiagnosticInfo.Create(EvaluationDiagnostics.OutOfRangeWrite, location, variableModel.Name, shown, range, when),
            });
        }
    }
}
