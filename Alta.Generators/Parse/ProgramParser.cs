using System.Collections.Generic;
using System.Threading;
using Alta.Generators.Model;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Parse;

/// <summary>Reads an <c>[AltaProgram]</c> class into a <see cref="ProgramModel"/>, reporting structural errors.</summary>
internal static class ProgramParser
{
    public static ProgramModel? Parse(INamedTypeSymbol type, Compilation compilation, List<DiagnosticInfo> diagnostics, CancellationToken cancellationToken)
    {
        return null;
    }
}
