using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Evaluate.Mlp;
using Alta.Generators.Evaluate.Operations;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Evaluate;

/// <summary>
/// Runs a static method of the program class at build time (an initialiser, provider or predicate) once for
/// every combination of its arguments: each parameter is a decision-diagram variable over its possible values,
/// so one symbolic run answers every token, position or (query, key) pair.
/// </summary>
internal sealed class BuildTimeCall
{
    private readonly SymbolicExecutor _executor;
    private readonly int _result;

    private BuildTimeCall(SymbolicExecutor executor, int result)
    {
        _executor = executor;
        _result = result;
    }

    /// <param name="parameters">Per parameter: every value it takes (the i-th value is the diagram variable's value index i).</param>
    public static BuildTimeCall Run(Compilation compilation, INamedTypeSymbol type, IMethodSymbol method, IReadOnlyList<Value[]> parameters, CancellationToken cancellation)
    {
        var sizes = parameters.Select(p => Math.Max(1, p.Length)).ToArray();
        var diagram = new DecisionDiagram(sizes, Enumerable.Range(0, sizes.Length).ToArray(), MlpExploration.MaxNodes, cancellation);
        var executor = new SymbolicExecutor(diagram, compilation, type, null, cancellation);
        var arguments = new List<int>();
        for (int i = 0; i < parameters.Count; i++)
        {
            var values = parameters[i];
            arguments.Add(diagram.Variable(i, k => k < values.Length ? values[k] : Value.Null));
        }
        int result;
        try
        {
            result = executor.Run(method, arguments);
        }
        catch (ExplorationCapException e)
        {
            throw new RejectedException([new UnsupportedException(EvaluationDiagnostics.BuildTimeFailure, LocationOf(method), method.Name, "its arguments", e.Message)]);
        }
        if (executor.Rejected.Count > 0) throw new RejectedException(executor.Rejected);
        return new BuildTimeCall(executor, result);
    }

    /// <summary>The method's value for these argument indices, or the failure that ended that call.</summary>
    public Value ValueAt(params int[] arguments)
    {
        var d = _executor.D;
        var fault = d.Evaluate(_executor.Fault, arguments);
        return fault.IsError ? fault : _executor.Materialize(d.Evaluate(_result, arguments), arguments);
    }

    /// <summary>Finds a static method of the class by name (the parser checked its signature).</summary>
    public static IMethodSymbol? Find(INamedTypeSymbol type, string? name)
    {
        if (name is null) return null;
        var (owner, simple) = Parse.MethodChecks.Owner(type, name);
        return owner?.GetMembers(simple).OfType<IMethodSymbol>().FirstOrDefault(m => m.IsStatic);
    }

    public static Location? LocationOf(ISymbol? symbol) => symbol is { Locations.Length: > 0 } ? symbol.Locations[0] : null;

    public static Location? FieldLocation(INamedTypeSymbol type, string name) =>
        LocationOf(type.GetMembers(name).OfType<IFieldSymbol>().FirstOrDefault());

    /// <summary>An unsupported construct as the evaluator's error.</summary>
    public static DiagnosticInfo ToDiagnostic(UnsupportedException e) => DiagnosticInfo.Create(e.Descriptor, e.Location, e.Arguments);

    /// <summary>Reports every rejected construct of a build-time method.</summary>
    public static void Report(RejectedException e, List<DiagnosticInfo> diagnostics) => diagnostics.AddRange(e.All.Select(ToDiagnostic));
}
