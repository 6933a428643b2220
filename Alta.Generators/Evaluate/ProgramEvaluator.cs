using System.Collections.Generic;
using System.Threading;
using Alta.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Evaluate;

/// <summary>
/// The build-time evaluator (language.md section 5): runs initialisers, providers and predicates, and
/// explores the <c>[Mlp]</c> method into rules. Called from the analyze step once the class parsed without errors.
/// </summary>
internal static class ProgramEvaluator
{
    /// <summary>Evaluates <paramref name="model"/>; adds findings to <paramref name="diagnostics"/>; null when it cannot.</summary>
    public static Evaluation? Evaluate(ProgramModel model, INamedTypeSymbol type, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        // Not built yet (issue 3).
        return null;
    }
}
