using System;
using System.Collections.Generic;
using System.Threading;
using Alta.Generators.Diagnostics;
using Alta.Generators.Evaluate;
using Alta.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Parse;

/// <summary>
/// The analyze step: parse the class into a <see cref="ProgramModel"/>, then (when it has no structural
/// errors) run the build-time evaluator. Any exception becomes ALTA999, never a generator crash.
/// </summary>
internal static class ProgramAnalysis
{
    /// <summary>Tests set this to make the analysis of a class with a given name throw, to check ALTA999.</summary>
    internal static System.Func<string, bool>? TestFault;

    public static AnalyzedProgram Analyze(GeneratorAttributeSyntaxContext context, CancellationToken cancellationToken)
    {
        var type = (INamedTypeSymbol)context.TargetSymbol;
        var identity = ProgramIdentityReader.Read(type);
        var diagnostics = new List<DiagnosticInfo>();
        try
        {
            if (TestFault?.Invoke(type.Name) == true) throw new System.InvalidOperationException("fault injected by a test");
            var model = ProgramParser.Parse(type, context.SemanticModel.Compilation, diagnostics, cancellationToken);
            Evaluation? evaluation = null;
            if (model is not null && !diagnostics.Exists(d => AltaDiagnostics.IsError(d.Id)))
                evaluation = ProgramEvaluator.Evaluate(model, type, context.SemanticModel.Compilation, diagnostics, cancellationToken);
            return new AnalyzedProgram(identity, model, evaluation, diagnostics.ToEquatableArray());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            diagnostics.Add(DiagnosticInfo.Create("ALTA999", type.Locations.Length > 0 ? type.Locations[0] : null,
                type.Name, e.GetType().Name + ": " + e.Message));
            return new AnalyzedProgram(identity, null, null, diagnostics.ToEquatableArray());
        }
    }
}
