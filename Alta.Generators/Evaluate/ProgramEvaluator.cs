using System.Collections.Generic;
using System.Threading;
using Alta.Generators.Evaluate.Mlp;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Evaluate;

/// <summary>
/// The build-time evaluator (docs/language.md, "What the MLP may contain"): runs initialisers, providers and predicates, and
/// explores the <c>[Mlp]</c> method into rules. Called from the analyze step once the class parsed without errors.
/// </summary>
internal static class ProgramEvaluator
{
    /// <summary>Evaluates <paramref name="model"/>; adds findings to <paramref name="diagnostics"/>; null when it cannot.</summary>
    public static Evaluation? Evaluate(ProgramSpec model, INamedTypeSymbol type, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        var domains = DomainEvaluator.Resolve(model, type, compilation, diagnostics, cancellationToken);
        if (domains is null) return null;
        CentreCheck.Report(model, domains, type, compilation, diagnostics, cancellationToken);
        var initial = InitialValues.Evaluate(model, domains, type, compilation, diagnostics, cancellationToken);
        var selections = SelectionEvaluator.Evaluate(model, domains, type, compilation, diagnostics, cancellationToken);
        var mlp = MlpEvaluator.Evaluate(model, domains, type, compilation, diagnostics, cancellationToken);
        var votes = VotesEvaluator.Evaluate(model, domains, type, compilation, diagnostics, cancellationToken);
        if (initial is null || selections is null || mlp is null || votes is null) return null;
        return new Evaluation(
            domains.ToEquatableArray(),
            initial.Value.Token.ToEquatableArray(),
            initial.Value.Position.ToEquatableArray(),
            selections.ToEquatableArray(),
            mlp.Value.Rules.ToEquatableArray(),
            mlp.Value.Nodes,
            mlp.Value.Guards.ToEquatableArray(),
            mlp.Value.Problems.ToEquatableArray(),
            votes.ToEquatableArray());
    }
}
