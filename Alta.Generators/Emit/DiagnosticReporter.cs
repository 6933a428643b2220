using System.Collections.Immutable;
using System.Linq;
using Alta.Generators.Compile;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Emit;

/// <summary>
/// Reports every program's diagnostics through their own output (as System.Text.Json's generator does): those of
/// the analysis, and a compile failure placed at the head or class it is about. Moving a class re-runs only this,
/// not the compile step.
/// </summary>
internal static class DiagnosticReporter
{
    public static void Report(SourceProductionContext context, (ImmutableArray<AnalyzedProgram> Analyses, ImmutableArray<CompiledProgram> Compiled) programs)
    {
        foreach (var analysis in programs.Analyses)
        {
            foreach (var diagnostic in analysis.Diagnostics) context.ReportDiagnostic(diagnostic.ToDiagnostic());
            var failure = programs.Compiled.FirstOrDefault(c => c.Identity == analysis.Identity)?.Failure;
            if (failure is not null) context.ReportDiagnostic(failure.ToDiagnostic(analysis.Locations).ToDiagnostic());
        }
    }
}
