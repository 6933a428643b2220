using System;
using Alta.Generators.Model;

namespace Alta.Generators.Compile;

/// <summary>A program that parsed and evaluated but has no compiled form; carries the diagnostic to report.</summary>
internal sealed class ModelCompilationException(DiagnosticInfo diagnostic) : Exception(diagnostic.Id)
{
    public DiagnosticInfo Diagnostic { get; } = diagnostic;

    public static ModelCompilationException Create(string id, SourceLocation? location, params string[] arguments) =>
        new(DiagnosticInfo.Create(id, location, arguments));
}
