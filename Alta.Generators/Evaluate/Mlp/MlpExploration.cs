using System.Collections.Generic;
using System.Threading;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Evaluate.Operations;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Evaluate.Mlp;

/// <summary>
/// One symbolic run of the <c>[Mlp]</c> method under one variable order. Afterwards every written variable has a
/// <b>target</b> diagram whose leaves are the value index it ends with, or null ("unchanged") where the path
/// failed or the value cannot be stored (those paths are reported as warnings).
/// </summary>
internal sealed class MlpExploration
{
    public const int MaxNodes = 1_500_000;

    private MlpExploration(DiagramLayout layout, DecisionDiagram diagram, SymbolicExecutor executor, ProgramFields fields)
    {
        Layout = layout;
        D = diagram;
        Executor = executor;
        Fields = fields;
        Targets = new int?[layout.VariableCount];
        Encoded = new int?[layout.VariableCount];
        for (int v = 0; v < layout.VariableCount; v++)
        {
            if (fields.WriteSites[v] is null || fields.Current[v] is not { } final) continue;
            var variable = layout.Model.Variables[v];
            var domain = layout.Domains[v];
            var encoded = D.Apply(final, value =>
            {
                if (value.IsError) return value;
                int index = VariableValues.Encode(variable, domain, value);
                return index == VariableValues.Invalid ? Value.Error(new Failure(null, VariableValues.Display(value), null)) : Value.Int(index);
            });
            Encoded[v] = encoded;
            // A path that throws is impossible (docs/language.md, "What the MLP may contain"): its value does not matter, which lets
            // neighbouring paths merge. Every other failure leaves the variable unchanged (null).
            var target = D.Apply(executor.Faulted, executor.Fault, encoded, static (faulted, fault, e) =>
                faulted.AsBool ? (fault.Failure?.Id is null ? DontCare : Value.Null) : e.IsError ? Value.Null : e);
            Targets[v] = target == D.Constant(DontCare) ? D.Constant(Value.Null) : Restrict(target, new Dictionary<int, int>());
        }
    }

    /// <summary>The value of a variable on an impossible path: anything.</summary>
    private static readonly Value DontCare = Value.Error(new Failure(null, "impossible", null));

    public DiagramLayout Layout { get; }
    public DecisionDiagram D { get; }
    public SymbolicExecutor Executor { get; }
    public ProgramFields Fields { get; }

    /// <summary>Per written variable: value index leaves, null = unchanged.</summary>
    public int?[] Targets { get; }

    /// <summary>Per written variable: value index leaves, or an error leaf naming a value that cannot be stored.</summary>
    public int?[] Encoded { get; }

    /// <summary>
    /// Where a node's possible children all agree, the node becomes that child (its impossible paths take the
    /// same value); elsewhere impossible paths leave the variable unchanged. Values on possible paths never change.
    /// </summary>
    private int Restrict(int node, Dictionary<int, int> memo)
    {
        if (D.IsLeaf(node)) return node;
        if (memo.TryGetValue(node, out var done)) return done;
        var dontCare = D.Constant(DontCare);
        var children = (int[])D.ChildrenOf(node).Clone();
        int agreed = -1;
        bool differ = false;
        for (int k = 0; k < children.Length; k++)
        {
            children[k] = Restrict(children[k], memo);
            if (children[k] == dontCare) continue;
            if (agreed < 0) agreed = children[k];
            else differ |= agreed != children[k];
        }
        int result;
        if (agreed < 0) result = dontCare;
        else if (!differ) result = agreed;
        else
        {
            for (int k = 0; k < children.Length; k++)
                if (children[k] == dontCare) children[k] = D.Constant(Value.Null);
            result = D.Node(D.VariableOf(node), children);
        }
        memo[node] = result;
        return result;
    }

    public static MlpExploration Run(DiagramLayout layout, int[] order, IMethodSymbol mlp, INamedTypeSymbol type, Compilation compilation, CancellationToken cancellation, int maxNodes = MaxNodes)
    {
        var diagram = new DecisionDiagram(layout.Sizes, order, maxNodes, cancellation);
        var fields = new ProgramFields(layout, diagram);
        var executor = new SymbolicExecutor(diagram, compilation, type, fields, cancellation);
        executor.Run(mlp, []);
        if (executor.Rejected.Count > 0) throw new RejectedException(executor.Rejected);
        return new MlpExploration(layout, diagram, executor, fields);
    }
}
