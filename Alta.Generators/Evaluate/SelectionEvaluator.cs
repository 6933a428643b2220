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

/// <summary>
/// Each selector's query-key relation: equality for a categorical query, membership for a set query, or the
/// <c>Where</c> predicate run once symbolically over every (query value, key value) pair.
/// </summary>
internal static class SelectionEvaluator
{
    public static Selection[]? Evaluate(ProgramSpec model, Domain[] domains, INamedTypeSymbol type, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellation)
    {
        var selections = new Selection[model.Selectors.Count];
        for (int s = 0; s < selections.Length; s++)
        {
            var selector = model.Selectors[s];
            if (selector.Query < 0)
            {
                selections[s] = new Selection(0, 0, EquatableArray<bool>.Empty);
                continue;
            }
            var query = model.Variables[selector.Query];
            var key = model.Variables[selector.Key];
            Domain qd = domains[selector.Query], kd = domains[selector.Key];
            var matrix = new bool[qd.Size * kd.Size];
            if (selector.Where is { } where)
            {
                var method = BuildTimeCall.Find(type, where);
                if (method is null) return null;
                try
                {
                    var queries = Enumerable.Range(0, qd.Size).Select(q => VariableValues.Decode(query, qd, q)).ToArray();
                    var keys = Enumerable.Range(0, kd.Size).Select(k => VariableValues.Decode(key, kd, k)).ToArray();
                    var call = BuildTimeCall.Run(compilation, type, method, [queries, keys], cancellation);
                    for (int q = 0; q < qd.Size; q++)
                        for (int k = 0; k < kd.Size; k++)
                        {
                            if (k == 0) cancellation.ThrowIfCancellationRequested();
                            var value = call.ValueAt(q, k);
                            if (value.IsError)
                            {
                                diagnostics.Add(DiagnosticInfo.Create(EvaluationDiagnostics.BuildTimeFailure, value.Failure!.Location ?? BuildTimeCall.LocationOf(method), where,
                                    $"query {VariableValues.Display(query, qd, q)} and key {VariableValues.Display(key, kd, k)}", value.Failure.Text));
                                return null;
                            }
                            matrix[q * kd.Size + k] = value.AsBool;
                        }
                }
                catch (RejectedException e)
                {
                    BuildTimeCall.Report(e, diagnostics);
                    return null;
                }
            }
            else
            {
                for (int q = 0; q < qd.Size; q++)
                {
                    var members = query.Kind == VariableKind.Set ? VariableValues.Bits(qd.Sets[q]) : default;
                    for (int k = 0; k < kd.Size; k++)
                        matrix[q * kd.Size + k] = SelectorRelation.Selects(query.Kind, q, members, k);
                }
            }
            selections[s] = new Selection(qd.Size, kd.Size, matrix.ToEquatableArray());
        }
        return selections;
    }
}
