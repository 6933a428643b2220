using System;
using System.Collections.Generic;
using System.Threading;
using Alta.Generators.Diagnostics;
using Alta.Generators.Evaluate;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Parse;

/// <summary>
/// The analyze step: parse the class into a <see cref="ProgramSpec"/>, then (when it has no structural
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
        using var budget = GeneratorBudget.Start(type.Name, GeneratorBudget.Stage.Analysis, cancellationToken);
        ProgramSpec? model = null;
        try
        {
            if (TestFault?.Invoke(type.Name) == true) throw new System.InvalidOperationException("fault injected by a test");
            model = ProgramParser.Parse(type, context.SemanticModel.Compilation, diagnostics, budget.Token);
            Evaluation? evaluation = null;
            if (model is not null && !diagnostics.Exists(d => d.IsError))
                evaluation = ProgramEvaluator.Evaluate(model, type, context.SemanticModel.Compilation, diagnostics, budget.Token);
            return new AnalyzedProgram(identity, model, evaluation, diagnostics.ToEquatableArray(), ProgramLocations.Read(type, model));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The budget ran out (the host did not cancel): an error that says what to make smaller.
            diagnostics.Add(GeneratorBudget.Exceeded(SourceLocation.Of(type), type.Name,
                model is null ? "reading the class" : "evaluating its methods at build time",
                model is null ? "its declarations" : GeneratorBudget.Size(model)));
            return new AnalyzedProgram(identity, null, null, diagnostics.ToEquatableArray(), ProgramLocations.Read(type, null));
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Code that does not compile gives the evaluator operations with no meaning (a bool subtracted, a
            // missing constant); Roslyn already reports the real error at its line, so the generator stays quiet
            // and the class gets members that throw. Only a failure on valid C# is the generator's own bug.
            if (!HasCompileErrors(type, context.SemanticModel.Compilation, cancellationToken))
                diagnostics.Add(DiagnosticInfo.Create(AltaDiagnostics.InternalError, type.Locations.Length > 0 ? type.Locations[0] : null,
                    type.Name, e.GetType().Name + ": " + e.Message));
            return new AnalyzedProgram(identity, null, null, diagnostics.ToEquatableArray(), ProgramLocations.Read(type, null));
        }
    }

    /// <summary>Whether C# reports an error inside the class's declarations (only asked after a failure: it binds every body).</summary>
    private static bool HasCompileErrors(INamedTypeSymbol type, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            var semantic = compilation.GetSemanticModel(reference.SyntaxTree);
            foreach (var diagnostic in semantic.GetDiagnostics(reference.Span, cancellationToken))
                if (diagnostic.Severity == DiagnosticSeverity.Error) return true;
        }
        return false;
    }
}
