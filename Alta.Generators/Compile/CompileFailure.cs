using System.Linq;
using Alta.Generators.Spec;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Compile;

/// <summary>
/// Why a valid program has no compiled form, without a source position: the diagnostic, the head it is about
/// (-1 for the whole program) and the message's arguments. <see cref="ToDiagnostic"/> places it once the
/// program's <see cref="ProgramLocations"/> are at hand.
/// </summary>
internal sealed record CompileFailure(DiagnosticDescriptor Descriptor, int Head, EquatableArray<string> Arguments)
{
    public DiagnosticInfo ToDiagnostic(ProgramLocations? locations) =>
        DiagnosticInfo.Create(Descriptor, locations?.Of(Head), Arguments.ToArray());
}
