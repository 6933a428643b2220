using System;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Compile;

/// <summary>A program that parsed and evaluated but has no compiled form; carries the failure to report.</summary>
internal sealed class ModelCompilationException(CompileFailure failure) : Exception(failure.Descriptor.Id)
{
    public CompileFailure Failure { get; } = failure;

    /// <param name="descriptor">The diagnostic.</param>
    /// <param name="head">The head it is about, or -1 for the whole program.</param>
    /// <param name="arguments">The message's arguments.</param>
    public static ModelCompilationException Create(DiagnosticDescriptor descriptor, int head, params string[] arguments) =>
        new(new CompileFailure(descriptor, head, Spec.EquatableArray.Create(arguments)));
}
