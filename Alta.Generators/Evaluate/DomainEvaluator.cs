using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Evaluate.Operations;
using Alta.Generators.Spec;
using Alta.Generators.Shared;
using Microsoft.CodeAnalysis;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Evaluate;

/// <summary>Resolves every variable's <see cref="Domain"/>: ranges, bucket centres (literal or from a provider)
/// and possible sets (from a provider). Head outputs take their value variable's domain unless they declare buckets.</summary>
internal static class DomainEvaluator
{
    public static Domain[]? Resolve(ProgramSpec model, INamedTypeSymbol type, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellation)
    {
        var domains = new Domain[model.Variables.Count];
        bool ok = true;
        for (int v = 0; v < domains.Length; v++)
        {
            var variable = model.Variables[v];
            if (variable.IsHead && !HasOwnCentres(variable)) continue;
            var domain = variable.Kind switch
            {
                VariableKind.Categorical => new Domain(variable.Range, EquatableArray<double>.Empty, EquatableArray<SetValue>.Empty),
                VariableKind.Numerical => Centres(variable, type, compilation, diagnostics, cancellation),
                VariableKind.Set => Sets(variable, type, compilation, diagnostics, cancellation),
            };
            ok &= domain is not null;
            domains[v] = domain!;
        }
        foreach (var head in model.Heads)
            if (head.Kind != HeadKind.Count) domains[head.Output] ??= domains[head.Value];
        for (int v = 0; v < domains.Length; v++)
            domains[v] ??= new Domain(model.Variables[v].Range, EquatableArray<double>.Empty, EquatableArray<SetValue>.Empty);
        return ok ? domains : null;
    }

    private static bool HasOwnCentres(Variable variable) =>
        variable.Kind == VariableKind.Numerical && (variable.Centres.Count > 0 || variable.CentresFrom is not null);

    private static Domain? Centres(Variable variable, INamedTypeSymbol type, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellation)
    {
        double[] centres;
        var location = BuildTimeCall.FieldLocation(type, variable.Name);
        if (variable.CentresFrom is { } provider)
        {
            var values = Provide(provider, type, compilation, diagnostics, cancellation);
            if (values is null) return null;
            centres = values.Select(x => x.Number).ToArray();
            location = BuildTimeCall.LocationOf(BuildTimeCall.Find(type, provider)) ?? location;
        }
        else centres = variable.Centres.ToArray();

        string? problem = null;
        if (centres.Length == 0) problem = "are empty; give at least one centre";
        for (int i = 0; i < centres.Length && problem is null; i++)
        {
            if (double.IsNaN(centres[i]) || double.IsInfinity(centres[i])) problem = $"must be finite, but centre {i} is {VariableValues.Display(Value.Double(centres[i]))}";
            else if (i > 0 && centres[i] <= centres[i - 1])
                problem = $"must be strictly ascending, but centre {i} ({VariableValues.Display(Value.Double(centres[i]))}) follows {VariableValues.Display(Value.Double(centres[i - 1]))}";
        }
        if (problem is not null)
        {
            diagnostics.Add(DiagnosticInfo.Create(EvaluationDiagnostics.BadCentres, location, variable.Name, problem));
            return null;
        }
        return new Domain(centres.Length, centres.ToEquatableArray(), EquatableArray<SetValue>.Empty);
    }

    private static Domain? Sets(Variable variable, INamedTypeSymbol type, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellation)
    {
        if (variable.ValuesFrom is not { } provider)
            return new Domain(1, EquatableArray<double>.Empty, EquatableArray.Create(new SetValue(EquatableArray<int>.Empty)));
        var values = Provide(provider, type, compilation, diagnostics, cancellation);
        if (values is null) return null;
        var location = BuildTimeCall.LocationOf(BuildTimeCall.Find(type, provider));
        var sets = new List<SetValue>();
        var seen = new HashSet<IndexSet>();
        foreach (var value in values)
        {
            string? problem = null;
            if (value.Kind != ValueKind.Set) problem = "must be IndexSet values";
            else if (Largest(value.Set) >= variable.Range)
                problem = $"must hold elements 0..{variable.Range - 1}, but {value.Set} holds {Largest(value.Set)}";
            else if (!seen.Add(value.Set)) problem = $"must be distinct, but {value.Set} is listed twice";
            if (problem is not null)
            {
                diagnostics.Add(DiagnosticInfo.Create(EvaluationDiagnostics.BadSets, location, variable.Name, problem));
                return null;
            }
            sets.Add(new SetValue(value.Set.Elements().ToEquatableArray()));
        }
        if (sets.Count == 0)
        {
            diagnostics.Add(DiagnosticInfo.Create(EvaluationDiagnostics.BadSets, location, variable.Name, "are empty; list at least one set"));
            return null;
        }
        return new Domain(sets.Count, EquatableArray<double>.Empty, sets.ToEquatableArray());
    }

    private static int Largest(IndexSet set) => set.Elements().DefaultIfEmpty(-1).Max();

    /// <summary>Runs a provider (<c>static T[] M()</c>) and returns its elements.</summary>
    internal static Value[]? Provide(string name, INamedTypeSymbol type, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellation)
    {
        var method = BuildTimeCall.Find(type, name);
        if (method is null) return null; // the parser reported it
        try
        {
            var call = BuildTimeCall.Run(compilation, type, method, [], cancellation);
            var result = call.ValueAt();
            if (result.IsError)
            {
                diagnostics.Add(DiagnosticInfo.Create(EvaluationDiagnostics.BuildTimeFailure, result.Failure!.Location ?? BuildTimeCall.LocationOf(method), name, "the provider call", result.Failure.Text));
                return null;
            }
            if (result.Kind != ValueKind.Array)
            {
                diagnostics.Add(DiagnosticInfo.Create(EvaluationDiagnostics.BuildTimeFailure, BuildTimeCall.LocationOf(method), name, "the provider call", "it returned null"));
                return null;
            }
            return result.Elements;
        }
        catch (RejectedException e)
        {
            BuildTimeCall.Report(e, diagnostics);
            return null;
        }
    }
}
