using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Alta.Generators.Evaluate.Diagrams;
using Alta.Generators.Evaluate.Operations;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;
using Alta.Generators.Diagnostics;

namespace Alta.Generators.Evaluate;

/// <summary>
/// The embedding tables: every variable's initial value index per token id (token initialisers, constants and
/// defaults) and per position (position initialisers). Each initialiser method runs once, symbolically, over all ids.
/// </summary>
internal static class InitialValues
{
    public static (int[] Token, int[] Position)? Evaluate(ProgramSpec model, Domain[] domains, INamedTypeSymbol type, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellation)
    {
        int width = model.Variables.Count;
        var token = Enumerable.Repeat(-1, model.Vocabulary * width).ToArray();
        var position = Enumerable.Repeat(-1, model.MaxLength * width).ToArray();
        bool ok = true;
        for (int v = 0; v < width; v++)
        {
            cancellation.ThrowIfCancellationRequested();
            var variable = model.Variables[v];
            if (variable.IsHead) continue;
            var init = variable.Init;
            switch (init.Kind)
            {
                case InitKind.Token:
                    ok &= Fill(model, domains, type, compilation, diagnostics, cancellation, v, token, model.Vocabulary, "token");
                    break;
                case InitKind.Position:
                    ok &= Fill(model, domains, type, compilation, diagnostics, cancellation, v, position, model.MaxLength, "position");
                    break;
                default:
                    var value = Constant(variable, init);
                    int index = VariableValues.Encode(variable, domains[v], value);
                    if (index == VariableValues.Invalid)
                    {
                        diagnostics.Add(DiagnosticInfo.Create(EvaluationDiagnostics.InitialOutOfRange, BuildTimeCall.FieldLocation(type, variable.Name),
                            variable.Name, VariableValues.Display(value), "every token", VariableValues.RangeText(variable, domains[v])));
                        ok = false;
                        break;
                    }
                    for (int t = 0; t < model.Vocabulary; t++) token[t * width + v] = index;
                    break;
            }
        }
        return ok ? (token, position) : null;
    }

    private static Value Constant(Variable variable, Initialiser init)
    {
        double constant = init.Kind == InitKind.Constant ? init.Constant : 0;
        return variable.Kind switch
        {
            VariableKind.Numerical => Value.Double(constant),
            VariableKind.Set => Value.OfSet(default),
            VariableKind.Categorical => Value.Int((long)constant),
        };
    }

    /// <summary>Runs the initialiser (or the identity) for ids 0..count-1 and stores each value index.</summary>
    private static bool Fill(ProgramSpec model, Domain[] domains, INamedTypeSymbol type, Compilation compilation, List<DiagnosticInfo> diagnostics,
        CancellationToken cancellation, int v, int[] table, int count, string what)
    {
        var variable = model.Variables[v];
        int width = model.Variables.Count;
        var ids = Enumerable.Range(0, count).Select(i => Value.Int(i)).ToArray();
        BuildTimeCall? call = null;
        IMethodSymbol? method = null;
        if (variable.Init.Method is { } name)
        {
            method = BuildTimeCall.Find(type, name);
            if (method is null) return false;
            try
            {
                call = BuildTimeCall.Run(compilation, type, method, [ids], cancellation);
            }
            catch (RejectedException e)
            {
                BuildTimeCall.Report(e, diagnostics);
                return false;
            }
        }
        for (int i = 0; i < count; i++)
        {
            var value = call is null ? ids[i] : call.ValueAt(i);
            string which = what + " " + i.ToString(CultureInfo.InvariantCulture);
            if (value.IsError)
            {
                diagnostics.Add(DiagnosticInfo.Create(EvaluationDiagnostics.BuildTimeFailure, value.Failure!.Location ?? BuildTimeCall.LocationOf(method), method!.Name, which,
                    value.Failure.Text));
                return false;
            }
            int index = VariableValues.Encode(variable, domains[v], value);
            if (index == VariableValues.Invalid)
            {
                diagnostics.Add(DiagnosticInfo.Create(EvaluationDiagnostics.InitialOutOfRange, BuildTimeCall.LocationOf(method) ?? BuildTimeCall.FieldLocation(type, variable.Name),
                    variable.Name, VariableValues.Display(value), which, VariableValues.RangeText(variable, domains[v])));
                return false;
            }
            table[i * width + v] = index;
        }
        return true;
    }
}
