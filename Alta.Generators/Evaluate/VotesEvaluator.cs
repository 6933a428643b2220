using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Alta.Generators.Diagnostics;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Evaluate.Operations;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Evaluate;

/// <summary>
/// Each <c>[Votes]</c> method run once symbolically over every (value, label), like a <c>Where</c> predicate, into
/// the table the read-out matrix is built from; and the check that no total of votes can pass 2^24 in magnitude,
/// where the compiled read-out's float32 sums would stop being exact.
/// </summary>
internal static class VotesEvaluator
{
    /// <summary>Largest magnitude whose every integer, and so every partial sum of integer votes, float32 holds exactly.</summary>
    public const long ExactLimit = 1L << 24;

    public static VoteTable[]? Evaluate(ProgramSpec model, Domain[] domains, INamedTypeSymbol type, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellation)
    {
        if (!model.HasReadout) return [];
        var output = model.Variables[model.Output];
        var labelDomain = domains[model.Output];
        var labels = Enumerable.Range(0, labelDomain.Size).Select(l => VariableValues.Decode(output, labelDomain, l)).ToArray();
        var tables = new VoteTable[model.Votes.Count];
        for (int m = 0; m < tables.Length; m++)
        {
            var votes = model.Votes[m];
            var variable = model.Variables[votes.Variable];
            var domain = domains[votes.Variable];
            var method = BuildTimeCall.Find(type, votes.Method);
            if (method is null) return null;
            var matrix = new int[domain.Size * labels.Length];
            try
            {
                var values = Enumerable.Range(0, domain.Size).Select(v => VariableValues.Decode(variable, domain, v)).ToArray();
                var call = BuildTimeCall.Run(compilation, type, method, [values, labels], cancellation);
                for (int v = 0; v < domain.Size; v++)
                {
                    cancellation.ThrowIfCancellationRequested();
                    for (int l = 0; l < labels.Length; l++)
                    {
                        var vote = call.ValueAt(v, l);
                        if (vote.IsError)
                        {
                            diagnostics.Add(DiagnosticInfo.Create(EvaluationDiagnostics.BuildTimeFailure, vote.Failure!.Location ?? BuildTimeCall.LocationOf(method), votes.Method,
                                $"value {VariableValues.Display(variable, domain, v)} and label {VariableValues.Display(output, labelDomain, l)}", vote.Failure.Text));
                            return null;
                        }
                        matrix[v * labels.Length + l] = (int)vote.Integer;
                    }
                }
            }
            catch (RejectedException e)
            {
                BuildTimeCall.Report(e, diagnostics);
                return null;
            }
            tables[m] = new VoteTable(domain.Size, labels.Length, matrix.ToEquatableArray());
        }
        return CheckBound(model, tables, type, diagnostics) ? tables : null;
    }

    /// <summary>
    /// A position's total for a label adds one vote per method; the largest magnitude any partial sum can reach is the
    /// sum over methods of each method's largest vote magnitude. Within 2^24 every partial sum is an exact float32.
    /// </summary>
    private static bool CheckBound(ProgramSpec model, VoteTable[] tables, INamedTypeSymbol type, List<DiagnosticInfo> diagnostics)
    {
        var largest = tables.Select(t => t.Matrix.Select(v => System.Math.Abs((long)v)).DefaultIfEmpty(0).Max()).ToArray();
        long bound = largest.Sum();
        if (bound <= ExactLimit) return true;
        int worst = System.Array.IndexOf(largest, largest.Max());
        var method = BuildTimeCall.Find(type, model.Votes[worst].Method);
        diagnostics.Add(DiagnosticInfo.Create(CompilationDiagnostics.VotesTooLarge, BuildTimeCall.LocationOf(method), model.Votes[worst].Method,
            bound.ToString(CultureInfo.InvariantCulture),
            $"its own votes reach {largest[worst].ToString(CultureInfo.InvariantCulture)}; scale the votes of every [Votes] method down so that the sum of their largest magnitudes is at most 16777216"));
        return false;
    }
}
