using System.Linq;

namespace Alta.Generators.Spec;

/// <summary>
/// An <c>[AltaProgram]</c> class as the parse stage reads it: syntax-free, symbol-free and equatable.
/// Variable indices (in <see cref="Variables"/>) are used everywhere else to refer to variables.
/// It holds no source positions (those are in <see cref="ProgramLocations"/>), so the weights compiled from it
/// depend on the program alone: an edit that only moves the class leaves the compile step cached.
/// <see cref="Votes"/> lists the <c>[Votes]</c> methods of a program whose output is a linear read-out (empty otherwise).
/// </summary>
internal sealed record ProgramSpec(
    string? Namespace,
    EquatableArray<string> ContainingTypes,
    string ClassName,
    string Accessibility,
    int Vocabulary,
    int MaxLength,
    int MaxLayers,
    int Output,
    int HaltWhen,
    int HaltValue,
    EquatableArray<Variable> Variables,
    EquatableArray<Head> Heads,
    EquatableArray<Selector> Selectors,
    string MlpMethod,
    EquatableArray<VotesMethod> Votes = default)
{
    /// <summary>Whether the output is computed by a linear read-out (<c>[Readout]</c>): then <see cref="Votes"/> is not empty.</summary>
    public bool HasReadout => Votes.Count > 0;

    /// <summary>Fully qualified name of the program class, for generated code.</summary>
    public string FullName => (Namespace is null ? "global::" : "global::" + Namespace + ".")
        + string.Join(".", ContainingTypes.Select(t => t.Substring(t.LastIndexOf(' ') + 1)).Append(ClassName));
}
