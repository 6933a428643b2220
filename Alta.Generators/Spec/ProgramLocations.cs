using System.Linq;
using Microsoft.CodeAnalysis;

namespace Alta.Generators.Spec;

/// <summary>
/// Where a program's parts are declared, kept apart from <see cref="ProgramSpec"/> so the compile step never sees a
/// source position: the class (for diagnostics about the whole program) and each head's field (same order as
/// <see cref="ProgramSpec.Heads"/>), which the compile step's failures point at.
/// </summary>
internal sealed record ProgramLocations(SourceLocation Class, EquatableArray<SourceLocation> Heads)
{
    public static ProgramLocations Read(INamedTypeSymbol type, ProgramSpec? model) => new(
        SourceLocation.Of(type) ?? SourceLocation.None,
        (model?.Heads ?? EquatableArray<Head>.Empty)
            .Select(h => type.GetMembers(h.Name).OfType<IFieldSymbol>().Select(SourceLocation.Of).FirstOrDefault() ?? SourceLocation.None)
            .ToEquatableArray());

    /// <summary>The head's field, or the class for <paramref name="head"/> = -1.</summary>
    public SourceLocation Of(int head) => head >= 0 && head < Heads.Count ? Heads[head] : Class;
}
