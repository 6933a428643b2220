using System.Collections.Generic;
using System.Threading;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Evaluate.Operations;
using Alta.Generators.Model;
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
            Targets[v] = D.Apply(executor.Faulted, encoded, static (faulted, e) => faulted.AsBool || e.IsError ? Value.Null : e);
        }
    }

    public DiagramLayout Layout { get; }
    public DecisionDiagram D { get; }
    public SymbolicExecutor Executor { get; }
    public ProgramFields Fields { get; }

    /// <summary>Per written variable: value index leaves, null = unchanged.</summary>
    public int?[] Targets { get; }

    /// <summary>Per written variable: value index leaves, or an error leaf naming a value that cannot be stored.</summary>
    public int?[] Encoded { get; }

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
