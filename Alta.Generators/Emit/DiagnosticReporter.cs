using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Alta.Generators.Compile;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Emit;

/// <summary>
/// Reports every program's diagnostics through their own output (as System.Text.Json's generator does): those of
/// the analysis, and a compile failure placed at the head or class it is about. Moving a class re-runs only this,
/// not the compile step. Each diagnostic is placed back in its syntax tree, found by path in the current
/// compilation, so that <c>#pragma warning disable ALTA048</c> and <c>[SuppressMessage]</c> apply to it (Roslyn
/// checks suppressions only for locations in a tree, not for a path and span).
/// </summary>
internal static class DiagnosticReporter
{
    public static void Report(SourceProductionContext context, (ImmutableArray<AnalyzedProgram> Analyses, ImmutableArray<CompiledProgram> Compiled) programs, Compilation compilation)
    {
        Dictionary<string, SyntaxTree>? trees = null;
        SyntaxTree? TreeOf(string path)
        {
            trees ??= compilation.SyntaxTrees.GroupBy(t => t.FilePath).ToDictionary(g => g.Key, g => g.First());
            return trees.TryGetValue(path, out var tree) ? tree : null;
        }
        foreach (var analysis in programs.Analyses)
        {
            foreach (var diagnostic in analysis.Diagnostics) context.ReportDiagnostic(diagnostic.ToDiagnostic(TreeOf));
            var failure = programs.Compiled.FirstOrDefault(c => c.Identity == analysis.Identity)?.Failure;
            if (failure is not null) context.ReportDiagnostic(failure.ToDiagnostic(analysis.Locations).ToDiagnostic(TreeOf));
        }
    }
}
